import { Tag } from 'antd';
import type { CertificateStatus } from '../../api/certificates';
import { certificateStatusColours, certificateStatusNames } from './certificate-labels';

/** 有效 (green) · 已撤销 (red) · 已作废（补换） (grey). */
export function CertificateStatusTag({ status }: { status: CertificateStatus }) {
  return (
    <Tag color={certificateStatusColours[status]} data-testid="certificate-status">
      {certificateStatusNames[status]}
    </Tag>
  );
}
