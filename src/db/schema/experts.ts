import { boolean, date, index, integer, jsonb, pgTable, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { instantNow, optionalRef, requiredRef, serialKey, titleColumns, uuidKey } from './columns';
import { committees } from './committees';
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
    regionCode: varchar('region_code', { length: 6 }).notNull(),
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

/**
 * Membership of a committee's expert pool (专家库) for a year, in a specialty group. Changes to
 * the year's pool close on 30 June (anshan-2023 九, liaoyang-2023 十一); only members may sit.
 */
export const expertPoolMembers = pgTable(
  'expert_pool_members',
  {
    id: serialKey(),
    committeeId: requiredRef('committee_id', () => committees.id),
    expertId: requiredRef('expert_id', () => experts.id),
    year: integer('year').notNull(),
    group: varchar('group', { length: 50 }).notNull(),
    addedOn: date('added_on', { mode: 'string' }).notNull(),
  },
  (t) => [
    uniqueIndex('expert_pool_members_unique_idx').on(t.committeeId, t.year, t.expertId),
    index('expert_pool_members_expert_idx').on(t.expertId),
  ],
);

export type ExpertRecord = typeof experts.$inferSelect;
export type ExpertPoolMemberRecord = typeof expertPoolMembers.$inferSelect;
