import { asc, desc, gt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditEvents } from '../../db/schema';
import { type AuditContent, chainHash, GENESIS_HASH } from './audit-chain';

/** Any number; it only has to be the same for every writer of the chain. */
const AUDIT_CHAIN_LOCK = 7_270_001;

/**
 * Appends one event inside the caller's transaction. The advisory lock serialises writers
 * of the chain until commit, so two transactions can never link to the same predecessor.
 * Call it last in a transaction to hold the lock as briefly as possible.
 */
export async function appendAuditEvent(tx: Db, content: AuditContent): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx
    .select({ hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const prevHash = last?.hash ?? GENESIS_HASH;
  await tx
    .insert(auditEvents)
    .values({ ...content, data: content.data ?? {}, prevHash, hash: chainHash(prevHash, content) });
}

/** Events in chain order, a page at a time (the chain may be long). */
export function readAuditPage(db: Db, afterSeq: number, limit: number) {
  return db
    .select()
    .from(auditEvents)
    .where(gt(auditEvents.seq, afterSeq))
    .orderBy(asc(auditEvents.seq))
    .limit(limit);
}
