import { Alert, App, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { resetPassword, type UserRow } from '../../api/users';
import { quietLoading } from '../../components/quiet-loading';
import { applyFieldErrors } from '../../lib/form-errors';
import { confirmRules, passwordRules } from '../../lib/password-rules';

interface Values {
  password: string;
  confirm: string;
}

interface Props {
  user: UserRow | null;
  onClose: () => void;
}

/** 重置密码: an administrator sets a new password for a user who has forgotten theirs. */
export function ResetPasswordModal({ user, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    if (user) {
      form.resetFields();
      setProblem(undefined);
    }
  }, [user, form]);

  const save = async () => {
    if (!user) return;
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      await resetPassword(user.id, values.password);
      message.success(`已重置 ${user.displayName} 的密码`);
      onClose();
    } catch (error) {
      const unmatched = applyFieldErrors(form, error, ['password']);
      if (unmatched.length > 0) setProblem(unmatched.join('；'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={user !== null}
      title={user ? `重置密码：${user.displayName}（${user.username}）` : '重置密码'}
      okText="重置"
      onOk={save}
      okButtonProps={{ loading: quietLoading(saving) }}
      onCancel={onClose}
      forceRender
    >
      {problem ? <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} /> : null}
      <Form<Values> form={form} layout="vertical" name="reset-password">
        <Form.Item name="password" label="新密码" rules={passwordRules} extra="至少 8 位，须包含字母和数字">
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="确认新密码"
          dependencies={['password']}
          rules={confirmRules('password')}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
