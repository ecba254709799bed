import {
  IdcardOutlined,
  LockOutlined,
  MobileOutlined,
  SafetyOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, Result, Space } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import { type RegistrationForm, register, sendPhoneCode } from '../../api/registration';
import { JurisdictionCascader } from '../../components/jurisdiction-cascader';
import { quietLoading } from '../../components/quiet-loading';
import { AuthFrame } from '../../layout/auth-frame';
import { systemName } from '../../layout/brand';
import { applyFieldErrors } from '../../lib/form-errors';
import { confirmRules, passwordRules } from '../../lib/password-rules';
import { useSession } from '../../session/session-context';

type Fields = RegistrationForm & { confirm: string };
const FIELDS = ['name', 'idNumber', 'phone', 'code', 'password', 'regionCode', 'username'];

/** Seconds left before another code may be asked for, counting down once a second. */
function useCountdown(): [number, (seconds: number) => void] {
  const [left, setLeft] = useState(0);
  useEffect(() => {
    if (left <= 0) return;
    const timer = window.setTimeout(() => setLeft((s) => s - 1), 1000);
    return () => window.clearTimeout(timer);
  }, [left]);
  return [left, setLeft];
}

/**
 * 实名注册: a professional opens their own account with real name, ID number and a mobile number
 * proved by an SMS code, then is signed in and taken to their materials.
 */
export function RegisterPage() {
  const [form] = Form.useForm<Fields>();
  const navigate = useNavigate();
  const { signIn } = useSession();
  const [sending, setSending] = useState(false);
  const [wait, setWait] = useCountdown();
  const [notice, setNotice] = useState<{ type: 'success' | 'warning' | 'error'; message: string }>();
  const [submitting, setSubmitting] = useState(false);
  const [done, setDone] = useState<{ username: string; claimed: boolean }>();

  useEffect(() => {
    document.title = `实名注册 - ${systemName}`;
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
      const sent = await sendPhoneCode(form.getFieldValue('phone'), 'register');
      setWait(sent.resendAfterSeconds);
      setNotice({
        type: 'success',
        message: `验证码已发送至 ${sent.sentTo}，${Math.round(sent.expiresInSeconds / 60)}分钟内有效`,
      });
    } catch (error) {
      const unmatched = applyFieldErrors(form, error, ['phone']);
      const waiting = error instanceof ApiError && error.status === 429;
      if (unmatched.length) setNotice({ type: waiting ? 'warning' : 'error', message: unmatched.join('；') });
    } finally {
      setSending(false);
    }
  };

  const submit = async ({ confirm: _confirm, username, ...fields }: Fields) => {
    setSubmitting(true);
    setNotice(undefined);
    try {
      const done = await register({ ...fields, ...(username?.trim() ? { username: username.trim() } : {}) });
      await signIn(done.username, fields.password);
      setDone({ username: done.username, claimed: done.claimedExistingPerson });
    } catch (error) {
      const unmatched = applyFieldErrors(form, error, FIELDS);
      if (unmatched.length) setNotice({ type: 'error', message: unmatched.join('；') });
    } finally {
      setSubmitting(false);
    }
  };

  if (done)
    return (
      <AuthFrame title="注册成功" width={520}>
        <Result
          status="success"
          title="账号已开通"
          subTitle={`登录用户名：${done.username}。${
            done.claimed ? '系统已找到并关联您的既有档案（职称记录等）。' : ''
          }下一步请完善个人材料，并绑定您的工作单位。`}
          extra={
            <Button type="primary" onClick={() => navigate('/my/materials', { replace: true })}>
              完善个人材料
            </Button>
          }
        />
      </AuthFrame>
    );

  return (
    <AuthFrame title="专业技术人员实名注册" width={520}>
      {notice ? (
        <Alert
          type={notice.type}
          showIcon
          title={notice.message}
          style={{ marginBottom: 16 }}
          data-testid="register-notice"
        />
      ) : null}
      <Form<Fields> form={form} layout="vertical" onFinish={submit} requiredMark="optional">
        <Form.Item
          name="name"
          label="真实姓名"
          rules={[{ required: true, whitespace: true, message: '请填写真实姓名' }]}
        >
          <Input id="name" prefix={<UserOutlined />} autoComplete="name" maxLength={30} />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label="居民身份证号码"
          extra="出生日期和性别按身份证号码登记；同一身份证号码只能注册一个账号"
          rules={[
            { required: true, message: '请填写居民身份证号码' },
            { pattern: /^\d{17}[\dXx]$/, message: '应为18位身份证号码' },
          ]}
        >
          <Input id="idNumber" prefix={<IdcardOutlined />} maxLength={18} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="regionCode"
          label="工作所在地"
          rules={[{ required: true, message: '请选择工作所在地' }]}
        >
          <JurisdictionCascader id="regionCode" placeholder="省 / 市 / 区县" allowClear={false} />
        </Form.Item>
        <Form.Item label="手机号码" required>
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
        <Form.Item
          name="username"
          label="登录用户名"
          extra="可不填，不填则以手机号码登录"
          rules={[
            { pattern: /^[A-Za-z][A-Za-z0-9_]{3,31}$/, message: '以字母开头，4–32位字母、数字或下划线' },
          ]}
        >
          <Input id="username" prefix={<UserOutlined />} autoComplete="username" />
        </Form.Item>
        <Form.Item name="password" label="密码" extra="8–64位，须同时包含字母和数字" rules={passwordRules}>
          <Input.Password id="password" prefix={<LockOutlined />} autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="确认密码"
          dependencies={['password']}
          rules={confirmRules('password')}
        >
          <Input.Password id="confirm" prefix={<LockOutlined />} autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={quietLoading(submitting)}>
          注册
        </Button>
      </Form>
      <Flex justify="center" style={{ marginTop: 16 }}>
        <Link to="/login">已有账号？去登录</Link>
      </Flex>
    </AuthFrame>
  );
}
