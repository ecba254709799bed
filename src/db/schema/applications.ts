import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  varchar,
} from 'drizzle-orm/pg-core';
import type { QuotaClaim } from '../../domain/applications/recommender-quotas';
import {
  divisionCode,
  instant,
  instantNow,
  optionalRef,
  requiredRef,
  titleColumns,
  uuidKey,
} from './columns';
import { committees } from './committees';
import { organisations } from './organisations';
import { persons } from './persons';

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
    ...titleColumns(),
    pathway: varchar('pathway', { length: 30 }).notNull(),
    policySet: varchar('policy_set', { length: 40 }).notNull(),
    /** Why that policy set: in force for the date, or the latest one carried forward. */
    policyNote: text('policy_note'),
    employerId: requiredRef('employer_id', () => organisations.id),
    dispatchAgencyId: optionalRef('dispatch_agency_id', () => organisations.id),
    departmentId: optionalRef('department_id', () => organisations.id),
    jurisdictionCode: divisionCode('jurisdiction_code'),
    committeeId: optionalRef('committee_id', () => committees.id),
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

export type ApplicationRecord = typeof applications.$inferSelect;
