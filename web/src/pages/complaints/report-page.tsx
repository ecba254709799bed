import { Alert, Button, Card, Form, Input, Result, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { checkPhone, isRealName } from '../../../../src/domain/integrity/complainant-contact';
import { errorMessage } from '../../api/client';
import {
  fetchComplaintRecipients,
  type LodgedComplaint,
  lodgeComplaint,
  type NewComplaint,
} from '../../api/integrity';
import { CountedTextArea } from '../../components/counted-text-area';
import { PageHeader } from '../../components/page-header';
import { SaveButton } from '../../components/save-button';
import { requiredChoice, requiredText } from '../../lib/form-rules';
import { formatDateTime } from '../../lib/time';
import { useFormSubmit } from '../../lib/use-form-submit';
import { useRequest } from '../../lib/use-request';

const fields = ['complainantName', 'phone', 'regionCode', 'subject', 'content'] as const;

/** The same checks as the server's, so most mistakes are caught before sending. */
async function realName(_rule: unknown, value: string | undefined) {
  if (value && !isRealName(value)) throw new Error('须填写真实姓名（2至30个汉字或字母）');
}
async function reachablePhone(_rule: unknown, value: string | undefined) {
  if (!value) return;
  const checked = checkPhone(value);
  if (!checked.valid) throw new Error(checked.reason);
}

/**
 * 投诉举报 (open to everyone, no login): a real-name complaint or report about professional-title work —
 * an application, a review or a certificate — sent to the HR bureau of the region concerned. Anonymous
 * reports are not accepted and malicious false reports are dealt with (jilin-2022 四(五)).
 */
export function ReportPage() {
  const [form] = Form.useForm<NewComplaint>();
  const { saving, problem, reset, submit } = useFormSubmit(form, fields);
  const [lodged, setLodged] = useState<LodgedComplaint | null>(null);
  const recipients = useRequest((signal) => fetchComplaintRecipients(signal), []);
  const options = useMemo(
    () =>
      (recipients.data ?? []).map((r) => ({
        value: r.regionCode,
        label: `${r.regionName}（${r.bureauName}）`,
      })),
    [recipients.data],
  );

  const send = () =>
    submit(async (values) => {
      setLodged(
        await lodgeComplaint({
          complainantName: values.complainantName.trim(),
          phone: values.phone.trim(),
          regionCode: values.regionCode,
          subject: values.subject.trim(),
          content: values.content.trim(),
        }),
      );
    });

  const again = () => {
    reset();
    form.resetFields();
    setLodged(null);
  };

  return (
    <>
      <PageHeader
        title="投诉举报"
        description="对职称申报、评审、证书等工作中的弄虚作假、违规行为，可向所在地人力资源和社会保障部门实名投诉举报。"
      />
      <Card size="small" style={{ maxWidth: 760 }}>
        {lodged ? (
          <Result
            status="success"
            title="投诉举报已提交"
            subTitle={
              <>
                受理编号：
                <Typography.Text copyable strong data-testid="complaint-reference">
                  {lodged.reference}
                </Typography.Text>
                <br />
                {formatDateTime(lodged.receivedAt)} 提交至{lodged.regionName}
                人社部门，核查处理后将通过您留下的电话与您联系。
              </>
            }
            extra={<Button onClick={again}>继续提交</Button>}
          />
        ) : (
          <>
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title="投诉举报须实名并留下联系电话，匿名或无具体事实的不予受理；捏造事实、恶意举报的，将依法依规处理。您的联系电话加密保存，仅供核查使用。"
            />
            {problem ? <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} /> : null}
            <Form<NewComplaint> form={form} layout="vertical" requiredMark data-testid="complaint-form">
              <Form.Item
                name="complainantName"
                label="真实姓名"
                rules={[
                  { required: true, whitespace: true, message: '请填写真实姓名' },
                  { validator: realName },
                ]}
              >
                <Input maxLength={30} autoComplete="name" />
              </Form.Item>
              <Form.Item
                name="phone"
                label="联系电话"
                tooltip="11位手机号码，或带区号的固定电话"
                rules={[
                  { required: true, whitespace: true, message: '请填写联系电话' },
                  { validator: reachablePhone },
                ]}
              >
                <Input maxLength={20} placeholder="如：13800138000 或 024-23456789" autoComplete="tel" />
              </Form.Item>
              <Form.Item
                name="regionCode"
                label="受理地区"
                rules={requiredChoice('受理投诉举报的地区')}
                extra={recipients.error ? `受理地区加载失败：${errorMessage(recipients.error)}` : undefined}
              >
                <Select
                  options={options}
                  loading={recipients.loading}
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder="被投诉举报事项所在地"
                />
              </Form.Item>
              <Form.Item name="subject" label="投诉举报对象" rules={requiredText('投诉举报对象', 2)}>
                <Input maxLength={100} placeholder="如：某单位某人的职称申报、证书编号、评审会议" />
              </Form.Item>
              <Form.Item
                name="content"
                label="投诉举报内容"
                rules={[
                  {
                    required: true,
                    whitespace: true,
                    min: 10,
                    message: '请具体写明事实和理由（不少于10个字）',
                  },
                ]}
              >
                <CountedTextArea rows={6} maxLength={2000} placeholder="请具体写明事实、理由和线索" />
              </Form.Item>
              <SaveButton saving={saving} onClick={send} label="提交投诉举报" />
            </Form>
          </>
        )}
      </Card>
    </>
  );
}
