import { Form, Input } from 'antd';
import { confirmRules, passwordRules } from '../../lib/password-rules';

/**
 * The password an administrator sets for someone else (a new account, a reset): `password` and its
 * repetition `confirm`, under the account password policy.
 */
export function InitialPasswordFields({ label, confirmLabel }: { label: string; confirmLabel: string }) {
  return (
    <>
      <Form.Item name="password" label={label} rules={passwordRules} extra="至少 8 位，须包含字母和数字">
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={confirmLabel}
        dependencies={['password']}
        rules={confirmRules('password')}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
