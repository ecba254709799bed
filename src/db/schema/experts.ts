import { boolean, date, index, jsonb, pgTable, varchar } from 'drizzle-orm/pg-core';
import { divisionCode, instantNow, optionalRef, titleColumns, uuidKey } from './columns';
import { organisations } from './organisations';
import { users } from './users';

/**
 * A review expert (评审专家): title, specialty, unit (now and before, for recusal), region,
 * private-sector flag and a term of at most 3 years. An account links the expert to the
 * expert portal.
 */
export const experts = pgTable(
  'experts',
  {
    id: uuidKey(),
    name: varchar('name', { length: 50 }).notNull(),
    userId: optionalRef('user_id', () => users.id),
    ...titleColumns(),
    unitOrganisationId: optionalRef('unit_organisation_id', () => organisations.id),
    unitName: varchar('unit_name', { length: 100 }).notNull(),
    /** Earlier units, for the same-unit look-back of recusal. */
    unitHistory: jsonb('unit_history')
      .$type<{ unitId: string; unitName: string; from: string; to: string | null }[]>()
      .notNull()
      .default([]),
    regionCode: divisionCode('region_code'),
    privateSector: boolean('private_sector').notNull().default(false),
    termFrom: date('term_from', { mode: 'string' }).notNull(),
    termTo: date('term_to', { mode: 'string' }).notNull(),
    /** active | suspended */
    status: varchar('status', { length: 16 }).notNull().default('active'),
    /** Keyed SM3 of the ID number: the Excel import is idempotent on it. */
    idNumberHash: varchar('id_number_hash', { length: 64 }).unique(),
    createdAt: instantNow('created_at'),
  },
  (t) => [index('experts_specialty_idx').on(t.series, t.specialty), index('experts_user_idx').on(t.userId)],
);

export type ExpertRecord = typeof experts.$inferSelect;
