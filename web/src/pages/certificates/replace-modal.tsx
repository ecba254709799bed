import { App, Form, Input, Typography } from 'antd';
import { useEffect } from 'react';
import { type CertificateEntry, replaceCertificate } from '../../api/certificates';
import { FormModal } from '../../components/form-modal';
import { useFormSubmit } from '../../lib/use-form-submit';

interface Values {
  reason: string;
}

const fields = ['reason'] as const;

interface Props {
  /** The certificate to replace; `null` keeps the modal closed. */
  certificate: CertificateEntry | null;
  /** `replacement` is the new certificate's id once issued. */
  onClose: (replacement?: string) => void;
}

/** 补换: the old number is voided and a new one issued for the same title, keeping the conferral's block. */
export function ReplaceModal({ certificate, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { saving, problem, reset, submit } = useFormSubmit(form, fields);

  useEffect(() => {
    if (!certificate) return;
    reset();
    form.resetFields();
  }, [certificate, form, reset]);

  const save = () =>
    submit(async (values) => {
      if (!certificate) return;
      const answer = await replaceCertificate(certificate.id, { reason: values.reason.trim() });
      message.success(`已补换：原编号 ${answer.oldNumber} 作废，新证书编号 ${answer.number}`);
      onClose(answer.id);
    });

  return (
    <FormModal
      open={certificate !== null}
      title={`补换证书：${certificate?.holderName ?? ''}`}
      okText="补换"
      saving={saving}
      problem={problem}
      onOk={save}
      onCancel={() => onClose()}
    >
      <Typography.Paragraph type="secondary">
        补换后原编号 <Typography.Text code>{certificate?.number}</Typography.Text>{' '}
        作废，公开查验显示为不再有效；同一职称签发新编号的电子证书，台账记录补换原因。
      </Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" name="certificate-replace">
        <Form.Item
          name="reason"
          label="补换原因"
          rules={[{ required: true, whitespace: true, min: 4, message: '请写明补换原因（不少于4个字）' }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount placeholder="如：证书信息有误，申请更正后补换" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
