import { UserOutlined } from '@ant-design/icons';
import { Form, Input } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  label: string;
  extra?: ReactNode;
  /** Whether the name must be chosen; 专业技术人员注册 may leave it out and sign in by phone. */
  required: boolean;
}

/** The form of a self-chosen login name, as the server's registration accepts it. */
const usernamePattern = {
  pattern: /^[A-Za-z][A-Za-z0-9_]{3,31}$/,
  message: '以字母开头，4–32位字母、数字或下划线',
};

/** The login name a person or unit chooses when registering (field `username`). */
export function UsernameField({ label, extra, required }: Props) {
  return (
    <Form.Item
      name="username"
      label={label}
      extra={extra}
      rules={
        required ? [{ required: true, message: '请填写登录用户名' }, usernamePattern] : [usernamePattern]
      }
    >
      <Input id="username" prefix={<UserOutlined />} autoComplete="username" />
    </Form.Item>
  );
}
