import type { Db } from '../../db/client';
import type { CertificateRecord } from '../../db/schema';
import type { AuditLog } from '../audit';
import { insertCertificateEvents } from './certificates.repository';

type LedgerEvent = Parameters<typeof insertCertificateEvents>[1][number];

/** One thing that happened to certificates: its ledger kind and audit action, and what each records. */
export interface CertificateEvent {
  kind: string;
  action: string;
  /** The ledger event's facts, the same for every certificate (reason, authority, data). */
  ledger: Omit<LedgerEvent, 'certificateId' | 'kind' | 'actorId'>;
  /** The audit event's data for one certificate (no personal identifiers). */
  audited: (certificate: CertificateRecord) => Record<string, unknown>;
}

/**
 * Writes what happened to each certificate in the caller's transaction, twice: in the
 * certificate's own history (the ledger the holder and verifiers read) and in the audit chain.
 */
export async function recordCertificateEvents(
  tx: Db,
  audit: AuditLog,
  actorUserId: string,
  certificates: readonly CertificateRecord[],
  event: CertificateEvent,
): Promise<void> {
  await insertCertificateEvents(
    tx,
    certificates.map((c) => ({
      ...event.ledger,
      certificateId: c.id,
      kind: event.kind,
      actorId: actorUserId,
    })),
  );
  for (const c of certificates)
    await audit.record(tx, actorUserId, {
      action: event.action,
      entityType: 'certificate',
      entityId: c.id,
      data: event.audited(c),
    });
}
