import { bigserial, index, jsonb, pgTable, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { certificates } from './certificates';
import { instantNow, requiredRef } from './columns';

/** The ledger's history of each certificate: issued, replaced, voided, revoked. */
export const certificateEvents = pgTable(
  'certificate_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    certificateId: requiredRef('certificate_id', () => certificates.id),
    kind: varchar('kind', { length: 16 }).notNull(),
    reason: text('reason'),
    authority: varchar('authority', { length: 100 }),
    actorId: uuid('actor_id'),
    /** Facts of the event, each a text or null: announcementNumber, newNumber, oldNumber, revokedOn. */
    data: jsonb('data').$type<Record<string, string | null>>().notNull().default({}),
    at: instantNow('at'),
  },
  (t) => [index('certificate_events_certificate_idx').on(t.certificateId, t.id)],
);
