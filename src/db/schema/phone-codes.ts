import { index, integer, pgTable, varchar } from 'drizzle-orm/pg-core';
import { instant, uuidKey } from './columns';

/**
 * One-time codes sent by SMS. Neither the number nor the code is stored: the number as its
 * keyed hash (to count sends and find the code), the code as a keyed hash bound to the row.
 */
export const phoneCodes = pgTable(
  'phone_codes',
  {
    id: uuidKey(),
    purpose: varchar('purpose', { length: 20 }).notNull(),
    phoneHash: varchar('phone_hash', { length: 64 }).notNull(),
    codeHash: varchar('code_hash', { length: 64 }).notNull(),
    sentAt: instant('sent_at').notNull(),
    expiresAt: instant('expires_at').notNull(),
    attempts: integer('attempts').notNull().default(0),
    usedAt: instant('used_at'),
  },
  (t) => [index('phone_codes_phone_idx').on(t.phoneHash, t.purpose, t.sentAt)],
);

export type PhoneCodeRecord = typeof phoneCodes.$inferSelect;
