import { date, index, pgTable, text, varchar } from 'drizzle-orm/pg-core';
import { divisionCode, instantNow, optionalRef, requiredRef, titleColumns, uuidKey } from './columns';
import { organisations } from './organisations';

/**
 * A professional (专业技术人员) known to the system. The ID number is stored only as
 * SM4 ciphertext plus a keyed SM3 hash for exact-match lookup (DESIGN rule 9).
 */
export const persons = pgTable(
  'persons',
  {
    id: uuidKey(),
    name: varchar('name', { length: 50 }).notNull(),
    gender: varchar('gender', { length: 8 }).notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    idNumberCipher: text('id_number_cipher').notNull(),
    idNumberHash: varchar('id_number_hash', { length: 64 }).notNull().unique(),
    idNumberMasked: varchar('id_number_masked', { length: 18 }).notNull(),
    organisationId: optionalRef('organisation_id', () => organisations.id),
    jurisdictionCode: divisionCode('jurisdiction_code'),
    createdAt: instantNow('created_at'),
  },
  (t) => [
    index('persons_organisation_idx').on(t.organisationId),
    index('persons_jurisdiction_idx').on(t.jurisdictionCode),
  ],
);

/** Titles a person already holds (obtained by review, exam, recognition or qualification). */
export const personTitles = pgTable(
  'person_titles',
  {
    id: uuidKey(),
    personId: requiredRef('person_id', () => persons.id),
    ...titleColumns(),
    obtainedOn: date('obtained_on', { mode: 'string' }).notNull(),
    via: varchar('via', { length: 20 }).notNull(),
  },
  (t) => [index('person_titles_person_idx').on(t.personId)],
);

export type PersonRecord = typeof persons.$inferSelect;
export type PersonTitleRecord = typeof personTitles.$inferSelect;
