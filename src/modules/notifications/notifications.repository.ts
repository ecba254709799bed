import { and, arrayContains, count, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { columnsOf } from '../../db/columns-of';
import { insertRows } from '../../db/insert-rows';
import type { PendingInsert } from '../../db/insert-together';
import { notifications, outbox, users } from '../../db/schema';

/** One message for one recipient: everyone in a role at an organisation, or a professional. */
export interface RecipientMessage {
  recipient: { organisationId: string; role: string } | { personId: string };
  title: string;
  body: string;
  link: string | null;
  createdAt: Date;
  sms: boolean;
}

/**
 * The active accounts of each recipient, in one query: organisation roles as constant
 * pairs (so the role index narrows a large employer's staff to its few role holders) and
 * professionals by their own accounts.
 */
async function accountsOf(db: Db, messages: readonly RecipientMessage[]) {
  const pairs = new Map<string, { organisationId: string; role: string }>();
  const personIds = new Set<string>();
  for (const { recipient } of messages) {
    if ('personId' in recipient) personIds.add(recipient.personId);
    else pairs.set(`${recipient.organisationId}/${recipient.role}`, recipient);
  }
  const who = [
    ...[...pairs.values()].map((p) =>
      and(eq(users.organisationId, p.organisationId), arrayContains(users.roles, [p.role])),
    ),
    ...(personIds.size > 0 ? [inArray(users.personId, [...personIds])] : []),
  ];
  const rows = await db
    .select(columnsOf(users, ['id', 'organisationId', 'roles', 'personId']))
    .from(users)
    .where(and(eq(users.status, 'active'), or(...who)))
    .orderBy(users.id);
  return (recipient: RecipientMessage['recipient']) =>
    rows.filter((u) =>
      'personId' in recipient
        ? u.personId === recipient.personId
        : u.organisationId === recipient.organisationId && u.roles.includes(recipient.role),
    );
}

/**
 * Every message to the inbox of every account of its recipient, and to the SMS outbox when
 * `sms`: finds the accounts now (one query however many messages) and returns the inserts,
 * not yet run (see insertTogether).
 */
export async function messagesInserts(
  db: Db,
  messages: readonly RecipientMessage[],
): Promise<PendingInsert[]> {
  if (messages.length === 0) return [];
  const accounts = await accountsOf(db, messages);
  const deliveries = messages.flatMap((m) => accounts(m.recipient).map((u) => ({ userId: u.id, m })));
  if (deliveries.length === 0) return [];
  const inbox = insertRows(
    db,
    notifications,
    deliveries.map(({ userId, m }) => ({
      userId,
      title: m.title,
      body: m.body,
      link: m.link,
      createdAt: m.createdAt,
    })),
  );
  const texts = deliveries.filter((d) => d.m.sms);
  if (texts.length === 0) return [inbox];
  const sms = insertRows(
    db,
    outbox,
    texts.map(({ userId, m }) => ({
      channel: 'sms',
      userId,
      subject: m.title,
      body: m.body,
      createdAt: m.createdAt,
    })),
  );
  return [inbox, sms];
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
