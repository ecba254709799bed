import { Form, Input, Typography } from 'antd';
import { type ExpertRow, openExpertAccount } from '../../api/experts';
import { FormModal } from '../../components/form-modal';
import { passwordRules } from '../../lib/password-rules';
import { useModalForm } from '../../lib/use-modal-form';

interface Values {
  username: string;
  password: string;
}

const fields = ['username', 'password'] as const;

interface Props {
  /** The expert without a login; `null` keeps the modal closed. */
  expert: ExpertRow | null;
  onClose: (changed: boolean) => void;
}

/** 开通专家端: a login with which the expert scores and votes (blind, by anonymous code) on a phone. */
export function AccountModal({ expert, onClose }: Props) {
  const { form, message, frame, submit } = useModalForm<Values>(expert, fields);

  const save = () =>
    submit(
      async (values) => {
        if (!expert) return;
        const opened = await openExpertAccount(expert.id, values);
        message.success(`已为 ${expert.name} 开通专家端账号 ${opened.username}`);
        onClose(true);
      },
      { conflictField: 'username' },
    );

  return (
    <FormModal
      {...frame}
      title={`开通专家端：${expert?.name ?? ''}`}
      okText="开通"
      onOk={save}
      onCancel={() => onClose(false)}
    >
      <Typography.Paragraph type="secondary">
        专家凭此账号在手机上查看匿名评审事项、评分和投票；请将初始密码当面告知专家。
      </Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" name="expert-account">
        <Form.Item name="username" label="用户名" rules={[{ required: true, message: '请填写用户名' }]}>
          <Input maxLength={32} autoComplete="off" />
        </Form.Item>
        <Form.Item name="password" label="初始密码" rules={passwordRules}>
          <Input.Password maxLength={64} autoComplete="new-password" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
