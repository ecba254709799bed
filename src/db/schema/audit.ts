import { bigserial, index, jsonb, pgTable, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/**
 * The append-only audit log (DESIGN rule 6). Each row's hash covers its content and the
 * previous row's hash (SM3), so any change or deletion breaks the chain and
 * `bin/zhiping audit verify` finds it. `data` must never hold personal identifiers.
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
    prevHash: varchar('prev_hash', { length: 64 }).notNull(),
    hash: varchar('hash', { length: 64 }).notNull(),
  },
  (t) => [index('audit_events_entity_idx').on(t.entityType, t.entityId)],
);

export type AuditEventRecord = typeof auditEvents.$inferSelect;
