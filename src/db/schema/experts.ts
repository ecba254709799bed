import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { instant, instantNow, requiredRef, uuidKey } from './columns';
import { committees } from './committees';
import { organisations } from './organisations';
import { persons } from './persons';
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
    userId: uuid('user_id').references(() => users.id),
    series: varchar('series', { length: 40 }).notNull(),
    level: varchar('level', { length: 20 }).notNull(),
    specialty: varchar('specialty', { length: 50 }).notNull(),
    unitOrganisationId: uuid('unit_organisation_id').references(() => organisations.id),
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
    id: bigserial('id', { mode: 'number' }).primaryKey(),
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

/**
 * A relation an expert declared (or the office recorded) with a person — relative,
 * supervisor, student, co-author or another conflict: the draw recuses the expert from that
 * person's group.
 */
export const expertRelations = pgTable(
  'expert_relations',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    expertId: requiredRef('expert_id', () => experts.id),
    personId: requiredRef('person_id', () => persons.id),
    /** relative | supervisor | student | co-author | declared-conflict */
    kind: varchar('kind', { length: 20 }).notNull(),
    note: text('note'),
    declaredBy: uuid('declared_by').notNull(),
    declaredAt: instant('declared_at').notNull(),
  },
  (t) => [uniqueIndex('expert_relations_unique_idx').on(t.expertId, t.personId, t.kind)],
);

export type ExpertRecord = typeof experts.$inferSelect;
export type ExpertPoolMemberRecord = typeof expertPoolMembers.$inferSelect;
export type ExpertRelationRecord = typeof expertRelations.$inferSelect;
