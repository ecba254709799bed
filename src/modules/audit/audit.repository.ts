import { and, asc, desc, eq, gt, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { insertRows } from '../../db/insert-rows';
import type { PendingInsert } from '../../db/insert-together';
import { auditEvents } from '../../db/schema';
import { type AuditContent, chainHash, GENESIS_HASH } from './audit-chain';

/** Any number; it only has to be the same for every sealer of the chain. */
const AUDIT_SEAL_LOCK = 7_270_001;

/**
 * The insert appending events in the given order, in one statement, not yet run; it runs in
 * the caller's transaction. No lock: concurrent use cases never wait for each other here; the
 * events join the chain when they are sealed after their commit.
 */
export function auditEventsInsert(tx: Db, contents: readonly AuditContent[]): PendingInsert {
  if (contents.length === 0) return null;
  return insertRows(
    tx,
    auditEvents,
    contents.map((content) => ({ ...content, data: content.data ?? {} })),
  );
}

/**
 * Links committed, unsealed events into the chain in their write order, up to `limit` at a
 * time. Sealers take turns under an advisory lock, so two can never link to the same
 * predecessor; an event committed late simply joins a later seal.
 */
export async function sealAuditEvents(db: Db, limit: number): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_SEAL_LOCK})`);
    const pending = await tx
      .select()
      .from(auditEvents)
      .where(isNull(auditEvents.chainPos))
      .orderBy(asc(auditEvents.seq))
      .limit(limit);
    if (pending.length === 0) return 0;
    const [last] = await tx
      .select({ hash: auditEvents.hash, chainPos: auditEvents.chainPos })
      .from(auditEvents)
      .where(isNotNull(auditEvents.chainPos))
      .orderBy(desc(auditEvents.chainPos))
      .limit(1);
    let prevHash = last?.hash ?? GENESIS_HASH;
    let position = last?.chainPos ?? 0;
    const links = pending.map((row) => {
      position += 1;
      const hash = chainHash(prevHash, row);
      const link = { seq: row.seq, chainPos: position, prevHash, hash };
      prevHash = hash;
      return link;
    });
    await tx.execute(sql`
      update audit_events as e
         set chain_pos = l."chainPos", prev_hash = l."prevHash", hash = l.hash
        from jsonb_to_recordset(${JSON.stringify(links)}::jsonb)
             as l(seq bigint, "chainPos" bigint, "prevHash" text, hash text)
       where e.seq = l.seq`);
    return links.length;
  });
}

/** Sealed events in chain order, a page at a time (the chain may be long). */
export function readAuditPage(db: Db, afterPos: number, limit: number) {
  return db
    .select()
    .from(auditEvents)
    .where(gt(auditEvents.chainPos, afterPos))
    .orderBy(asc(auditEvents.chainPos))
    .limit(limit);
}

export function unsealedCount(db: Db) {
  return db.$count(auditEvents, isNull(auditEvents.chainPos));
}

/** The data of the first event of this action on this entity, if any (a digest sealed with it). */
export async function firstEventData(
  db: Db,
  event: { action: string; entityType: string; entityId: string },
): Promise<unknown> {
  const [first] = await db
    .select({ data: auditEvents.data })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.action, event.action),
        eq(auditEvents.entityType, event.entityType),
        eq(auditEvents.entityId, event.entityId),
      ),
    )
    .limit(1);
  return first?.data;
}
