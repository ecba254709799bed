import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  text,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import type { QuotaClaim } from '../../domain/applications/recommender-quotas';
import { instant, instantNow, requiredRef, uuidKey } from './columns';
import { committees } from './committees';
import { organisations } from './organisations';
import { persons } from './persons';

/** Numbers applications in order of creation, across processes (申报编号). */
export const applicationNumberSeq = pgSequence('application_number_seq');

/**
 * One application (申报) for one title in one year, with everything the chain of reviewers
 * needs to see: the target, the pathway, the policy set it was judged under, the eligibility
 * result at submission, and who is next. `version` guards against two reviewers acting at once.
 */
export const applications = pgTable(
  'applications',
  {
    id: uuidKey(),
    number: varchar('number', { length: 24 }).notNull().unique(),
    personId: requiredRef('person_id', () => persons.id),
    year: integer('year').notNull(),
    series: varchar('series', { length: 40 }).notNull(),
    level: varchar('level', { length: 20 }).notNull(),
    specialty: varchar('specialty', { length: 50 }).notNull(),
    pathway: varchar('pathway', { length: 30 }).notNull(),
    policySet: varchar('policy_set', { length: 40 }).notNull(),
    /** Why that policy set: in force for the date, or the latest one carried forward. */
    policyNote: text('policy_note'),
    employerId: requiredRef('employer_id', () => organisations.id),
    dispatchAgencyId: uuid('dispatch_agency_id').references(() => organisations.id),
    departmentId: uuid('department_id').references(() => organisations.id),
    jurisdictionCode: varchar('jurisdiction_code', { length: 6 }).notNull(),
    committeeId: uuid('committee_id').references(() => committees.id),
    entrusted: boolean('entrusted').notNull().default(false),
    state: varchar('state', { length: 24 }).notNull(),
    version: integer('version').notNull().default(1),
    eligibility: jsonb('eligibility').notNull(),
    eligible: boolean('eligible').notNull(),
    attachmentIds: jsonb('attachment_ids').$type<string[]>().notNull(),
    /**
     * The achievements naming a recommender or an award, as filed: quotas across applications
     * (举荐人每年限额, 每个奖项仅限1人) are counted from these, not from profiles edited since.
     */
    claims: jsonb('claims').$type<QuotaClaim[]>().notNull().default([]),
    unitPublicityEndsOn: date('unit_publicity_ends_on', { mode: 'string' }),
    dispatchPublicityEndsOn: date('dispatch_publicity_ends_on', { mode: 'string' }),
    resultPublicityEndsOn: date('result_publicity_ends_on', { mode: 'string' }),
    returnedByCommittee: boolean('returned_by_committee').notNull().default(false),
    lastReason: text('last_reason'),
    idempotencyKey: varchar('idempotency_key', { length: 64 }).notNull(),
    /**
     * SM3 of the canonical JSON of the filing request (body and files): the key is bound to
     * it, so the same key with another request is refused rather than answered with this
     * application. Null for applications filed before the digest was kept.
     */
    requestDigest: varchar('request_digest', { length: 64 }),
    submittedAt: instant('submitted_at'),
    createdAt: instantNow('created_at'),
    updatedAt: instantNow('updated_at'),
  },
  (t) => [
    uniqueIndex('applications_idempotency_idx').on(t.personId, t.idempotencyKey),
    // One live application per person, year and series: the same series twice is a duplicate
    // under every policy set (DOMAIN §2). A policy allowing one series a year only (2025-draft
    // #16) is checked at filing; withdrawn or declined applications do not count.
    uniqueIndex('applications_one_per_series_idx')
      .on(t.personId, t.year, t.series)
      .where(sql`state not in ('withdrawn', 'not-recommended')`),
    // Quota lookups by containment (claims @> '[{"kind":…,"recommender":…}]'); few applications
    // name a recommender or award, so only those are indexed.
    index('applications_claims_idx')
      .using('gin', t.claims.op('jsonb_path_ops'))
      .where(sql`claims <> '[]'::jsonb`),
    index('applications_employer_idx').on(t.employerId, t.state),
    index('applications_dispatch_idx').on(t.dispatchAgencyId, t.state),
    index('applications_department_idx').on(t.departmentId, t.state),
    index('applications_committee_idx').on(t.committeeId, t.state),
    index('applications_jurisdiction_idx').on(t.jurisdictionCode, t.state),
  ],
);

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

export type ApplicationRecord = typeof applications.$inferSelect;
export type ApplicationEventRecord = typeof applicationEvents.$inferSelect;
