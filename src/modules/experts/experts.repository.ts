import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { expertPoolMembers, expertRelations, experts, persons } from '../../db/schema';
import { insertReturning, rowById } from '../../db/table-rows';

export function insertExpert(db: Db, values: typeof experts.$inferInsert) {
  return insertReturning(db, experts, values);
}

/** Creates or refreshes an expert keyed by the ID number's keyed hash (the import is idempotent). */
export async function upsertExpertByIdHash(db: Db, values: typeof experts.$inferInsert) {
  const { id: _id, createdAt: _c, ...update } = values;
  const [row] = await db
    .insert(experts)
    .values(values)
    .onConflictDoUpdate({ target: experts.idNumberHash, set: update })
    .returning();
  return row!;
}

export function findExpert(db: Db, id: string) {
  return rowById(db, experts, id);
}

export function listExperts(db: Db) {
  return db.select().from(experts).orderBy(asc(experts.series), asc(experts.specialty), asc(experts.name));
}

export function poolMembersOf(db: Db, committeeId: string, year: number) {
  return db
    .select()
    .from(expertPoolMembers)
    .where(and(eq(expertPoolMembers.committeeId, committeeId), eq(expertPoolMembers.year, year)));
}

/** Adds the expert to the year's pool; false if already a member. */
export async function addPoolMember(db: Db, values: typeof expertPoolMembers.$inferInsert) {
  const rows = await db.insert(expertPoolMembers).values(values).onConflictDoNothing().returning();
  return rows.length === 1;
}

export async function removePoolMember(db: Db, committeeId: string, year: number, expertId: string) {
  const rows = await db
    .delete(expertPoolMembers)
    .where(
      and(
        eq(expertPoolMembers.committeeId, committeeId),
        eq(expertPoolMembers.year, year),
        eq(expertPoolMembers.expertId, expertId),
      ),
    )
    .returning();
  return rows.length === 1;
}

export async function insertRelation(db: Db, values: typeof expertRelations.$inferInsert) {
  const rows = await db.insert(expertRelations).values(values).onConflictDoNothing().returning();
  return rows[0];
}

export function relationsOfExperts(db: Db, expertIds: string[]) {
  if (expertIds.length === 0) return Promise.resolve([]);
  return db
    .select({ relation: expertRelations, personName: persons.name })
    .from(expertRelations)
    .innerJoin(persons, eq(persons.id, expertRelations.personId))
    .where(inArray(expertRelations.expertId, expertIds));
}

export async function personByIdHash(db: Db, idNumberHash: string) {
  const [row] = await db.select().from(persons).where(eq(persons.idNumberHash, idNumberHash)).limit(1);
  return row;
}

export function poolMembersOfCommittees(db: Db, committeeIds: string[]) {
  if (committeeIds.length === 0) return Promise.resolve([]);
  return db
    .select({ expertId: expertPoolMembers.expertId })
    .from(expertPoolMembers)
    .where(inArray(expertPoolMembers.committeeId, committeeIds));
}

export function linkAccount(db: Db, expertId: string, userId: string) {
  return db.update(experts).set({ userId }).where(eq(experts.id, expertId));
}
