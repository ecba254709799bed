import { pgTable, text, varchar } from 'drizzle-orm/pg-core';
import { instant, instantNow } from './columns';

/**
 * The SM2 keys certificates are signed with. Public keys are published with their validity
 * (`/api/v1/public/keys`); the private key is SM4-sealed with the master secret.
 * status: active | retired
 */
export const signingKeys = pgTable('signing_keys', {
  id: varchar('id', { length: 32 }).primaryKey(),
  publicKey: varchar('public_key', { length: 130 }).notNull(),
  privateKeyCipher: text('private_key_cipher').notNull(),
  validFrom: instant('valid_from').notNull(),
  validUntil: instant('valid_until').notNull(),
  status: varchar('status', { length: 12 }).notNull().default('active'),
  createdAt: instantNow('created_at'),
});

export type SigningKeyRecord = typeof signingKeys.$inferSelect;
