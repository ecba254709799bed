import { App, Typography } from 'antd';
import { type CertificateEntry, replaceCertificate } from '../../api/certificates';
import { ReasonModal } from '../../components/reason-modal';

interface Props {
  /** The certificate to replace; `null` keeps the modal closed. */
  certificate: CertificateEntry | null;
  /** `replacement` is the new certificate's id once issued. */
  onClose: (replacement?: string) => void;
}

/** 补换: the old number is voided and a new one issued for the same title, keeping the conferral's block. */
export function ReplaceModal({ certificate, onClose }: Props) {
  const { message } = App.useApp();
  return (
    <ReasonModal
      subject={certificate}
      title={`补换证书：${certificate?.holderName ?? ''}`}
      okText="补换"
      name="certificate-replace"
      label="补换原因"
      rules={[{ required: true, whitespace: true, min: 4, message: '请写明补换原因（不少于4个字）' }]}
      maxLength={500}
      placeholder="如：证书信息有误，申请更正后补换"
      onSubmit={async (reason, { id }) => {
        const answer = await replaceCertificate(id, { reason });
        message.success(`已补换：原编号 ${answer.oldNumber} 作废，新证书编号 ${answer.number}`);
        onClose(answer.id);
      }}
      onCancel={() => onClose()}
    >
      <Typography.Paragraph type="secondary">
        补换后原编号 <Typography.Text code>{certificate?.number}</Typography.Text>{' '}
        作废，公开查验显示为不再有效；同一职称签发新编号的电子证书，台账记录补换原因。
      </Typography.Paragraph>
    </ReasonModal>
  );
}
