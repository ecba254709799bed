import { Form, Input } from 'antd';
import { resetPassword, type UserRow } from '../../api/users';
import { FormModal } from '../../components/form-modal';
import { confirmRules, passwordRules } from '../../lib/password-rules';
import { useModalForm } from '../../lib/use-modal-form';

interface Values {
  password: string;
  confirm: string;
}

const fields = ['password'] as const;

interface Props {
  user: UserRow | null;
  onClose: () => void;
}

/** 重置密码: an administrator sets a new password for a user who has forgotten theirs. */
export function ResetPasswordModal({ user, onClose }: Props) {
  const { form, message, frame, submit } = useModalForm<Values>(user, fields);

  const save = () => {
    if (!user) return;
    return submit(async (values) => {
      await resetPassword(user.id, values.password);
      message.success(`已重置 ${user.displayName} 的密码`);
      onClose();
    });
  };

  return (
    <FormModal
      {...frame}
      title={user ? `重置密码：${user.displayName}（${user.username}）` : '重置密码'}
      okText="重置"
      onOk={save}
      onCancel={onClose}
    >
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
    </FormModal>
  );
}
