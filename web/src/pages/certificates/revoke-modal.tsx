import { Alert, App, Form, Input } from 'antd';
import { type CertificateEntry, revokeCertificate } from '../../api/certificates';
import { CountedTextArea } from '../../components/counted-text-area';
import { FormModal } from '../../components/form-modal';
import { useModalForm } from '../../lib/use-modal-form';

interface Values {
  reason: string;
  authority: string;
}

const fields = ['reason', 'authority'] as const;

interface Props {
  /** The certificate to revoke; `null` keeps the modal closed. */
  certificate: CertificateEntry | null;
  onClose: (changed: boolean) => void;
}

/**
 * 撤销 (the HR bureau): the reason and the deciding authority with its document number, then a
 * second confirmation, since a revocation cannot be undone and verification shows it at once.
 */
export function RevokeModal({ certificate, onClose }: Props) {
  const { form, message, frame, submit } = useModalForm<Values>(certificate, fields);
  const { modal } = App.useApp();

  const revoke = () =>
    submit(async (values) => {
      if (!certificate) return;
      const answer = await revokeCertificate(certificate.id, {
        reason: values.reason.trim(),
        authority: values.authority.trim(),
      });
      message.success(`证书 ${answer.number} 已撤销（${answer.revokedOn}）`);
      onClose(true);
    });

  const confirm = async () => {
    try {
      await form.validateFields();
    } catch {
      return; // antd already marks the invalid fields.
    }
    modal.confirm({
      title: '确认撤销该证书？',
      content: `撤销后证书 ${certificate?.number ?? ''} 立即失效，公开查验显示“已撤销”，且不能恢复。`,
      okText: '确认撤销',
      okButtonProps: { danger: true },
      cancelText: '再想想',
      onOk: revoke,
    });
  };

  return (
    <FormModal
      {...frame}
      title={`撤销证书：${certificate?.holderName ?? ''}`}
      okText="撤销证书"
      danger
      onOk={confirm}
      onCancel={() => onClose(false)}
    >
      <Alert
        type="warning"
        showIcon
        title="撤销不可恢复"
        description="适用于弄虚作假等依法撤销职称的情形；请写明原因和作出决定的机关及文号，记入证书台账。"
        style={{ marginBottom: 16 }}
      />
      <Form<Values> form={form} layout="vertical" name="certificate-revoke">
        <Form.Item
          name="reason"
          label="撤销原因"
          rules={[{ required: true, whitespace: true, min: 4, message: '请写明撤销原因（不少于4个字）' }]}
        >
          <CountedTextArea rows={3} maxLength={500} placeholder="如：经查实申报材料弄虚作假" />
        </Form.Item>
        <Form.Item
          name="authority"
          label="决定机关及文号"
          rules={[{ required: true, whitespace: true, min: 4, message: '请写明作出撤销决定的机关及文号' }]}
        >
          <Input maxLength={100} placeholder="如：辽宁省人力资源和社会保障厅 辽人社〔2026〕12号" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
