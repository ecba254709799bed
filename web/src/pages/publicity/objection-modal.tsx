import { Alert, Form, Input, Typography } from 'antd';
import { lodgeObjection, type NewObjection, type PublicNotice } from '../../api/publicity';
import { CountedTextArea } from '../../components/counted-text-area';
import { FormModal } from '../../components/form-modal';
import { requiredText } from '../../lib/form-rules';
import { useModalForm } from '../../lib/use-modal-form';

const fields = ['complainantName', 'contact', 'content'] as const;

interface Props {
  /** The notice objected to; `null` keeps the modal closed. */
  notice: PublicNotice | null;
  onClose: () => void;
}

/**
 * 提出异议: anyone may object to a notice during its period, with their real name and a way to reach
 * them; the publishing unit verifies and records the outcome. The server's field errors land on the fields.
 */
export function ObjectionModal({ notice, onClose }: Props) {
  const { form, message, frame, submit } = useModalForm<NewObjection>(notice, fields);

  const send = () =>
    submit(async (values) => {
      if (!notice) return;
      await lodgeObjection(notice.id, {
        complainantName: values.complainantName.trim(),
        contact: values.contact.trim(),
        content: values.content.trim(),
      });
      message.success(`异议已提交，${notice.publisher}将核实处理并与您联系`);
      onClose();
    });

  return (
    <FormModal {...frame} title="提出异议" okText="提交异议" width={600} onOk={send} onCancel={onClose}>
      {notice ? (
        <Typography.Paragraph type="secondary" data-testid="objection-subject">
          公示对象：{notice.maskedName}（{notice.unitName}）申报{notice.targetTitle}，公示期 {notice.startsOn}{' '}
          至 {notice.endsOn}。
        </Typography.Paragraph>
      ) : null}
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="异议须实名提出并留下联系方式，匿名或无具体事实的异议不予受理。您的个人信息仅供公示单位核实使用。"
      />
      <Form<NewObjection> form={form} layout="vertical" requiredMark data-testid="objection-form">
        <Form.Item name="complainantName" label="真实姓名" rules={requiredText('真实姓名')}>
          <Input maxLength={30} autoComplete="name" />
        </Form.Item>
        <Form.Item
          name="contact"
          label="联系方式"
          tooltip="手机号码、固定电话（含区号）或电子邮箱"
          rules={requiredText('联系方式')}
        >
          <Input maxLength={60} placeholder="如：13800138000" autoComplete="tel" />
        </Form.Item>
        <Form.Item
          name="content"
          label="异议内容"
          rules={[{ required: true, whitespace: true, message: '请写明异议的事实和理由' }]}
        >
          <CountedTextArea
            rows={5}
            maxLength={2000}
            placeholder="请具体写明异议的事实和理由（不少于10个字）"
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
