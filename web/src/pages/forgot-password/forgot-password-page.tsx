import { LockOutlined, MobileOutlined, SafetyOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, Result, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { recoverPassword, sendRecoveryCode } from '../../api/account';
import { ApiError } from '../../api/client';
import { quietLoading } from '../../components/quiet-loading';
import { AuthFrame } from '../../layout/auth-frame';
import { systemName } from '../../layout/brand';
import { applyFieldErrors } from '../../lib/form-errors';
import { confirmRules, passwordRules } from '../../lib/password-rules';
import { useCountdown } from '../../lib/use-countdown';

interface Fields {
  phone: string;
  code: string;
  next: string;
  confirm: string;
}

/** 找回密码: a code to the phone verified at registration sets a new password. */
export function ForgotPasswordPage() {
  const [form] = Form.useForm<Fields>();
  const [wait, setWait] = useCountdown();
  const [sending, setSending] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [notice, setNotice] = useState<{ type: 'success' | 'warning' | 'error'; message: string }>();
  const [done, setDone] = useState<string>();

  useEffect(() => {
    document.title = `找回密码 - ${systemName}`;
  }, []);

  const askCode = async () => {
    try {
      await form.validateFields(['phone']);
    } catch {
      return;
    }
    setSending(true);
    setNotice(undefined);
    try {
      const sent = await sendRecoveryCode(form.getFieldValue('phone'));
      setWait(sent.resendAfterSeconds);
      setNotice({ type: 'success', message: `如该手机号已绑定账号，验证码已发送至 ${sent.sentTo}` });
    } catch (error) {
      const unmatched = applyFieldErrors(form, error, ['phone']);
      const waiting = error instanceof ApiError && error.status === 429;
      if (unmatched.length) setNotice({ type: waiting ? 'warning' : 'error', message: unmatched.join('；') });
    } finally {
      setSending(false);
    }
  };

  const submit = async ({ phone, code, next }: Fields) => {
    setSubmitting(true);
    setNotice(undefined);
    try {
      setDone((await recoverPassword(phone, code, next)).username);
    } catch (error) {
      const unmatched = applyFieldErrors(form, error, ['phone', 'code', 'next']);
      if (unmatched.length) setNotice({ type: 'error', message: unmatched.join('；') });
    } finally {
      setSubmitting(false);
    }
  };

  if (done)
    return (
      <AuthFrame title="找回密码">
        <Result
          status="success"
          title="新密码已设置"
          subTitle={`您的登录用户名是 ${done}。所有设备上的登录均已退出，请用新密码登录。`}
          extra={
            <Link to="/login">
              <Button type="primary">去登录</Button>
            </Link>
          }
        />
      </AuthFrame>
    );

  return (
    <AuthFrame title="找回密码">
      {notice ? (
        <Alert
          type={notice.type}
          showIcon
          title={notice.message}
          style={{ marginBottom: 16 }}
          data-testid="forgot-notice"
        />
      ) : null}
      <Form<Fields> form={form} layout="vertical" onFinish={submit}>
        <Form.Item label="注册时验证的手机号码" required>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item
              name="phone"
              noStyle
              rules={[
                { required: true, message: '请填写手机号码' },
                { pattern: /^1[3-9]\d{9}$/, message: '应为11位中国大陆手机号码' },
              ]}
            >
              <Input
                id="phone"
                prefix={<MobileOutlined />}
                maxLength={11}
                inputMode="numeric"
                autoComplete="tel"
              />
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
          <Input
            id="code"
            prefix={<SafetyOutlined />}
            maxLength={6}
            inputMode="numeric"
            autoComplete="one-time-code"
          />
        </Form.Item>
        <Form.Item name="next" label="新密码" extra="8–64位，须同时包含字母和数字" rules={passwordRules}>
          <Input.Password id="next" prefix={<LockOutlined />} autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="confirm" label="确认新密码" dependencies={['next']} rules={confirmRules('next')}>
          <Input.Password id="confirm" prefix={<LockOutlined />} autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={quietLoading(submitting)}>
          设置新密码
        </Button>
      </Form>
      <Flex justify="center" style={{ marginTop: 16 }}>
        <Typography.Text type="secondary">
          手机号已停用？请持身份证件到所在单位或当地人社部门办理。<Link to="/login">返回登录</Link>
        </Typography.Text>
      </Flex>
    </AuthFrame>
  );
}
