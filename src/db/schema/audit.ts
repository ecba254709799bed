import { sql } from 'drizzle-orm';
import { bigint, bigserial, index, jsonb, pgTable, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/**
 * The append-only audit log (DESIGN rule 6). Events are written in their use case's
 * transaction without a lock; a sealer then links committed events into the chain in
 * order — each hash covers the event's content and the previous hash (SM3) — so any later
 * change or deletion breaks the chain and `bin/zhiping audit verify` finds it. `data` must
 * never hold personal identifiers.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'string' }).notNull(),
    actorUserId: uuid('actor_user_id'),
    action: varchar('action', { length: 64 }).notNull(),
    entityType: varchar('entity_type', { length: 40 }).notNull(),
    entityId: varchar('entity_id', { length: 64 }).notNull(),
    data: jsonb('data').notNull(),
    /** Position in the chain, set when the event is sealed (null until then). */
    chainPos: bigint('chain_pos', { mode: 'number' }).unique(),
    prevHash: varchar('prev_hash', { length: 64 }),
    hash: varchar('hash', { length: 64 }),
  },
  (t) => [
    index('audit_events_entity_idx').on(t.entityType, t.entityId),
    index('audit_events_unsealed_idx').on(t.seq).where(sql`chain_pos is null`),
  ],
);

export type AuditEventRecord = typeof auditEvents.$inferSelect;
