import { eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { loginFailures } from '../../db/schema';

/** The failure counter of a login name (by its keyed hash), if one is kept. */
export async function findLoginFailures(db: Db, nameHash: string) {
  const [row] = await db.select().from(loginFailures).where(eq(loginFailures.nameHash, nameHash));
  return row;
}

/**
 * Counts a failed attempt on a name and returns the new count, in one statement, so that
 * concurrent failures all count. A counter past its `forgetAt` starts again from one, as if
 * its row had already been deleted. `forgetAt` moves to `forgetAt` given, or the end of a
 * running lock if that is later.
 */
export async function countLoginFailure(db: Db, nameHash: string, at: Date, forgetAt: Date): Promise<number> {
  const [row] = await db
    .insert(loginFailures)
    .values({ nameHash, failures: 1, lastFailedAt: at, lockedUntil: null, forgetAt })
    .onConflictDoUpdate({
      target: loginFailures.nameHash,
      set: {
        failures: sql`case when ${loginFailures.forgetAt} <= ${at.toISOString()}::timestamptz then 1
          else ${loginFailures.failures} + 1 end`,
        lastFailedAt: at,
        forgetAt: sql`greatest(excluded.forget_at, ${loginFailures.lockedUntil})`,
      },
    })
    .returning({ failures: loginFailures.failures });
  return row!.failures;
}

/** Locks a name until `until`; its count starts again when the lock ends. */
export function lockLoginName(db: Db, nameHash: string, until: Date) {
  return db
    .update(loginFailures)
    .set({
      failures: 0,
      lockedUntil: until,
      forgetAt: sql`greatest(${loginFailures.forgetAt}, ${until.toISOString()}::timestamptz)`,
    })
    .where(eq(loginFailures.nameHash, nameHash));
}

/** Forgets a name's failures and lock: after a successful login, or an admin's unlock. */
export function clearLoginFailures(db: Db, nameHash: string) {
  return db.delete(loginFailures).where(eq(loginFailures.nameHash, nameHash));
}

/** Deletes the counters that no longer matter; returns how many. */
export async function forgetLoginFailures(db: Db, now: Date): Promise<number> {
  const gone = await db
    .delete(loginFailures)
    .where(lt(loginFailures.forgetAt, now))
    .returning({ nameHash: loginFailures.nameHash });
  return gone.length;
}
