import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { phoneCodes } from '../../db/schema';

export function sendsSince(db: Db, phoneHash: string, purpose: string, since: Date) {
  return db
    .select({ sentAt: phoneCodes.sentAt })
    .from(phoneCodes)
    .where(
      and(eq(phoneCodes.phoneHash, phoneHash), eq(phoneCodes.purpose, purpose), gt(phoneCodes.sentAt, since)),
    );
}

export async function insertCode(db: Db, values: typeof phoneCodes.$inferInsert) {
  await db.insert(phoneCodes).values(values);
}

/** The newest code for the number and purpose: a new code supersedes the older ones. */
export async function latestCode(db: Db, phoneHash: string, purpose: string) {
  const [row] = await db
    .select()
    .from(phoneCodes)
    .where(and(eq(phoneCodes.phoneHash, phoneHash), eq(phoneCodes.purpose, purpose)))
    .orderBy(desc(phoneCodes.sentAt))
    .limit(1);
  return row;
}

export async function countAttempt(db: Db, id: string) {
  await db
    .update(phoneCodes)
    .set({ attempts: sql`${phoneCodes.attempts} + 1` })
    .where(eq(phoneCodes.id, id));
}

/** Marks the code used; false when another request used it first. */
export async function spendCode(db: Db, id: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(phoneCodes)
    .set({ usedAt: at })
    .where(and(eq(phoneCodes.id, id), isNull(phoneCodes.usedAt)))
    .returning({ id: phoneCodes.id });
  return rows.length === 1;
}

/** Codes older than a day say nothing any more (sends are counted over 24 hours). */
export async function deleteCodesBefore(db: Db, before: Date): Promise<number> {
  const gone = await db
    .delete(phoneCodes)
    .where(sql`${phoneCodes.sentAt} < ${before}`)
    .returning({ id: phoneCodes.id });
  return gone.length;
}
