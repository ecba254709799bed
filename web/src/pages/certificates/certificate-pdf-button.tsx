import { FilePdfOutlined } from '@ant-design/icons';
import { certificatePdfPath } from '../../api/certificates';
import { ExportButton } from '../../components/export-button';

/**
 * 下载电子证书: the signed PDF of a certificate, saved under its number. Offered only where the server
 * lists `download` among the certificate's actions (not for a revoked or replaced one).
 */
export function CertificatePdfButton({ certificate }: { certificate: { id: string; number: string } }) {
  return (
    <ExportButton
      path={certificatePdfPath(certificate.id)}
      query={{}}
      fileName={`电子职称证书-${certificate.number}.pdf`}
      label="下载电子证书"
      icon={<FilePdfOutlined />}
    />
  );
}
