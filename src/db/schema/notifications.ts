import { bigserial, index, integer, pgTable, text, varchar } from 'drizzle-orm/pg-core';
import { instant, requiredRef } from './columns';
import { users } from './users';

/** The in-app inbox (站内消息) of one user. */
export const notifications = pgTable(
  'notifications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: requiredRef('user_id', () => users.id),
    title: varchar('title', { length: 100 }).notNull(),
    body: text('body').notNull(),
    link: varchar('link', { length: 200 }),
    createdAt: instant('created_at').notNull(),
    readAt: instant('read_at'),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.readAt)],
);

/**
 * Messages for SMS and e-mail, written in the same transaction as the change that caused
 * them (an outbox), and delivered later through an adapter; a failed send is retried.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    channel: varchar('channel', { length: 8 }).notNull(),
    userId: requiredRef('user_id', () => users.id),
    subject: varchar('subject', { length: 100 }).notNull(),
    body: text('body').notNull(),
    /** pending | sent | failed */
    status: varchar('status', { length: 8 }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: instant('created_at').notNull(),
    sentAt: instant('sent_at'),
  },
  (t) => [index('outbox_pending_idx').on(t.status, t.id)],
);

export type NotificationRecord = typeof notifications.$inferSelect;
export type OutboxRecord = typeof outbox.$inferSelect;
