import { Button, Flex, Form, Result, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { recoverPassword, sendRecoveryCode } from '../../api/account';
import { NoticeAlert } from '../../components/notice-alert';
import { NewPasswordFields, PhoneCodeFields } from '../../components/phone-code-fields';
import { quietLoading } from '../../components/quiet-loading';
import { AuthFrame } from '../../layout/auth-frame';
import { useDocumentTitle } from '../../layout/use-document-title';
import { useNoticeSubmit } from '../../lib/use-notice-submit';

interface Fields {
  phone: string;
  code: string;
  next: string;
  confirm: string;
}

const FIELDS = ['phone', 'code', 'next'];

/** 找回密码: a code to the phone verified at registration sets a new password. */
export function ForgotPasswordPage() {
  const [form] = Form.useForm<Fields>();
  const { submitting, notice, setNotice, submit } = useNoticeSubmit(form, FIELDS);
  const [done, setDone] = useState<string>();
  useDocumentTitle('找回密码');

  const send = ({ phone, code, next }: Fields) =>
    submit(async () => {
      setDone((await recoverPassword(phone, code, next)).username);
    });

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
      <Form<Fields> form={form} layout="vertical" onFinish={send}>
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
