import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { applicantProfiles, persons, users } from '../../db/schema';

export async function personIdOfUser(db: Db, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ personId: users.personId })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row?.personId ?? null;
}

export function findProfile(db: Db, personId: string) {
  return db.query.applicantProfiles.findFirst({ where: eq(applicantProfiles.personId, personId) });
}

export function upsertProfile(db: Db, values: typeof applicantProfiles.$inferInsert) {
  return db
    .insert(applicantProfiles)
    .values(values)
    .onConflictDoUpdate({
      target: applicantProfiles.personId,
      set: { data: values.data, updatedAt: values.updatedAt, updatedBy: values.updatedBy },
    })
    .returning();
}

/** The professional an account belongs to, in one query. */
export async function personOfUser(db: Db, userId: string) {
  const [row] = await db
    .select({ person: persons })
    .from(users)
    .innerJoin(persons, eq(persons.id, users.personId))
    .where(eq(users.id, userId))
    .limit(1);
  return row?.person;
}
