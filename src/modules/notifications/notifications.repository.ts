import { and, arrayContains, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { notifications, outbox, users } from '../../db/schema';

/** Active accounts a recipient stands for: everyone in a role at an organisation, or a professional's own. */
function recipientUsers(recipient: { organisationId: string; role: string } | { personId: string }) {
  return 'personId' in recipient
    ? and(eq(users.personId, recipient.personId), eq(users.status, 'active'))
    : and(
        eq(users.organisationId, recipient.organisationId),
        arrayContains(users.roles, [recipient.role]),
        eq(users.status, 'active'),
      );
}

/**
 * Writes one message to the inbox of every account of the recipient (and to the outbox when
 * `sms`) in a single statement each: INSERT … SELECT, no round trip per user.
 */
export async function insertForRecipient(
  db: Db,
  recipient: { organisationId: string; role: string } | { personId: string },
  message: { title: string; body: string; link: string | null; createdAt: Date; sms: boolean },
) {
  const where = recipientUsers(recipient);
  await db.insert(notifications).select(
    db
      .select({
        id: sql`nextval(pg_get_serial_sequence('notifications', 'id'))`.as('id'),
        userId: users.id,
        title: sql`${message.title}`.as('title'),
        body: sql`${message.body}`.as('body'),
        link: sql`${message.link}`.as('link'),
        createdAt: sql`${message.createdAt}::timestamptz`.as('created_at'),
        readAt: sql`null::timestamptz`.as('read_at'),
      })
      .from(users)
      .where(where),
  );
  if (!message.sms) return;
  await db.insert(outbox).select(
    db
      .select({
        id: sql`nextval(pg_get_serial_sequence('outbox', 'id'))`.as('id'),
        channel: sql`'sms'`.as('channel'),
        userId: users.id,
        subject: sql`${message.title}`.as('subject'),
        body: sql`${message.body}`.as('body'),
        status: sql`'pending'`.as('status'),
        attempts: sql`0`.as('attempts'),
        lastError: sql`null`.as('last_error'),
        createdAt: sql`${message.createdAt}::timestamptz`.as('created_at'),
        sentAt: sql`null::timestamptz`.as('sent_at'),
      })
      .from(users)
      .where(where),
  );
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
