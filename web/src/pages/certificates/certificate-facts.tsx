import { Descriptions, type DescriptionsProps, Typography } from 'antd';
import { hrBureauName } from '../../../../src/domain/certificates/certificate-issuer';
import type { CertificateEntry } from '../../api/certificates';
import { certificateSourceNames } from './certificate-labels';
import { CertificateStatusTag } from './certificate-status-tag';

const mono = { fontFamily: 'monospace' } as const;

interface Props {
  certificate: CertificateEntry & { replacesNumber?: string | null };
  /** Two columns in the ledger's drawer on a wide screen, one on a phone. */
  column?: DescriptionsProps['column'];
}

/**
 * What a certificate certifies, as its PDF prints it, plus the ledger's own facts: where it came
 * from, what it replaced, and — once it is no longer valid — when, why and on whose decision.
 */
export function CertificateFacts({ certificate: c, column = 1 }: Props) {
  const ended = c.status !== 'valid';
  const endedWord = c.status === 'voided' ? '作废' : '撤销';
  const items: DescriptionsProps['items'] = [
    {
      key: 'number',
      label: '证书编号',
      children: <Typography.Text style={mono}>{c.number}</Typography.Text>,
    },
    { key: 'status', label: '状态', children: <CertificateStatusTag status={c.status} /> },
    { key: 'holder', label: '持证人', children: c.holderName },
    {
      key: 'id',
      label: '身份证号码',
      children: <Typography.Text style={mono}>{c.holderIdNumberMasked}</Typography.Text>,
    },
    { key: 'title', label: '职称名称', children: c.titleName },
    { key: 'series', label: '系列 / 层级', children: `${c.seriesName} · ${c.levelName}` },
    { key: 'specialty', label: '专业', children: c.specialty },
    { key: 'issuedOn', label: '取得资格日期', children: c.issuedOn },
    { key: 'committee', label: '评审机构', children: c.committeeName, span: 'filled' },
    { key: 'announcement', label: '发文文号', children: c.announcementNumber },
    { key: 'issuer', label: '发证机关', children: hrBureauName(c.regionCode) },
    { key: 'source', label: '来源', children: certificateSourceNames[c.source] },
  ];
  if (c.legacyNumber)
    items.push({
      key: 'legacy',
      label: '原纸质证书编号',
      children: <Typography.Text style={mono}>{c.legacyNumber}</Typography.Text>,
    });
  if (c.replacesNumber)
    items.push({
      key: 'replaces',
      label: '补换前编号',
      children: <Typography.Text style={mono}>{c.replacesNumber}</Typography.Text>,
    });
  if (ended) {
    items.push({ key: 'endedOn', label: `${endedWord}日期`, children: c.revokedOn ?? '—' });
    items.push({
      key: 'reason',
      label: `${endedWord}原因`,
      children: <span style={{ whiteSpace: 'pre-wrap' }}>{c.revokedReason ?? '—'}</span>,
      span: 'filled',
    });
    if (c.revokedAuthority)
      items.push({ key: 'authority', label: '决定机关及文号', children: c.revokedAuthority, span: 'filled' });
  }
  return (
    <Descriptions
      column={column}
      size="small"
      bordered
      items={items}
      styles={{ label: { width: 112, whiteSpace: 'nowrap' } }}
      data-testid="certificate-facts"
    />
  );
}
