import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { committees } from '../../db/schema';

export function listCommittees(db: Db) {
  return db.select().from(committees).orderBy(asc(committees.regionCode), asc(committees.name));
}

export function findCommittee(db: Db, id: string) {
  return db.query.committees.findFirst({ where: eq(committees.id, id) });
}

export async function insertCommittee(db: Db, values: typeof committees.$inferInsert) {
  const [row] = await db.insert(committees).values(values).returning();
  return row!;
}
