import { Alert, App, Form, Input } from 'antd';
import { useEffect } from 'react';
import { unlinkBinding } from '../../api/employment';
import type { UserRow } from '../../api/users';
import { FormModal } from '../../components/form-modal';
import { useFormSubmit } from '../../lib/use-form-submit';

interface Values {
  reason: string;
}

const fields = ['reason'] as const;

interface Props {
  /** The account whose person's current binding to undo; `null` keeps the modal closed. */
  user: UserRow | null;
  onClose: (changed: boolean) => void;
}

/**
 * 解除绑定: an administrator's correction of a binding the unit confirmed by mistake. It ends today,
 * the person has no unit until another confirms, and the reason is kept and shown to the person.
 */
export function UnlinkBindingModal({ user, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { saving, problem, reset, submit } = useFormSubmit(form, fields);
  const unit = user?.person?.currentUnit ?? null;

  useEffect(() => {
    if (!user) return;
    reset();
    form.resetFields();
  }, [user, form, reset]);

  const unlink = () =>
    submit(async (values) => {
      if (!unit || !user?.person) return;
      await unlinkBinding(unit.bindingId, values.reason.trim());
      message.success(`已解除 ${user.person.name} 与「${unit.name}」的绑定`);
      onClose(true);
    });

  return (
    <FormModal
      open={user !== null}
      title={`解除绑定：${user?.person?.name ?? ''}`}
      okText="解除绑定"
      danger
      saving={saving}
      problem={problem}
      onOk={unlink}
      onCancel={() => onClose(false)}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title={`解除与「${unit?.name ?? ''}」的绑定`}
        description="绑定今日结束，该人员在其他单位确认绑定前不能申报职称；原因记入审计日志，并通知本人。"
      />
      <Form<Values> form={form} layout="vertical" name="binding-unlink">
        <Form.Item
          name="reason"
          label="解除原因"
          rules={[
            { required: true, whitespace: true, message: '请填写解除原因' },
            { min: 2, max: 200, message: '原因为2至200个字' },
          ]}
        >
          <Input.TextArea
            rows={3}
            maxLength={200}
            showCount
            placeholder="如：单位误确认，该人员不在本单位工作"
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
