import { Button, Flex, Form, Result, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { recoverPassword, sendRecoveryCode } from '../../api/account';
import { type FormNotice, NoticeAlert } from '../../components/notice-alert';
import { NewPasswordFields, PhoneCodeFields } from '../../components/phone-code-fields';
import { quietLoading } from '../../components/quiet-loading';
import { AuthFrame } from '../../layout/auth-frame';
import { systemName } from '../../layout/brand';
import { applyFieldErrors } from '../../lib/form-errors';

interface Fields {
  phone: string;
  code: string;
  next: string;
  confirm: string;
}

/** 找回密码: a code to the phone verified at registration sets a new password. */
export function ForgotPasswordPage() {
  const [form] = Form.useForm<Fields>();
  const [submitting, setSubmitting] = useState(false);
  const [notice, setNotice] = useState<FormNotice>();
  const [done, setDone] = useState<string>();

  useEffect(() => {
    document.title = `找回密码 - ${systemName}`;
  }, []);

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
      <NoticeAlert notice={notice} testId="forgot-notice" />
      <Form<Fields> form={form} layout="vertical" onFinish={submit}>
        <PhoneCodeFields
          form={form}
          label="注册时验证的手机号码"
          send={sendRecoveryCode}
          sentMessage={(sent) => `如该手机号已绑定账号，验证码已发送至 ${sent.sentTo}`}
          onNotice={setNotice}
        />
        <NewPasswordFields name="next" label="新密码" />
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
