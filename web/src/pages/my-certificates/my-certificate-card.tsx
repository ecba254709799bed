import { Card, Descriptions, type DescriptionsProps, Flex, Typography } from 'antd';
import type { MyCertificate } from '../../api/certificates';
import { certificateSourceNames } from '../certificates/certificate-labels';
import { CertificatePdfButton } from '../certificates/certificate-pdf-button';
import { CertificateStatusTag } from '../certificates/certificate-status-tag';
import { VerifyLink } from '../certificates/verify-link';

/**
 * One of the holder's certificates: what it certifies, its status, and — while it is valid — the
 * signed PDF; the public verification page either way, which says what a third party would see.
 */
export function MyCertificateCard({ certificate: c }: { certificate: MyCertificate }) {
  const ended = c.status !== 'valid';
  const items: DescriptionsProps['items'] = [
    {
      key: 'number',
      label: '证书编号',
      children: <Typography.Text style={{ fontFamily: 'monospace' }}>{c.number}</Typography.Text>,
    },
    { key: 'series', label: '系列 / 层级', children: `${c.seriesName} · ${c.levelName}` },
    { key: 'specialty', label: '专业', children: c.specialty },
    { key: 'issuedOn', label: '取得资格日期', children: c.issuedOn },
    { key: 'committee', label: '评审机构', children: c.committeeName },
    { key: 'announcement', label: '发文文号', children: c.announcementNumber },
    { key: 'source', label: '来源', children: certificateSourceNames[c.source] },
  ];
  if (ended)
    items.push({
      key: 'ended',
      label: c.status === 'voided' ? '作废日期' : '撤销日期',
      children: c.revokedOn ?? '—',
    });

  return (
    <Card
      size="small"
      title={c.titleName}
      extra={<CertificateStatusTag status={c.status} />}
      data-testid="my-certificate"
      style={{ height: '100%' }}
    >
      <Descriptions
        column={1}
        size="small"
        items={items}
        styles={{ label: { width: 104, whiteSpace: 'nowrap' } }}
      />
      <Flex gap={12} wrap align="center" style={{ marginTop: 12 }}>
        {c.actions.includes('download') ? (
          <CertificatePdfButton certificate={c} />
        ) : (
          <Typography.Text type="secondary">
            {c.status === 'voided' ? '已补换新证书，原证书不再提供下载' : '证书已撤销，不再提供下载'}
          </Typography.Text>
        )}
        <VerifyLink number={c.number} />
      </Flex>
    </Card>
  );
}
