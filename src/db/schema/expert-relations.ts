import { bigserial, pgTable, text, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { instant, requiredRef } from './columns';
import { experts } from './experts';
import { persons } from './persons';

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

export type ExpertRelationRecord = typeof expertRelations.$inferSelect;
