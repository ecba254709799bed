import { ExportOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { verifyPagePath } from '../../api/certificates';

/**
 * 在线查验: the public verification page of the number — what a third party sees after scanning
 * the certificate's QR code — in a new tab, so the page the user is on stays as it was.
 */
export function VerifyLink({ number, label = '在线查验' }: { number: string; label?: string }) {
  return (
    <Typography.Link
      href={verifyPagePath(number)}
      target="_blank"
      rel="noopener noreferrer"
      data-testid="verify-link"
    >
      {label} <ExportOutlined />
    </Typography.Link>
  );
}
