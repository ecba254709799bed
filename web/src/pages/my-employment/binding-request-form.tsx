import { Alert, App, Button, DatePicker, Form, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { fetchDispatchAgencies } from '../../api/applications';
import type { EmploymentRelation } from '../../api/employment';
import { requestBinding } from '../../api/employment';
import { quietLoading } from '../../components/quiet-loading';
import { relationOptions } from '../../lib/employment-labels';
import { applyFieldErrors } from '../../lib/form-errors';
import { requiredChoice } from '../../lib/form-rules';
import { useRequest } from '../../lib/use-request';
import { EmployerSearchSelect } from './employer-search-select';

interface Values {
  organisationId: string;
  relation: EmploymentRelation;
  dispatchAgencyId?: string;
  startedOn: Dayjs;
}

const fields = ['organisationId', 'relation', 'dispatchAgencyId', 'startedOn'] as const;

interface Props {
  /** Whether the person has a unit now: the form then asks to change it. */
  changing: boolean;
  onSent: () => void;
}

/**
 * 申请绑定: the unit holding the person's personnel (labour) relationship, how they are employed
 * there and since when. A dispatched person names the unit they work at and, separately, the agency.
 */
export function BindingRequestForm({ changing, onSent }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string>();
  const relation = Form.useWatch('relation', form);
  const agencies = useRequest(() => fetchDispatchAgencies(), []);

  const submit = async (values: Values) => {
    setSaving(true);
    setProblem(undefined);
    try {
      await requestBinding({
        organisationId: values.organisationId,
        relation: values.relation,
        dispatchAgencyId: values.relation === 'dispatch' ? values.dispatchAgencyId : undefined,
        startedOn: values.startedOn.format('YYYY-MM-DD'),
      });
      message.success('绑定申请已提交，请等待单位确认');
      form.resetFields();
      onSent();
    } catch (error) {
      // The server names a unit given by credit code `creditCode`; here it is always the chosen unit.
      const unmatched = applyFieldErrors(form, error, fields, { creditCode: 'organisationId' });
      if (unmatched.length > 0) setProblem(unmatched.join('；'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      name="binding-request"
      initialValues={{ relation: 'contract' }}
      onFinish={submit}
      style={{ maxWidth: 560 }}
    >
      {changing ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="更换单位"
          description="新单位确认后，与当前单位的绑定自动结束（结束日期为在新单位的入职日期）。"
        />
      ) : null}
      {problem ? <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} /> : null}
      <Form.Item
        name="organisationId"
        label="人事（劳动）关系所在单位"
        extra="须为已在本系统注册并通过审核的用人单位；找不到本单位时，请联系单位人事部门先行注册。"
        rules={[{ required: true, message: '请搜索并选择单位' }]}
      >
        <EmployerSearchSelect id="organisationId" />
      </Form.Item>
      <Form.Item name="relation" label="用工形式" rules={requiredChoice('用工形式')}>
        <Radio.Group options={relationOptions} optionType="button" buttonStyle="solid" />
      </Form.Item>
      {relation === 'dispatch' ? (
        <Form.Item
          name="dispatchAgencyId"
          label="劳务派遣单位"
          extra="上面请选择您实际工作的用工单位；与您签订劳动合同的劳务派遣单位在这里选择。"
          rules={[{ required: true, message: '劳务派遣人员须选择劳务派遣单位' }]}
        >
          <Select
            id="dispatchAgencyId"
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="选择劳务派遣单位"
            loading={agencies.loading}
            options={(agencies.data ?? []).map((agency) => ({ value: agency.id, label: agency.name }))}
          />
        </Form.Item>
      ) : null}
      <Form.Item
        name="startedOn"
        label="入职日期"
        extra="在该单位开始工作的日期（劳动合同或聘用合同起始日）。"
        rules={requiredChoice('入职日期')}
      >
        <DatePicker
          id="startedOn"
          style={{ width: '100%' }}
          disabledDate={(day) => day.isAfter(dayjs(), 'day')}
          placeholder="选择日期"
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={quietLoading(saving)}>
        提交绑定申请
      </Button>
    </Form>
  );
}
