import { eq } from 'drizzle-orm';
import { anyOf, anyOfPlaceholder } from '../../db/any-of';
import type { Db } from '../../db/client';
import { preparedQuery } from '../../db/prepared-query';
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

/** The professional (person id) of each of many accounts that has one, in one query. */
export async function personIdsOfUsers(db: Db, userIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await db
    .select({ userId: users.id, personId: users.personId })
    .from(users)
    .where(anyOf(users.id, userIds));
  return new Map(rows.flatMap((r) => (r.personId ? [[r.userId, r.personId] as const] : [])));
}

/** The professionals of many accounts, in one query: filing in batches reads them together. */
const personsByUser = preparedQuery((db) =>
  db
    .select({ userId: users.id, person: persons })
    .from(users)
    .innerJoin(persons, eq(persons.id, users.personId))
    .where(anyOfPlaceholder(users.id, 'userIds')),
);

export function personsOfUsers(db: Db, userIds: readonly string[]) {
  return personsByUser(db).execute({ userIds: [...userIds] });
}

/** The saved profiles of many people, in one query. */
export function findProfiles(db: Db, personIds: readonly string[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return profilesOf(db).execute({ personIds: [...personIds] });
}

const profilesOf = preparedQuery((db) =>
  db.select().from(applicantProfiles).where(anyOfPlaceholder(applicantProfiles.personId, 'personIds')),
);
