import { and, desc, eq, inArray, isNotNull, isNull, lt } from 'drizzle-orm';
import { anyOfPlaceholder } from '../../db/any-of';
import type { Db } from '../../db/client';
import { preparedQuery } from '../../db/prepared-query';
import { sessions, users } from '../../db/schema';

export function findUserByUsername(db: Db, username: string) {
  return db.query.users.findFirst({ where: eq(users.username, username) });
}

/** Mirrors the lock of the account's login name on the account, where admins see it. */
export function lockUser(db: Db, userId: string, until: Date) {
  return db.update(users).set({ lockedUntil: until }).where(eq(users.id, userId));
}

/**
 * Also takes the user's row lock for the rest of the login's transaction, so two logins of
 * one user run one after the other and the second sees the first's session when it counts.
 */
export function recordSuccessfulLogin(db: Db, userId: string, at: Date) {
  return db.update(users).set({ lockedUntil: null, lastLoginAt: at }).where(eq(users.id, userId));
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

/** The user's sessions on one class of device that no newer login has replaced, newest first. */
export function liveSessionsOf(db: Db, userId: string, deviceClass: string) {
  return db
    .select({ tokenHash: sessions.tokenHash })
    .from(sessions)
    .where(
      and(eq(sessions.userId, userId), eq(sessions.deviceClass, deviceClass), isNull(sessions.replacedAt)),
    )
    .orderBy(desc(sessions.createdAt), desc(sessions.lastSeenAt), desc(sessions.tokenHash));
}

/** Marks sessions as replaced by a newer login: their cookies are refused from now on. */
export function markSessionsReplaced(db: Db, tokenHashes: readonly string[], at: Date) {
  return db
    .update(sessions)
    .set({ replacedAt: at })
    .where(inArray(sessions.tokenHash, [...tokenHashes]));
}

/** Deletes replaced sessions last used before `idleSince`: by now they would have timed out anyway. */
export async function deleteStaleReplacedSessions(db: Db, idleSince: Date): Promise<number> {
  const gone = await db
    .delete(sessions)
    .where(and(isNotNull(sessions.replacedAt), lt(sessions.lastSeenAt, idleSince)))
    .returning({ tokenHash: sessions.tokenHash });
  return gone.length;
}
