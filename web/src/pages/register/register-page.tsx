import { IdcardOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Result } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { type RegistrationForm, register, sendPhoneCode } from '../../api/registration';
import { JurisdictionCascader } from '../../components/jurisdiction-cascader';
import { NoticeAlert } from '../../components/notice-alert';
import { NewPasswordFields, PhoneCodeFields } from '../../components/phone-code-fields';
import { quietLoading } from '../../components/quiet-loading';
import { UsernameField } from '../../components/username-field';
import { AuthFrame } from '../../layout/auth-frame';
import { useDocumentTitle } from '../../layout/use-document-title';
import { requiredChoice, requiredText } from '../../lib/form-rules';
import { useNoticeSubmit } from '../../lib/use-notice-submit';
import { useSession } from '../../session/session-context';

type Fields = RegistrationForm & { confirm: string };
const FIELDS = ['name', 'idNumber', 'phone', 'code', 'password', 'regionCode', 'username'];

/**
 * 实名注册: a professional opens their own account with real name, ID number and a mobile number
 * proved by an SMS code, then is signed in and taken to their materials.
 */
export function RegisterPage() {
  const [form] = Form.useForm<Fields>();
  const navigate = useNavigate();
  const { signIn } = useSession();
  const { submitting, notice, setNotice, submit } = useNoticeSubmit(form, FIELDS);
  const [done, setDone] = useState<{ username: string; claimed: boolean }>();
  useDocumentTitle('实名注册');

  const send = ({ confirm: _confirm, username, ...fields }: Fields) =>
    submit(async () => {
      const done = await register({ ...fields, ...(username?.trim() ? { username: username.trim() } : {}) });
      await signIn(done.username, fields.password);
      setDone({ username: done.username, claimed: done.claimedExistingPerson });
    });

  if (done)
    return (
      <AuthFrame title="注册成功" width={520}>
        <Result
          status="success"
          title="账号已开通"
          subTitle={`登录用户名：${done.username}。${
            done.claimed ? '系统已找到并关联您的既有档案（职称记录等）。' : ''
          }下一步请完善个人材料，并绑定您的工作单位。`}
          extra={[
            <Button
              key="bind"
              type="primary"
              data-testid="go-bind-employer"
              onClick={() => navigate('/my-employment', { replace: true })}
            >
              绑定工作单位
            </Button>,
            <Button key="materials" onClick={() => navigate('/my/materials', { replace: true })}>
              完善个人材料
            </Button>,
          ]}
        />
      </AuthFrame>
    );

  return (
    <AuthFrame title="专业技术人员实名注册" width={520}>
      <NoticeAlert notice={notice} testId="register-notice" />
      <Form<Fields> form={form} layout="vertical" onFinish={send} requiredMark="optional">
        <Form.Item name="name" label="真实姓名" rules={requiredText('真实姓名')}>
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
        <Form.Item name="regionCode" label="工作所在地" rules={requiredChoice('工作所在地')}>
          <JurisdictionCascader id="regionCode" placeholder="省 / 市 / 区县" allowClear={false} />
        </Form.Item>
        <PhoneCodeFields
          form={form}
          label="手机号码"
          send={(phone) => sendPhoneCode(phone, 'register')}
          onNotice={setNotice}
        />
        <UsernameField label="登录用户名" extra="可不填，不填则以手机号码登录" required={false} />
        <NewPasswordFields name="password" label="密码" />
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
