import { Alert, Button, Card, Descriptions, Flex, Popconfirm, Skeleton } from 'antd';
import { useState } from 'react';
import { fetchMyEmployment, type MyEmployment, withdrawBinding } from '../../api/employment';
import { BindingStatusTag } from '../../components/binding-status-tag';
import { LoadErrorAlert } from '../../components/load-error-alert';
import { PageHeader } from '../../components/page-header';
import { relationNames } from '../../lib/employment-labels';
import { nameOf } from '../../lib/labels';
import { formatDateTime } from '../../lib/time';
import { useAction } from '../../lib/use-action';
import { useRequest } from '../../lib/use-request';
import { BindingHistoryTable } from './binding-history-table';
import { BindingRequestForm } from './binding-request-form';

function CurrentUnit({ current }: { current: MyEmployment['current'] }) {
  if (!current)
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="no-employer"
        title="您尚未绑定人事（劳动）关系所在单位"
        description="职称申报须通过人事（劳动）关系所在单位进行。请在下方搜索并选择您的单位提交绑定申请，经单位确认后即可申报。"
      />
    );
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 2 }}
      data-testid="current-employer"
      items={[
        { key: 'name', label: '单位名称', children: current.organisation.name },
        { key: 'code', label: '统一社会信用代码', children: current.organisation.creditCode },
        { key: 'region', label: '所在地区', children: current.organisation.regionName },
        { key: 'relation', label: '用工形式', children: nameOf(relationNames, current.relation) },
        ...(current.dispatchAgency
          ? [{ key: 'agency', label: '劳务派遣单位', children: current.dispatchAgency.name }]
          : []),
        { key: 'since', label: '起始日期', children: current.since ?? '—' },
      ]}
    />
  );
}

/**
 * 我的单位: the unit holding the person's personnel (labour) relationship — the one applications go
 * through — the request waiting for a unit's confirmation, and every earlier binding with the
 * reasons given.
 */
export function MyEmploymentPage() {
  const employment = useRequest((signal) => fetchMyEmployment(signal), []);
  const { busy: withdrawing, run, message } = useAction();
  // A person bound to a unit rarely changes it: the form opens on request.
  const [changing, setChanging] = useState(false);
  const data = employment.data;

  const withdraw = (id: string) =>
    run(async () => {
      await withdrawBinding(id);
      message.success('已撤回绑定申请');
      employment.reload();
    });

  return (
    <>
      <PageHeader
        title="我的单位"
        description="人事（劳动）关系所在单位由单位确认后生效；职称申报经该单位审核、推荐。"
      />
      <LoadErrorAlert
        error={employment.error}
        title="加载失败"
        onRetry={employment.reload}
        style={{ marginBottom: 16 }}
      />
      {!data ? (
        employment.error ? null : (
          <Skeleton active />
        )
      ) : (
        <Flex vertical gap={16}>
          <Card title="当前单位" size="small">
            <CurrentUnit current={data.current} />
          </Card>
          {data.pending ? (
            <Card title="待单位确认的申请" size="small" data-testid="pending-binding">
              <Descriptions
                size="small"
                column={{ xs: 1, md: 2 }}
                items={[
                  { key: 'name', label: '申请绑定单位', children: data.pending.organisation.name },
                  {
                    key: 'status',
                    label: '状态',
                    children: <BindingStatusTag status={data.pending.status} />,
                  },
                  {
                    key: 'relation',
                    label: '用工形式',
                    children: nameOf(relationNames, data.pending.relation),
                  },
                  { key: 'since', label: '入职日期', children: data.pending.startedOn },
                  ...(data.pending.dispatchAgency
                    ? [{ key: 'agency', label: '劳务派遣单位', children: data.pending.dispatchAgency.name }]
                    : []),
                  { key: 'at', label: '申请时间', children: formatDateTime(data.pending.requestedAt) },
                ]}
              />
              {data.pending.actions.includes('withdraw') ? (
                <Popconfirm
                  title="撤回该绑定申请？"
                  description="撤回后可重新选择单位提交申请。"
                  okText="撤回"
                  onConfirm={() => withdraw(data.pending!.id)}
                >
                  <Button danger loading={withdrawing} style={{ marginTop: 12 }}>
                    撤回申请
                  </Button>
                </Popconfirm>
              ) : null}
            </Card>
          ) : data.current && !changing ? (
            <Button onClick={() => setChanging(true)} style={{ alignSelf: 'flex-start' }}>
              申请更换单位
            </Button>
          ) : (
            <Card title={data.current ? '更换单位' : '申请绑定单位'} size="small">
              <BindingRequestForm
                changing={data.current !== null}
                onSent={() => {
                  setChanging(false);
                  employment.reload();
                }}
              />
            </Card>
          )}
          <Card title="绑定记录" size="small">
            <BindingHistoryTable history={data.history} />
          </Card>
        </Flex>
      )}
    </>
  );
}
