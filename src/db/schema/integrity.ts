import { boolean, date, index, integer, jsonb, pgTable, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { divisionCode, handledColumns, instantNow, optionalRef, uuidKey } from './columns';
import { organisations } from './organisations';

/**
 * The integrity archive (诚信档案库): a fraud finding (弄虚作假) recorded by an HR bureau with its
 * evidence and decision number. It revokes the titles obtained by fraud and bans applications
 * until `bannedUntil` (national: 3 years, parameter fraud.banYears). The person is found by the
 * keyed hash of the ID number, so the ban holds whether or not they have an account.
 */
export const fraudFindings = pgTable(
  'fraud_findings',
  {
    id: uuidKey(),
    personName: varchar('person_name', { length: 50 }).notNull(),
    personIdCipher: text('person_id_cipher').notNull(),
    personIdHash: varchar('person_id_hash', { length: 64 }).notNull(),
    personIdMasked: varchar('person_id_masked', { length: 18 }).notNull(),
    regionCode: divisionCode('region_code'),
    authorityOrganisationId: optionalRef('authority_organisation_id', () => organisations.id),
    authorityName: varchar('authority_name', { length: 100 }).notNull(),
    decisionNumber: varchar('decision_number', { length: 60 }).notNull(),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    facts: text('facts').notNull(),
    evidence: text('evidence').notNull(),
    banYears: integer('ban_years').notNull(),
    bannedUntil: date('banned_until', { mode: 'string' }).notNull(),
    citation: jsonb('citation').$type<{ document: string; clause: string }>().notNull(),
    revokedCertificates: jsonb('revoked_certificates').$type<string[]>().notNull().default([]),
    recordedBy: uuid('recorded_by').notNull(),
    recordedAt: instantNow('recorded_at'),
  },
  (t) => [
    index('fraud_findings_person_idx').on(t.personIdHash),
    index('fraud_findings_region_idx').on(t.regionCode, t.decidedOn),
  ],
);

export type FraudFindingRecord = typeof fraudFindings.$inferSelect;

/**
 * A complaint or report (投诉举报): real name and contact are required (jilin-2022 四(五)); a
 * malicious false report is flagged with its sanction. status: open | resolved
 */
export const complaints = pgTable(
  'complaints',
  {
    id: uuidKey(),
    complainantName: varchar('complainant_name', { length: 50 }).notNull(),
    complainantPhoneCipher: text('complainant_phone_cipher').notNull(),
    complainantPhoneMasked: varchar('complainant_phone_masked', { length: 20 }).notNull(),
    regionCode: divisionCode('region_code'),
    /** What it is about: a certificate number, an application number or a person's name. */
    subject: varchar('subject', { length: 100 }).notNull(),
    content: text('content').notNull(),
    status: varchar('status', { length: 12 }).notNull().default('open'),
    outcome: text('outcome'),
    malicious: boolean('malicious').notNull().default(false),
    sanction: text('sanction'),
    ...handledColumns(),
    submittedBy: uuid('submitted_by'),
    submittedAt: instantNow('submitted_at'),
  },
  (t) => [index('complaints_region_idx').on(t.regionCode, t.status)],
);

export type ComplaintRecord = typeof complaints.$inferSelect;
