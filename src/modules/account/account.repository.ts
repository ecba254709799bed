import { and, desc, eq, isNull, like, ne } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { columnsOf } from '../../db/columns-of';
import { sessions, users } from '../../db/schema';

export async function findAccount(db: Db, userId: string) {
  const [row] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  return row;
}

export async function accountByPhoneHash(db: Db, phoneHash: string) {
  const [row] = await db.select().from(users).where(eq(users.phoneHash, phoneHash)).limit(1);
  return row;
}

export async function setPassword(db: Db, userId: string, passwordHash: string, at: Date) {
  await db
    .update(users)
    .set({ passwordHash, mustChangePassword: false, lockedUntil: null, updatedAt: at })
    .where(eq(users.id, userId));
}

/** The user's sessions that still open something (not replaced by a newer login), newest first. */
export function liveSessionsOfUser(db: Db, userId: string) {
  return db
    .select(columnsOf(sessions, ['tokenHash', 'deviceClass', 'createdAt', 'lastSeenAt']))
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.replacedAt)))
    .orderBy(desc(sessions.lastSeenAt));
}

/** Ends the user's sessions except `keep` (the one making the request), or all of them. */
export async function endSessionsOfUser(db: Db, userId: string, keep: string | null): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(
      keep ? and(eq(sessions.userId, userId), ne(sessions.tokenHash, keep)) : eq(sessions.userId, userId),
    )
    .returning({ tokenHash: sessions.tokenHash });
  return rows.length;
}

/** Ends one of the user's own sessions, named by the prefix of its hash that the list shows. */
export async function endSessionByPrefix(db: Db, userId: string, prefix: string): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), like(sessions.tokenHash, `${prefix}%`)))
    .returning({ tokenHash: sessions.tokenHash });
  return rows.length;
}
