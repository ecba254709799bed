import { and, desc, eq, isNotNull, isNull, lt, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { deadlines } from '../../db/schema';
import { rowById } from '../../db/table-rows';
import type { DeadlineKind, DeadlineStatus } from '../../domain/deadlines/deadline-kinds';

/** A deadline to store; its kind must be one the sweeper has a handler for. */
export type NewDeadline = Omit<typeof deadlines.$inferInsert, 'kind'> & { kind: DeadlineKind };

export async function scheduleDeadline(db: Db, values: NewDeadline) {
  await db.insert(deadlines).values(values);
}

/**
 * Cancels the open deadlines of a subject (e.g. an application withdrawn mid-publicity), or only
 * those of one kind when a subject has several (an appointment's title due date and its term's
 * reminder). Returns how many it cancelled.
 */
export async function cancelDeadlines(db: Db, subjectId: string, at: Date, kind?: DeadlineKind) {
  const cancelled = await db
    .update(deadlines)
    .set({ processedAt: at, lastError: '已取消' })
    .where(
      and(
        eq(deadlines.subjectId, subjectId),
        isNull(deadlines.processedAt),
        kind ? eq(deadlines.kind, kind) : undefined,
      ),
    )
    .returning({ id: deadlines.id });
  return cancelled.length;
}

/** Neither handled nor given up: the sweeper still owns it. */
const open = and(isNull(deadlines.processedAt), isNull(deadlines.failedAt));

/**
 * Claims one deadline whose period ended before `today`. SKIP LOCKED: another process
 * sweeping at the same moment takes the next row instead of waiting or doubling. Rows that
 * failed in this sweep are skipped until the next one; rows given up are never claimed.
 */
export async function claimDue(db: Db, today: string, skip: readonly number[]) {
  const [row] = await db
    .select()
    .from(deadlines)
    .where(
      and(
        open,
        lt(deadlines.dueOn, today),
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

/**
 * Counts a failed attempt with its error; the attempt that reaches `maxAttempts` marks the row
 * failed, so it stops being retried and shows as failed rather than as still to come.
 * Returns the row as it now is (`failedAt` set when it was given up).
 */
export async function markFailed(db: Db, id: number, error: string, at: Date, maxAttempts: number) {
  const [row] = await db
    .update(deadlines)
    .set({
      lastError: error,
      attempts: sql`${deadlines.attempts} + 1`,
      failedAt: sql`case when ${deadlines.attempts} + 1 >= ${maxAttempts} then ${at.toISOString()}::timestamptz end`,
    })
    .where(eq(deadlines.id, id))
    .returning();
  return row;
}

/** Open deadlines by whether their day has come: `due` ones are being retried, the rest wait. */
export async function openCounts(db: Db, today: string) {
  const [row] = await db
    .select({
      due: sql<number>`count(*) filter (where ${deadlines.dueOn} < ${today})`.mapWith(Number),
      notDue: sql<number>`count(*) filter (where ${deadlines.dueOn} >= ${today})`.mapWith(Number),
    })
    .from(deadlines)
    .where(open);
  return { due: row?.due ?? 0, notDue: row?.notDue ?? 0 };
}

function statusFilter(status: DeadlineStatus) {
  if (status === 'done') return isNotNull(deadlines.processedAt);
  if (status === 'failed') return and(isNull(deadlines.processedAt), isNotNull(deadlines.failedAt));
  return open;
}

/** One page of deadlines in a status: the oldest due first while open, the latest handled first when done. */
export async function listDeadlines(
  db: Db,
  status: DeadlineStatus,
  paging: { page: number; pageSize: number },
) {
  const where = statusFilter(status);
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(deadlines)
      .where(where)
      .orderBy(
        ...(status === 'done'
          ? [desc(deadlines.processedAt), desc(deadlines.id)]
          : [deadlines.dueOn, deadlines.id]),
      )
      .limit(paging.pageSize)
      .offset((paging.page - 1) * paging.pageSize),
    countByStatus(db, status),
  ]);
  return { rows, total };
}

export function countByStatus(db: Db, status: DeadlineStatus) {
  return db.$count(deadlines, statusFilter(status));
}

export function findDeadline(db: Db, id: number) {
  return rowById(db, deadlines, id);
}

/**
 * Hands a given-up deadline back to the sweeper with a fresh set of attempts. Only a row
 * still failed is changed (compare-and-set), so two operators retrying at once change it once.
 */
export async function resetFailed(db: Db, id: number) {
  const [row] = await db
    .update(deadlines)
    .set({ attempts: 0, failedAt: null, lastError: null })
    .where(and(eq(deadlines.id, id), isNull(deadlines.processedAt), isNotNull(deadlines.failedAt)))
    .returning();
  return row;
}
