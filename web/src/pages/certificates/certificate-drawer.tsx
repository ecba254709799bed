import { Button, Card, Flex, Grid } from 'antd';
import { useState } from 'react';
import { type CertificateDetail, fetchCertificate } from '../../api/certificates';
import { DetailDrawer, RecordPending } from '../../components/detail-drawer';
import { useModalTarget } from '../../lib/use-modal-target';
import { useRecord } from '../../lib/use-record';
import { CertificateEvents } from './certificate-events';
import { CertificateFacts } from './certificate-facts';
import { CertificatePdfButton } from './certificate-pdf-button';
import { ReplaceModal } from './replace-modal';
import { RevokeModal } from './revoke-modal';
import { VerifyLink } from './verify-link';

interface Props {
  /** The certificate to show; `null` keeps the drawer closed. */
  id: string | null;
  onClose: () => void;
  /** Shows another certificate in the drawer (the replacement just issued). */
  onOpen: (id: string) => void;
  /** The ledger changed (replaced or revoked): the list behind should reload. */
  onChanged: () => void;
}

/**
 * One ledger entry in full: its facts, its history (台账记录), the public verification page, and
 * only the buttons the server lists in `actions`, so the drawer never offers what would be refused.
 */
export function CertificateDrawer({ id, onClose, onOpen, onChanged }: Props) {
  const phone = !Grid.useBreakpoint().md;
  const detail = useRecord(id, fetchCertificate);
  const [replacing, setReplacing] = useState<CertificateDetail | null>(null);
  const data = detail.data;
  // A revocation changes this entry and the list behind it: both load again.
  const revoking = useModalTarget<CertificateDetail>(() => {
    onChanged();
    detail.reload();
  });

  return (
    <DetailDrawer
      subject={id}
      onClose={onClose}
      title={data ? `证书详情：${data.holderName} · ${data.titleName}` : '证书详情'}
      width={760}
    >
      {!data ? (
        <RecordPending
          error={detail.error}
          missingTitle="证书不存在或不在您的台账范围内"
          failedTitle="证书加载失败"
          rows={12}
        />
      ) : (
        <div data-testid="certificate-detail">
          <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }} data-testid="certificate-actions">
            {data.actions.includes('download') ? <CertificatePdfButton certificate={data} /> : null}
            {data.actions.includes('replace') ? (
              <Button onClick={() => setReplacing(data)}>补换</Button>
            ) : null}
            {data.actions.includes('revoke') ? (
              <Button danger onClick={() => revoking.open(data)}>
                撤销
              </Button>
            ) : null}
            <VerifyLink number={data.number} label="查看公开查验页" />
          </Flex>
          <CertificateFacts certificate={data} column={phone ? 1 : 2} />
          <Card size="small" title="台账记录" style={{ marginTop: 16 }}>
            <CertificateEvents events={data.events} />
          </Card>
        </div>
      )}
      <ReplaceModal
        certificate={replacing}
        onClose={(replacement) => {
          setReplacing(null);
          if (!replacement) return;
          onChanged();
          onOpen(replacement);
        }}
      />
      <RevokeModal certificate={revoking.target} onClose={revoking.close} />
    </DetailDrawer>
  );
}
