import type { Db } from '../../db/client';
import type { CertificateRecord } from '../../db/schema';
import type { AuditLog } from '../audit';
import { recordCertificateEvents } from './certificate-events';
import { endValidCertificates } from './certificates.repository';

export interface Revocation {
  reason: string;
  /** The authority and its decision, e.g. “辽宁省人力资源和社会保障厅 辽人社〔2026〕12号”. */
  authority: string;
  revokedOn: string;
}

/**
 * Revokes valid certificates in the caller's transaction, each with its ledger event and audit
 * event. The status trigger notifies every server process, so verification shows the
 * revocation at once. Returns the certificates that were valid and are now revoked.
 */
export async function revokeCertificates(
  tx: Db,
  deps: { audit: AuditLog },
  actorUserId: string,
  certificateIds: readonly string[],
  revocation: Revocation,
): Promise<CertificateRecord[]> {
  if (certificateIds.length === 0) return [];
  const revoked = await endValidCertificates(tx, certificateIds, {
    status: 'revoked',
    revokedOn: revocation.revokedOn,
    revokedReason: revocation.reason,
    revokedAuthority: revocation.authority,
  });
  if (revoked.length === 0) return [];
  await recordCertificateEvents(tx, deps.audit, actorUserId, revoked, {
    kind: 'revoked',
    action: 'certificate.revoked',
    ledger: {
      reason: revocation.reason,
      authority: revocation.authority,
      data: { revokedOn: revocation.revokedOn },
    },
    audited: (c) => ({ number: c.number, authority: revocation.authority }),
  });
  return revoked;
}
