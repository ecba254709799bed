import { bigserial, index, integer, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { users } from './users';

/** The in-app inbox (站内消息) of one user. */
export const notifications = pgTable(
  'notifications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    title: varchar('title', { length: 100 }).notNull(),
    body: text('body').notNull(),
    link: varchar('link', { length: 200 }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
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
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    subject: varchar('subject', { length: 100 }).notNull(),
    body: text('body').notNull(),
    /** pending | sent | failed */
    status: varchar('status', { length: 8 }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('outbox_pending_idx').on(t.status, t.id)],
);

export type NotificationRecord = typeof notifications.$inferSelect;
export type OutboxRecord = typeof outbox.$inferSelect;
