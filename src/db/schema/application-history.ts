import { bigserial, index, pgTable, text, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { applications } from './applications';
import { instant, requiredRef } from './columns';

/** The timeline: every transition fired, by whom, with its reason. */
export const applicationEvents = pgTable(
  'application_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    applicationId: requiredRef('application_id', () => applications.id),
    event: varchar('event', { length: 40 }).notNull(),
    fromState: varchar('from_state', { length: 24 }),
    toState: varchar('to_state', { length: 24 }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorRole: varchar('actor_role', { length: 24 }),
    actorOrganisationId: uuid('actor_organisation_id'),
    reason: text('reason'),
    occurredAt: instant('occurred_at').notNull(),
  },
  (t) => [index('application_events_application_idx').on(t.applicationId)],
);

/** 个人、单位双承诺: which text (by version and SM3), when, and who signed. */
export const applicationCommitments = pgTable(
  'application_commitments',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    applicationId: requiredRef('application_id', () => applications.id),
    kind: varchar('kind', { length: 16 }).notNull(),
    textVersion: varchar('text_version', { length: 32 }).notNull(),
    textSm3: varchar('text_sm3', { length: 64 }).notNull(),
    signedBy: uuid('signed_by').notNull(),
    organisationId: uuid('organisation_id'),
    signedAt: instant('signed_at').notNull(),
  },
  (t) => [uniqueIndex('application_commitments_kind_idx').on(t.applicationId, t.kind)],
);

export type ApplicationEventRecord = typeof applicationEvents.$inferSelect;
