import { Form } from 'antd';
import { resetPassword, type UserRow } from '../../api/users';
import { FormModal } from '../../components/form-modal';
import { useModalForm } from '../../lib/use-modal-form';
import { InitialPasswordFields } from './initial-password-fields';

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
        <InitialPasswordFields label="新密码" confirmLabel="确认新密码" />
      </Form>
    </FormModal>
  );
}
