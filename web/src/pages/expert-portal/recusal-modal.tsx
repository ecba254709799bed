import { App, Form, Input, Typography } from 'antd';
import { useEffect } from 'react';
import { declareConflict } from '../../api/expert-portal';
import { FormModal } from '../../components/form-modal';
import { useFormSubmit } from '../../lib/use-form-submit';

interface Values {
  detail: string;
}

const fields = ['detail'] as const;

interface Props {
  sessionId: string;
  /** The item to recuse from; `null` keeps the modal closed. */
  code: string | null;
  onClose: (changed: boolean) => void;
}

/** 申请回避: the expert declares a conflict with an item; it leaves their list and the office sees why. */
export function RecusalModal({ sessionId, code, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { saving, problem, reset, submit } = useFormSubmit(form, fields);

  useEffect(() => {
    if (!code) return;
    reset();
    form.resetFields();
  }, [code, form, reset]);

  const save = () =>
    submit(async (values) => {
      if (!code) return;
      await declareConflict(sessionId, code, values.detail.trim());
      message.success(`已申请回避 ${code}，该事项不再由您评审和表决`);
      onClose(true);
    });

  return (
    <FormModal
      open={code !== null}
      title={`申请回避 ${code ?? ''}`}
      okText="申请回避"
      saving={saving}
      problem={problem}
      onOk={save}
      onCancel={() => onClose(false)}
    >
      <Typography.Paragraph type="secondary">
        与申报人有亲属、师生、合作等利害关系，或其他可能影响公正评审的情形，应当申请回避。回避后您不再评审、也不参加该事项的表决。
      </Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" name="recusal">
        <Form.Item
          name="detail"
          label="回避理由"
          rules={[{ required: true, whitespace: true, min: 2, message: '请说明回避理由' }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
