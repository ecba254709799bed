import type { FormRule } from 'antd';

/** The account password policy, checked here for a quick answer; the server checks it again. */
export const passwordRules: FormRule[] = [
  { required: true, message: '请输入密码' },
  { min: 8, message: '密码至少 8 位' },
  {
    pattern: /^(?=.*[A-Za-z])(?=.*\d).+$/,
    message: '密码须同时包含字母和数字',
  },
];

/** "Repeat the password" must equal the field `passwordField`. */
export function confirmRules(passwordField: string): FormRule[] {
  return [
    { required: true, message: '请再次输入密码' },
    ({ getFieldValue }) => ({
      validator: (_rule, value) =>
        !value || value === getFieldValue(passwordField)
          ? Promise.resolve()
          : Promise.reject(new Error('两次输入的密码不一致')),
    }),
  ];
}
