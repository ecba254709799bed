import { index, integer, pgTable, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/**
 * One-time codes sent by SMS. Neither the number nor the code is stored: the number as its
 * keyed hash (to count sends and find the code), the code as a keyed hash bound to the row.
 */
export const phoneCodes = pgTable(
  'phone_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    purpose: varchar('purpose', { length: 20 }).notNull(),
    phoneHash: varchar('phone_hash', { length: 64 }).notNull(),
    codeHash: varchar('code_hash', { length: 64 }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('phone_codes_phone_idx').on(t.phoneHash, t.purpose, t.sentAt)],
);

export type PhoneCodeRecord = typeof phoneCodes.$inferSelect;
