import { LockOutlined, MobileOutlined, SafetyOutlined } from '@ant-design/icons';
import { Button, Form, type FormInstance, Input, type InputProps, Space } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/client';
import type { CodeSent } from '../api/registration';
import { applyFieldErrors } from '../lib/form-errors';
import { confirmRules, passwordRules } from '../lib/password-rules';
import { useCountdown } from '../lib/use-countdown';
import type { FormNotice } from './notice-alert';
import { quietLoading } from './quiet-loading';

export type { FormNotice };

/** What the person is told once a code is on its way: where to, and for how long it holds. */
export function codeSentMessage(sent: CodeSent): string {
  return `验证码已发送至 ${sent.sentTo}，${Math.round(sent.expiresInSeconds / 60)}分钟内有效`;
}

/**
 * A mobile number with its 获取验证码 button (and the wait before the next), then the code: the
 * fields `phone` and `code` of the form, shared by registration and password recovery.
 */
export function PhoneCodeFields({
  form,
  label,
  send,
  sentMessage = codeSentMessage,
  onNotice,
}: {
  form: FormInstance;
  label: string;
  send: (phone: string) => Promise<CodeSent>;
  /** Defaults to {@link codeSentMessage}; recovery says less, so as not to tell who has an account. */
  sentMessage?: (sent: CodeSent) => string;
  onNotice: (notice: FormNotice | undefined) => void;
}) {
  const [wait, setWait] = useCountdown();
  const [sending, setSending] = useState(false);

  const askCode = async () => {
    try {
      await form.validateFields(['phone']);
    } catch {
      return;
    }
    setSending(true);
    onNotice(undefined);
    try {
      const sent = await send(form.getFieldValue('phone'));
      setWait(sent.resendAfterSeconds);
      onNotice({ type: 'success', message: sentMessage(sent) });
    } catch (error) {
      const unmatched = applyFieldErrors(form, error, ['phone']);
      // Too many codes is "wait", not "wrong".
      const waiting = error instanceof ApiError && error.status === 429;
      if (unmatched.length) onNotice({ type: waiting ? 'warning' : 'error', message: unmatched.join('；') });
    } finally {
      setSending(false);
    }
  };

  return (
    <>
      <Form.Item label={label} required>
        <Space.Compact style={{ width: '100%' }}>
          <Form.Item
            name="phone"
            noStyle
            rules={[
              { required: true, message: '请填写手机号码' },
              { pattern: /^1[3-9]\d{9}$/, message: '应为11位中国大陆手机号码' },
            ]}
          >
            <DigitsInput id="phone" prefix={<MobileOutlined />} maxLength={11} autoComplete="tel" />
          </Form.Item>
          <Button
            onClick={askCode}
            disabled={wait > 0}
            loading={quietLoading(sending)}
            data-testid="send-code"
          >
            {wait > 0 ? `${wait}秒后重发` : '获取验证码'}
          </Button>
        </Space.Compact>
      </Form.Item>
      <Form.Item
        name="code"
        label="短信验证码"
        rules={[
          { required: true, message: '请填写短信验证码' },
          { pattern: /^\d{6}$/, message: '验证码为6位数字' },
        ]}
      >
        <DigitsInput id="code" prefix={<SafetyOutlined />} maxLength={6} autoComplete="one-time-code" />
      </Form.Item>
    </>
  );
}

/** A new password and its repetition (field `confirm`), under the account password policy. */
export function NewPasswordFields({ name, label }: { name: string; label: string }) {
  return (
    <>
      <Form.Item name={name} label={label} extra="8–64位，须同时包含字母和数字" rules={passwordRules}>
        <Input.Password id={name} prefix={<LockOutlined />} autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="confirm" label={`确认${label}`} dependencies={[name]} rules={confirmRules(name)}>
        <Input.Password id="confirm" prefix={<LockOutlined />} autoComplete="new-password" />
      </Form.Item>
    </>
  );
}

/** A box for digits (a phone number, an SMS code): a phone shows its number pad for it. */
function DigitsInput(props: InputProps) {
  return <Input {...props} inputMode="numeric" />;
}
