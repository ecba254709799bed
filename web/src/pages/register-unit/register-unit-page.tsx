import { BankOutlined, EnvironmentOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, Radio, Result, Select } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { sendPhoneCode } from '../../api/registration';
import { type RegistrableUnitKind, registerUnit, type UnitRegistrationForm } from '../../api/units';
import { DepartmentSelect } from '../../components/department-select';
import { JurisdictionCascader } from '../../components/jurisdiction-cascader';
import { NoticeAlert } from '../../components/notice-alert';
import { NewPasswordFields, PhoneCodeFields } from '../../components/phone-code-fields';
import { quietLoading } from '../../components/quiet-loading';
import { UsernameField } from '../../components/username-field';
import { AuthFrame } from '../../layout/auth-frame';
import { useDocumentTitle } from '../../layout/use-document-title';
import { requiredChoice, requiredText } from '../../lib/form-rules';
import { employerKindOptions, registrableKindOptions } from '../../lib/labels';
import { useNoticeSubmit } from '../../lib/use-notice-submit';
import { creditCodeRules, normaliseCreditCode } from '../organisations/credit-code-rules';

/** The form's own names: the phone fields are shared with 实名注册 and called `phone` there. */
type Fields = Omit<UnitRegistrationForm, 'contactPhone'> & { phone: string; confirm: string };

const FIELDS = [
  'creditCode',
  'name',
  'kind',
  'employerKind',
  'regionCode',
  'address',
  'contactName',
  'phone',
  'code',
  'username',
  'password',
  'departmentId',
  'dispatchesTo',
];
/** The server names the contact's phone `contactPhone`; the form's shared phone field is `phone`. */
const ALIASES = { contactPhone: 'phone' };

/**
 * 单位注册: an employer or a dispatch agency registers with its 统一社会信用代码 and an administrator
 * account on the contact's SMS-verified phone; the HR bureau of its region then reviews it. A
 * registration the bureau returned is corrected here too: the same credit code and phone replace it.
 */
export function RegisterUnitPage() {
  const [form] = Form.useForm<Fields>();
  const kind = Form.useWatch('kind', form);
  const regionCode = Form.useWatch('regionCode', form);
  const { submitting, notice, setNotice, submit } = useNoticeSubmit(form, FIELDS, ALIASES);
  const [done, setDone] = useState<{ username: string; resubmitted: boolean }>();
  useDocumentTitle('单位注册');

  const send = ({ confirm: _confirm, phone, creditCode, dispatchesTo, ...fields }: Fields) =>
    submit(async () => {
      const answer = await registerUnit({
        ...fields,
        creditCode: normaliseCreditCode(creditCode),
        contactPhone: phone,
        ...(fields.kind === 'dispatch-agency'
          ? { dispatchesTo: (dispatchesTo ?? []).map(normaliseCreditCode) }
          : {}),
      });
      setDone({ username: answer.username, resubmitted: answer.resubmitted });
    });

  if (done)
    return (
      <AuthFrame title="单位注册已提交" width={560}>
        <Result
          status="success"
          title={done.resubmitted ? '已重新提交，等待审核' : '注册已提交，等待审核'}
          subTitle={`单位所在地的人社部门审核通过后，将以短信通知联系人手机，届时即可使用用户名「${done.username}」登录。审核期间登录会提示“正在审核中”。`}
          extra={
            <Link to="/login">
              <Button type="primary">返回登录页</Button>
            </Link>
          }
        />
      </AuthFrame>
    );

  return (
    <AuthFrame title="单位注册" width={640}>
      <Alert
        type="info"
        showIcon
        title="用人单位、劳务派遣单位在此注册单位账号，由单位所在地人社部门审核。被退回的注册，请使用原联系人手机号在此修改后重新提交。"
        style={{ marginBottom: 16 }}
      />
      <NoticeAlert notice={notice} testId="register-unit-notice" />
      <Form<Fields>
        form={form}
        layout="vertical"
        onFinish={send}
        // Another region has other departments: a choice made for the old one no longer applies.
        onValuesChange={(changed: Partial<Fields>) => {
          if ('regionCode' in changed) form.setFieldValue('departmentId', null);
        }}
        requiredMark="optional"
        initialValues={{ kind: 'employer' satisfies RegistrableUnitKind }}
      >
        <Form.Item name="kind" label="单位类型" rules={[{ required: true }]}>
          <Radio.Group id="kind" optionType="button" buttonStyle="solid" options={registrableKindOptions} />
        </Form.Item>
        <Form.Item
          name="name"
          label="单位名称"
          extra="与营业执照或事业单位法人证书一致"
          rules={requiredText('单位名称', 2)}
        >
          <Input id="name" prefix={<BankOutlined />} maxLength={100} />
        </Form.Item>
        <Form.Item
          name="creditCode"
          label="统一社会信用代码"
          rules={creditCodeRules}
          normalize={(value: string) => value?.toUpperCase()}
          validateTrigger="onBlur"
        >
          <Input id="creditCode" maxLength={18} style={{ fontFamily: 'monospace' }} autoComplete="off" />
        </Form.Item>
        {kind === 'employer' ? (
          <Form.Item name="employerKind" label="单位性质" rules={requiredChoice('单位性质')}>
            <Select
              id="employerKind"
              options={employerKindOptions}
              placeholder="事业单位、国有企业、民营企业……"
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="regionCode"
          label="单位所在地"
          extra="由该地人社部门审核"
          rules={requiredChoice('单位所在地')}
        >
          <JurisdictionCascader id="regionCode" placeholder="省 / 市 / 区县" allowClear={false} />
        </Form.Item>
        <Form.Item
          name="departmentId"
          label="主管部门"
          extra="有行业主管部门的单位请选择，职称申报将经主管部门审核推荐；没有的可不选"
        >
          <DepartmentSelect id="departmentId" regionCode={regionCode || undefined} />
        </Form.Item>
        <Form.Item name="address" label="单位地址" rules={requiredText('单位地址', 2)}>
          <Input id="address" prefix={<EnvironmentOutlined />} maxLength={200} />
        </Form.Item>
        {kind === 'dispatch-agency' ? (
          <Form.Item
            name="dispatchesTo"
            label="派往的用人单位"
            extra="填写所派往用人单位的统一社会信用代码，可填多个（回车分隔）；须为已审核通过的单位，随本单位一并审核"
          >
            <Select
              id="dispatchesTo"
              mode="tags"
              tokenSeparators={[',', '，', ' ']}
              open={false}
              placeholder="统一社会信用代码"
            />
          </Form.Item>
        ) : null}
        <Form.Item name="contactName" label="联系人（单位管理员）" rules={requiredText('联系人姓名', 2)}>
          <Input id="contactName" prefix={<UserOutlined />} maxLength={30} autoComplete="name" />
        </Form.Item>
        <PhoneCodeFields
          form={form}
          label="联系人手机号码"
          send={(phone) => sendPhoneCode(phone, 'register-unit')}
          onNotice={setNotice}
        />
        <UsernameField label="单位管理员登录用户名" required />
        <NewPasswordFields name="password" label="密码" />
        <Button type="primary" htmlType="submit" block size="large" loading={quietLoading(submitting)}>
          提交注册
        </Button>
      </Form>
      <Flex justify="center" gap={24} wrap style={{ marginTop: 16 }}>
        <Link to="/login">已有账号？去登录</Link>
        <Link to="/register">专业技术人员注册</Link>
      </Flex>
    </AuthFrame>
  );
}
