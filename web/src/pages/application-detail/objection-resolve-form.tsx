import { Alert, App, Form, Radio } from 'antd';
import type { Objection } from '../../api/applications';
import { type ObjectionResolution, resolveObjection } from '../../api/publicity';
import { CountedTextArea } from '../../components/counted-text-area';
import { SaveButton } from '../../components/save-button';
import { useFormSubmit } from '../../lib/use-form-submit';

const fields = ['status', 'outcome'] as const;

/** 登记处理结果: the publishing unit records whether the objection held and what it found. */
export function ObjectionResolveForm({
  objection,
  onResolved,
}: {
  objection: Objection;
  onResolved: () => void;
}) {
  const [form] = Form.useForm<ObjectionResolution>();
  const { message } = App.useApp();
  const { saving, problem, submit } = useFormSubmit(form, fields);

  const save = () =>
    submit(async (values) => {
      await resolveObjection(objection.id, { status: values.status, outcome: values.outcome.trim() });
      message.success('异议处理结果已登记');
      onResolved();
    });

  return (
    <Form<ObjectionResolution>
      form={form}
      layout="vertical"
      initialValues={{ status: 'dismissed' }}
      style={{ marginTop: 8 }}
      data-testid="objection-resolve-form"
    >
      {problem ? <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} /> : null}
      <Form.Item name="status" label="核实结论" style={{ marginBottom: 8 }}>
        <Radio.Group
          options={[
            { value: 'dismissed', label: '异议不成立' },
            { value: 'upheld', label: '异议成立' },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="outcome"
        label="核实情况和处理结果"
        rules={[{ required: true, whitespace: true, message: '请写明核实情况和处理结果' }]}
        style={{ marginBottom: 8 }}
      >
        <CountedTextArea rows={3} maxLength={2000} placeholder="如：经核实，……，异议不成立。" />
      </Form.Item>
      <SaveButton saving={saving} onClick={save} label="登记处理结果" />
    </Form>
  );
}
