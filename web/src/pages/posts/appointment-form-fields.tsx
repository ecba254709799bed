import { Card, Checkbox, DatePicker, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Level } from '../../../../src/domain/catalogue/levels';
import type { AppointmentKind } from '../../../../src/domain/posts/appointment';
import type { Appointment, AppointmentDraft } from '../../api/posts';
import { FieldRow, RowField } from '../../components/field-row';
import { seriesOptions } from '../self-check/self-check-values';
import { appointmentKindOptions, gradeOptionsFor, levelOptions } from './appointment-labels';
import { AppointmentPersonSelect } from './appointment-person-select';

/**
 * The form's values: the request as the API takes it, with its dates as pickers hold them and what
 * every check needs (person, grade, start) possibly still empty.
 */
export type AppointmentValues = Omit<
  AppointmentDraft,
  'personId' | 'grade' | 'startDate' | 'endDate' | 'titleDueDate'
> & {
  personId: string | null;
  grade?: number;
  startDate?: Dayjs;
  endDate?: Dayjs;
  titleDueDate?: Dayjs;
};

const text = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
const day = (value: Dayjs | undefined) => value?.format('YYYY-MM-DD');

/**
 * The request the API takes, or `null` while what every check needs (person, kind, grade, start
 * date) is missing; optional fields left empty are left out, so the server judges what was typed.
 */
export function draftOf(values: Partial<AppointmentValues>): AppointmentDraft | null {
  if (!values.personId || !values.kind || !values.grade || !values.startDate) return null;
  const optional = {
    level: values.level,
    series: values.series,
    endDate: values.kind === 'ending' ? undefined : day(values.endDate),
    reason: text(values.reason),
    approvalDocument: values.kind === 'special' ? text(values.approvalDocument) : undefined,
    titleDueDate: values.person?.introducedTalent ? day(values.titleDueDate) : undefined,
    borrowFromGrade: values.kind === 'borrowed' ? values.borrowFromGrade : undefined,
    borrowFromSeries: values.kind === 'borrowed' ? values.borrowFromSeries : undefined,
    institutionalReform: values.person?.newStaff ? values.institutionalReform : undefined,
    intervalShortenedMonths: values.kind === 'within-level' ? values.intervalShortenedMonths : undefined,
    priorContractServiceMonths:
      values.kind === 'within-level' ? values.priorContractServiceMonths : undefined,
    conversionSchemeApproved: values.kind === 'conversion' ? values.conversionSchemeApproved : undefined,
  };
  const person = values.person ?? {
    newStaff: false,
    exchangeEntrant: false,
    dualRole: false,
    introducedTalent: false,
  };
  return {
    personId: values.personId,
    kind: values.kind,
    grade: values.grade,
    startDate: values.startDate.format('YYYY-MM-DD'),
    person: {
      newStaff: Boolean(person.newStaff),
      exchangeEntrant: Boolean(person.exchangeEntrant),
      dualRole: Boolean(person.dualRole),
      introducedTalent: Boolean(person.introducedTalent),
      ...(values.kind === 'conversion' && person.fromCategory ? { fromCategory: person.fromCategory } : {}),
    },
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined && v !== null)),
  } as AppointmentDraft;
}

const required = (what: string) => [{ required: true, message: `请选择${what}` }];

/** What the unit fills: who, which post and when, then the facts no record holds about the person. */
export function AppointmentFormFields({
  kind,
  level,
  introducedTalent,
  newStaff,
  editing,
}: {
  kind: AppointmentKind | undefined;
  level: Level | undefined;
  introducedTalent: boolean | undefined;
  newStaff: boolean | undefined;
  editing: Appointment | null;
}) {
  const grades = gradeOptionsFor(kind, level);
  return (
    <>
      <Card size="small" title="拟聘人员与岗位" style={{ marginBottom: 16 }}>
        <FieldRow>
          <RowField width={260} name="personId" label="拟聘人员" rules={required('拟聘人员')}>
            <AppointmentPersonSelect initial={editing?.person ?? null} />
          </RowField>
          <RowField width={220} name="kind" label="聘用类型" rules={required('聘用类型')}>
            <Select options={appointmentKindOptions} />
          </RowField>
          <RowField width={140} name="level" label="岗位层级">
            <Select allowClear options={levelOptions} placeholder="不限" />
          </RowField>
          <RowField width={160} name="grade" label="岗位等级" rules={required('岗位等级')}>
            <Select options={grades} placeholder="选择等级" />
          </RowField>
          <RowField width={180} name="startDate" label="聘用起始日期" rules={required('聘用起始日期')}>
            <DatePicker style={{ width: '100%' }} />
          </RowField>
          {kind !== 'ending' ? (
            <RowField width={180} name="endDate" label="聘期终止日期" extra="固定聘期的，自该日起不再聘用">
              <DatePicker style={{ width: '100%' }} />
            </RowField>
          ) : null}
          <RowField width={180} name="series" label="岗位所属系列">
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={seriesOptions} />
          </RowField>
          <RowField
            width={320}
            name="reason"
            label="事由"
            rules={[{ min: 2, max: 200, message: '事由为2至200个字' }]}
            extra="特设岗位、降低等级、解除聘用须写明事由"
          >
            <Input maxLength={200} />
          </RowField>
          {kind === 'special' ? (
            <RowField width={300} name="approvalDocument" label="特设岗位核准文号">
              <Input maxLength={100} placeholder="如：鞍人社核〔2026〕5号" />
            </RowField>
          ) : null}
          {kind === 'borrowed' ? (
            <>
              <RowField width={200} name="borrowFromGrade" label="借用的高级别岗位">
                <Select allowClear options={gradeOptionsFor(undefined, undefined)} />
              </RowField>
              <RowField width={200} name="borrowFromSeries" label="借用岗位的系列">
                <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={seriesOptions} />
              </RowField>
            </>
          ) : null}
          {kind === 'within-level' ? (
            <RowField width={200} name="intervalShortenedMonths" label="经批准缩短的间隔（月）">
              <InputNumber min={0} max={120} precision={0} style={{ width: '100%' }} />
            </RowField>
          ) : null}
          {kind === 'within-level' ? (
            <RowField width={240} name="priorContractServiceMonths" label="转为在编前原聘用资历（月）">
              <InputNumber min={0} max={600} precision={0} style={{ width: '100%' }} />
            </RowField>
          ) : null}
        </FieldRow>
      </Card>
      <Card size="small" title="本单位说明的情况（无档案记录，由单位如实填写）">
        <FieldRow>
          <RowField width={120} name={['person', 'newStaff']} valuePropName="checked">
            <Checkbox>新增人员</Checkbox>
          </RowField>
          <RowField width={120} name={['person', 'exchangeEntrant']} valuePropName="checked">
            <Checkbox>交流进入</Checkbox>
          </RowField>
          <RowField width={120} name={['person', 'dualRole']} valuePropName="checked">
            <Checkbox>双肩挑</Checkbox>
          </RowField>
          <RowField width={120} name={['person', 'introducedTalent']} valuePropName="checked">
            <Checkbox>引进人才</Checkbox>
          </RowField>
          {newStaff ? (
            <RowField width={300} name="institutionalReform" valuePropName="checked">
              <Checkbox>因机构改革等特殊需要安置</Checkbox>
            </RowField>
          ) : null}
          {introducedTalent ? (
            <RowField width={300} name="titleDueDate" label="先聘后评：取得职称的期限">
              <DatePicker style={{ width: '100%' }} />
            </RowField>
          ) : null}
          {kind === 'conversion' ? (
            <>
              <RowField width={300} name={['person', 'fromCategory']} label="转聘前岗位类别">
                <Select
                  allowClear
                  options={[
                    { value: 'management', label: '管理岗位' },
                    { value: 'support', label: '工勤技能岗位' },
                  ]}
                />
              </RowField>
              <RowField width={300} name="conversionSchemeApproved" valuePropName="checked" label=" ">
                <Checkbox>转聘工作方案已经主管部门批准</Checkbox>
              </RowField>
            </>
          ) : null}
        </FieldRow>
      </Card>
    </>
  );
}
