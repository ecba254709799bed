import { date, index, integer, jsonb, pgTable, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { divisionCode, instant, instantNow, optionalRef, requiredRef, uuidKey } from './columns';
import { organisations } from './organisations';

/**
 * A review committee (评审委员会) in the registry (目录清单): its office, its level, and the
 * scope it may review — series, levels, specialties (empty = every specialty of the series)
 * and the region whose applicants it serves. Applications are routed by this scope.
 */
export const committees = pgTable(
  'committees',
  {
    id: uuidKey(),
    name: varchar('name', { length: 100 }).notNull().unique(),
    /** A small number of its own: the committee's three digits in certificate numbers. */
    serial: integer('serial').notNull().generatedAlwaysAsIdentity({ startWith: 1 }),
    officeOrganisationId: requiredRef('office_organisation_id', () => organisations.id),
    /** provincial | city | county | self-review */
    tier: varchar('tier', { length: 16 }).notNull(),
    series: varchar('series', { length: 40 }).notNull(),
    levels: jsonb('levels').$type<string[]>().notNull(),
    specialties: jsonb('specialties').$type<string[]>().notNull(),
    regionCode: divisionCode('region_code'),
    /** active | suspended | revoked (DOMAIN §6); a suspended or revoked committee holds no session. */
    status: varchar('status', { length: 16 }).notNull().default('active'),
    statusReason: text('status_reason'),
    approvedOn: date('approved_on', { mode: 'string' }).notNull(),
    /** Approval and filing are valid for at most 3 years (parameter committee.approvalYears). */
    validUntil: date('valid_until', { mode: 'string' }).notNull(),
    /** 组建单位: the body that set the committee up. */
    organiser: varchar('organiser', { length: 100 }).notNull().default(''),
    /** government | industry | self-review | social (DOMAIN §6) */
    kind: varchar('kind', { length: 16 }).notNull().default('government'),
    /** series | specialty: a senior committee needs ≥25 members by series, ≥11 by specialty. */
    organisedBy: varchar('organised_by', { length: 16 }).notNull().default('series'),
    approvalNumber: varchar('approval_number', { length: 60 }).notNull().default(''),
    /** 专业组: how specialties are grouped for the stratified draw; empty = one group per specialty. */
    specialtyGroups: jsonb('specialty_groups')
      .$type<{ name: string; specialties: string[] }[]>()
      .notNull()
      .default([]),
    /** For a self-review unit's own committee: the unit granted it. */
    selfReviewUnitId: optionalRef('self_review_unit_id', () => organisations.id),
    createdAt: instantNow('created_at'),
  },
  (t) => [
    index('committees_office_idx').on(t.officeOrganisationId),
    index('committees_series_idx').on(t.series),
  ],
);

export type CommitteeRecord = typeof committees.$inferSelect;

/**
 * An employer's application to review its own staff (自主评审): for the current year it must be
 * filed by 30 June (anshan-2023 八, liaoyang-2023 十); the HR bureau approves or rejects it, and an
 * approval registers the unit's committee.
 */
export const selfReviewApplications = pgTable(
  'self_review_applications',
  {
    id: uuidKey(),
    organisationId: requiredRef('organisation_id', () => organisations.id),
    year: integer('year').notNull(),
    series: varchar('series', { length: 40 }).notNull(),
    levels: jsonb('levels').$type<string[]>().notNull(),
    specialties: jsonb('specialties').$type<string[]>().notNull(),
    reason: text('reason').notNull(),
    /** pending | approved | rejected */
    status: varchar('status', { length: 16 }).notNull().default('pending'),
    decisionNote: text('decision_note'),
    decidedBy: uuid('decided_by'),
    decidedAt: instant('decided_at'),
    committeeId: optionalRef('committee_id', () => committees.id),
    submittedBy: uuid('submitted_by').notNull(),
    submittedAt: instant('submitted_at').notNull(),
  },
  (t) => [index('self_review_applications_org_idx').on(t.organisationId, t.year)],
);

export type SelfReviewApplicationRecord = typeof selfReviewApplications.$inferSelect;
