import { eq, sql } from 'drizzle-orm';
import { anyOfPlaceholder } from '../../db/any-of';
import type { Db } from '../../db/client';
import { preparedQuery } from '../../db/prepared-query';
import { sessions, users } from '../../db/schema';

export function findUserByUsername(db: Db, username: string) {
  return db.query.users.findFirst({ where: eq(users.username, username) });
}

/** Counts a failed attempt; returns the new count (row-locked so concurrent failures all count). */
export async function incrementFailedLogins(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .update(users)
    .set({ failedLoginCount: sql`${users.failedLoginCount} + 1` })
    .where(eq(users.id, userId))
    .returning({ count: users.failedLoginCount });
  return row?.count ?? 0;
}

export function lockUser(db: Db, userId: string, until: Date) {
  return db.update(users).set({ lockedUntil: until, failedLoginCount: 0 }).where(eq(users.id, userId));
}

export function recordSuccessfulLogin(db: Db, userId: string, at: Date) {
  return db
    .update(users)
    .set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: at })
    .where(eq(users.id, userId));
}

export function insertSession(db: Db, values: typeof sessions.$inferInsert) {
  return db.insert(sessions).values(values);
}

/**
 * Sessions with their users, in one query for many tokens: this runs on every authenticated
 * request, so requests arriving together share it.
 */
const sessionsWithUsers = preparedQuery((db) =>
  db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(anyOfPlaceholder(sessions.tokenHash, 'hashes')),
);

/** The sessions (with their users) of these token hashes: every request's lookup, built once. */
export function findSessionsWithUsers(db: Db, tokenHashes: readonly string[]) {
  return sessionsWithUsers(db).execute({ hashes: [...tokenHashes] });
}

export function touchSession(db: Db, tokenHash: string, at: Date) {
  return db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.tokenHash, tokenHash));
}

export function deleteSession(db: Db, tokenHash: string) {
  return db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export function deleteSessionsOfUser(db: Db, userId: string) {
  return db.delete(sessions).where(eq(sessions.userId, userId));
}
