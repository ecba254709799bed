import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { persons, users } from '../../db/schema';
import { insertReturning } from '../../db/table-rows';

export async function personByIdHash(db: Db, idNumberHash: string) {
  const [row] = await db.select().from(persons).where(eq(persons.idNumberHash, idNumberHash)).limit(1);
  return row;
}

/** Whether an account is already linked to the person (an account is one person's, and a person has one). */
export async function accountOfPerson(db: Db, personId: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.personId, personId)).limit(1);
  return row;
}

export async function usernameTaken(db: Db, username: string): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username)).limit(1);
  return row !== undefined;
}

export function insertPerson(db: Db, values: typeof persons.$inferInsert) {
  return insertReturning(db, persons, values);
}

export async function insertAccount(db: Db, values: typeof users.$inferInsert) {
  const [row] = await db.insert(users).values(values).returning({ id: users.id, username: users.username });
  return row!;
}
