import { and, arrayContains, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { notifications, outbox, users } from '../../db/schema';

/** Active users of an organisation acting in a role: whom a unit-level message is for. */
export function usersInRole(db: Db, organisationId: string, role: string) {
  return db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.organisationId, organisationId),
        arrayContains(users.roles, [role]),
        eq(users.status, 'active'),
      ),
    );
}

export function usersOfPerson(db: Db, personId: string) {
  return db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.personId, personId), eq(users.status, 'active')));
}

export async function insertNotifications(db: Db, rows: (typeof notifications.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(notifications).values(rows);
}

export async function insertOutbox(db: Db, rows: (typeof outbox.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(outbox).values(rows);
}

export function inboxPage(db: Db, userId: string, unreadOnly: boolean, offset: number, limit: number) {
  const where = unreadOnly
    ? and(eq(notifications.userId, userId), isNull(notifications.readAt))
    : eq(notifications.userId, userId);
  return Promise.all([
    db.select().from(notifications).where(where).orderBy(desc(notifications.id)).offset(offset).limit(limit),
    db.select({ n: count() }).from(notifications).where(where),
    db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt))),
  ]);
}

export function markRead(db: Db, userId: string, ids: number[] | 'all', at: Date) {
  const own = and(eq(notifications.userId, userId), isNull(notifications.readAt));
  return db
    .update(notifications)
    .set({ readAt: at })
    .where(ids === 'all' ? own : and(own, inArray(notifications.id, ids)))
    .returning({ id: notifications.id });
}

/** Claims pending messages for one delivery round; SKIP LOCKED lets several senders share the queue. */
export function claimPending(db: Db, limit: number) {
  return db
    .select()
    .from(outbox)
    .where(and(eq(outbox.status, 'pending'), sql`${outbox.attempts} < 5`))
    .orderBy(outbox.id)
    .limit(limit)
    .for('update', { skipLocked: true });
}

export function markDelivery(
  db: Db,
  id: number,
  result: { ok: true; at: Date } | { ok: false; error: string },
) {
  return db
    .update(outbox)
    .set(
      result.ok
        ? { status: 'sent', sentAt: result.at, attempts: sql`${outbox.attempts} + 1` }
        : {
            lastError: result.error,
            attempts: sql`${outbox.attempts} + 1`,
            status: sql`case when ${outbox.attempts} + 1 >= 5 then 'failed' else 'pending' end`,
          },
    )
    .where(eq(outbox.id, id));
}
