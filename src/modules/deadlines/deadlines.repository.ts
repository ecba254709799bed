import { and, eq, isNull, lt, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { deadlines } from '../../db/schema';

export async function scheduleDeadline(db: Db, values: typeof deadlines.$inferInsert) {
  await db.insert(deadlines).values(values);
}

/** Cancels the open deadlines of a subject (e.g. an application withdrawn mid-publicity). */
export async function cancelDeadlines(db: Db, subjectId: string, at: Date) {
  await db
    .update(deadlines)
    .set({ processedAt: at, lastError: '已取消' })
    .where(and(eq(deadlines.subjectId, subjectId), isNull(deadlines.processedAt)));
}

/**
 * Claims one deadline whose period ended before `today`. SKIP LOCKED: another process
 * sweeping at the same moment takes the next row instead of waiting or doubling. Rows that
 * failed in this sweep are skipped until the next one.
 */
export async function claimDue(db: Db, today: string, skip: readonly number[]) {
  const [row] = await db
    .select()
    .from(deadlines)
    .where(
      and(
        isNull(deadlines.processedAt),
        lt(deadlines.dueOn, today),
        sql`${deadlines.attempts} < 5`,
        skip.length > 0 ? notInArray(deadlines.id, [...skip]) : undefined,
      ),
    )
    .orderBy(deadlines.dueOn, deadlines.id)
    .limit(1)
    .for('update', { skipLocked: true });
  return row;
}

export async function markProcessed(db: Db, id: number, at: Date) {
  await db
    .update(deadlines)
    .set({ processedAt: at, attempts: sql`${deadlines.attempts} + 1` })
    .where(eq(deadlines.id, id));
}

export async function markFailed(db: Db, id: number, error: string) {
  await db
    .update(deadlines)
    .set({ lastError: error, attempts: sql`${deadlines.attempts} + 1` })
    .where(eq(deadlines.id, id));
}

export function pendingCount(db: Db) {
  return db.$count(deadlines, isNull(deadlines.processedAt));
}
