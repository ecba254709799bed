import { bigserial, date, index, integer, pgTable, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { requiredRef } from './columns';
import { committees } from './committees';
import { experts } from './experts';

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

export type ExpertPoolMemberRecord = typeof expertPoolMembers.$inferSelect;
