import { Alert, Calendar, Card, Col, Row, Space, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { fetchCalendarYear, listCalendarYears } from '../../api/calendar';
import { ApiError, errorMessage } from '../../api/client';
import { PageHeader } from '../../components/page-header';
import { useModalTarget } from '../../lib/use-modal-target';
import { useRequest } from '../../lib/use-request';
import { hasPermission } from '../../session/access';
import { useMe } from '../../session/session-context';
import { CalendarHeader } from './calendar-header';
import { CalendarLegend } from './calendar-legend';
import { DayCell } from './day-cell';
import { DayEditModal } from './day-edit-modal';
import { type DayStatus, indexDays, statusOf } from './day-status';
import { DeclareYearButton } from './declare-year-button';
import { DraftYearNotice } from './draft-year-notice';
import { WorkdayCalculator } from './workday-calculator';
import { YearSummary } from './year-summary';

/** 工作日历: the official holiday schedule every "N 个工作日" deadline is counted on. */
export function CalendarPage() {
  const me = useMe();
  const canEdit = hasPermission(me, 'calendar.edit');
  const [shown, setShown] = useState<Dayjs>(() => dayjs());
  const year = shown.year();

  const years = useRequest((signal) => listCalendarYears(signal), []);
  const schedule = useRequest((signal) => fetchCalendarYear(year, signal), [year]);
  const exceptions = useMemo(
    () => indexDays(schedule.data?.year === year ? schedule.data.days : undefined),
    [schedule.data, year],
  );
  const yearNumbers = useMemo(() => (years.data ?? []).map((entry) => entry.year), [years.data]);
  const summary = years.data?.find((entry) => entry.year === year);
  const missing = schedule.error instanceof ApiError && schedule.error.status === 404;
  const today = dayjs();

  const reloadAll = () => {
    schedule.reload();
    years.reload();
  };
  const editing = useModalTarget<{ date: Dayjs; status: DayStatus }>(reloadAll);

  return (
    <>
      <PageHeader
        title="工作日历"
        description="按国务院办公厅节假日安排维护，公示期、补正期限等“N 个工作日”均按此日历计算。"
        extra={
          canEdit ? (
            <DeclareYearButton
              years={yearNumbers}
              onDeclared={(declared) => {
                years.reload();
                setShown(dayjs(`${declared}-01-01`));
              }}
            />
          ) : null
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={17}>
          <Card size="small">
            {missing ? (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 12 }}
                title={`${year} 年的节假日安排尚未录入`}
                description={
                  canEdit
                    ? '请点击右上角“新增年度”后逐日录入；未录入年度的日期无法计算工作日。'
                    : '请联系系统管理员录入；未录入年度的日期无法计算工作日。'
                }
              />
            ) : null}
            {schedule.data?.year === year && schedule.data.status === 'draft' ? (
              <DraftYearNotice year={year} canPublish={canEdit} onPublished={reloadAll} />
            ) : null}
            {schedule.error && !missing ? (
              <Alert
                type="error"
                showIcon
                style={{ marginBottom: 12 }}
                title={errorMessage(schedule.error)}
              />
            ) : null}
            {canEdit && !missing ? (
              <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
                点击日期可设置节假日、调休上班日或恢复默认。
              </Typography.Text>
            ) : null}
            <Spin spinning={schedule.loading}>
              <Calendar
                value={shown}
                mode="month"
                onPanelChange={(date) => setShown(date)}
                onSelect={(date, { source }) => {
                  setShown(date);
                  // Only a click on a date edits it; header changes also report a "select".
                  if (source === 'date' && canEdit && !missing && date.year() === year) {
                    editing.open({ date, status: statusOf(date, exceptions) });
                  }
                }}
                headerRender={({ value, onChange }) => (
                  <CalendarHeader value={value} onChange={onChange} years={yearNumbers} />
                )}
                fullCellRender={(date, info) =>
                  info.type === 'date' ? (
                    <DayCell
                      date={date}
                      status={statusOf(date, exceptions)}
                      today={date.isSame(today, 'day')}
                      selected={date.isSame(shown, 'day')}
                      inMonth={date.isSame(shown, 'month')}
                    />
                  ) : (
                    info.originNode
                  )
                }
              />
            </Spin>
          </Card>
        </Col>
        <Col xs={24} xl={7}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card title={`${year} 年度`} size="small">
              {summary ? (
                <YearSummary summary={summary} />
              ) : (
                <Typography.Text type="secondary">尚未录入</Typography.Text>
              )}
              <div style={{ marginTop: 12 }}>
                <CalendarLegend />
              </div>
            </Card>
            <WorkdayCalculator />
          </Space>
        </Col>
      </Row>
      <DayEditModal day={editing.target} onClose={editing.close} onSaved={editing.saved} />
    </>
  );
}
