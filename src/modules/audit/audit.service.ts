import type { Db } from '../../db/client';
import { insertTogether, type PendingInsert } from '../../db/insert-together';
import type { Clock } from '../../platform/clock';
import { auditEventsInsert, readAuditPage, sealAuditEvents, unsealedCount } from './audit.repository';
import { chainHash, GENESIS_HASH } from './audit-chain';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  /** What changed, without personal identifiers. */
  data?: Record<string, unknown>;
}

export interface AuditLog {
  /** Records an event in the caller's transaction; the actor is null for system actions. */
  record(tx: Db, actorUserId: string | null, entry: AuditEntry): Promise<void>;
  /** Records many events, in order, in one statement (a batch of filings). */
  recordAll(tx: Db, events: readonly ActorEntry[]): Promise<void>;
  /** The insert of these events, not yet run: to go with other inserts (insertTogether). */
  prepareAll(tx: Db, events: readonly ActorEntry[]): PendingInsert;
}

/**
 * What every service that changes state is given: the database its transactions run on, the
 * clock that stamps each change, and the audit log that records it in the same transaction.
 */
export interface StateChangeDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
}

/** An event and who caused it (null for the system). */
type ActorEntry = { actorUserId: string | null; entry: AuditEntry };

export function createAuditLog(deps: { clock: Clock }): AuditLog {
  const prepareAll: AuditLog['prepareAll'] = (tx, events) => {
    const occurredAt = deps.clock.now().toISOString();
    return auditEventsInsert(
      tx,
      events.map(({ actorUserId, entry }) => ({
        occurredAt,
        actorUserId,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId,
        data: entry.data,
      })),
    );
  };
  const recordAll: AuditLog['recordAll'] = (tx, events) => insertTogether(tx, [prepareAll(tx, events)]);
  return {
    record: (tx, actorUserId, entry) => recordAll(tx, [{ actorUserId, entry }]),
    recordAll,
    prepareAll,
  };
}

export type AuditVerification =
  | { ok: true; events: number; unsealed: number }
  | { ok: false; events: number; brokenAtSeq: number; reason: string };

/** Seals every committed event not yet in the chain; returns how many joined it. */
export async function sealAuditChain(db: Db): Promise<number> {
  let sealed = 0;
  for (let batch = await sealAuditEvents(db, 5000); batch > 0; batch = await sealAuditEvents(db, 5000))
    sealed += batch;
  return sealed;
}

/**
 * Walks the whole sealed chain and reports the first event whose link or content does not
 * match. Events not yet sealed are counted, not judged: seal first to cover them.
 */
export async function verifyAuditChain(db: Db): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  let afterPos = 0;
  let count = 0;
  for (;;) {
    const page = await readAuditPage(db, afterPos, 1000);
    if (page.length === 0) return { ok: true, events: count, unsealed: await unsealedCount(db) };
    for (const row of page) {
      if (row.prevHash !== prevHash || row.chainPos !== afterPos + 1) {
        return {
          ok: false,
          events: count,
          brokenAtSeq: row.seq,
          reason: '与前一条记录的链接不符（记录被删除或插入）',
        };
      }
      if (chainHash(prevHash, row) !== row.hash) {
        return {
          ok: false,
          events: count,
          brokenAtSeq: row.seq,
          reason: '记录内容与其哈希不符（记录被修改）',
        };
      }
      prevHash = row.hash;
      afterPos = row.chainPos;
      count += 1;
    }
  }
}
