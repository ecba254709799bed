import { boolean, index, pgTable, text, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { divisionCode, instant, instantNow, optionalRef, uuidKey } from './columns';
import { organisations } from './organisations';
import { persons } from './persons';

/** An account. Roles are DOMAIN §1 codes; jurisdiction and organisation scope what it sees. */
export const users = pgTable(
  'users',
  {
    id: uuidKey(),
    username: varchar('username', { length: 32 }).notNull().unique(),
    displayName: varchar('display_name', { length: 50 }).notNull(),
    passwordHash: text('password_hash').notNull(),
    roles: text('roles').array().notNull(),
    organisationId: optionalRef('organisation_id', () => organisations.id),
    personId: optionalRef('person_id', () => persons.id),
    jurisdictionCode: divisionCode('jurisdiction_code'),
    status: varchar('status', { length: 16 }).notNull().default('active'),
    /**
     * Set with the lock of the account's login name (the failures are counted in
     * login_failures, by name): admins see it, and it ends the account's sessions.
     */
    lockedUntil: instant('locked_until'),
    lastLoginAt: instant('last_login_at'),
    /** The verified mobile number: SM4 ciphertext, keyed hash for lookup, and the masked form shown. */
    phoneCipher: text('phone_cipher'),
    phoneHash: varchar('phone_hash', { length: 64 }),
    phoneMasked: varchar('phone_masked', { length: 11 }),
    /** Set when someone else chose the password (an administrator, a committee office): the next login must change it. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    createdAt: instantNow('created_at'),
    updatedAt: instantNow('updated_at'),
  },
  (t) => [
    index('users_organisation_idx').on(t.organisationId),
    // "Everyone acting as employer at this unit" must not scan a large employer's staff accounts.
    index('users_roles_idx').using('gin', t.roles),
    // A professional's own accounts, found when a notice is addressed to the person.
    index('users_person_idx').on(t.personId),
    // A number recovers one account: the one that verified it.
    uniqueIndex('users_phone_idx').on(t.phoneHash),
  ],
);

/**
 * Server-side sessions. The cookie carries a random token; only its SM3 hash is stored,
 * so a leaked table does not yield usable sessions. A session replaced by a newer login
 * of the same user on the same class of device stays (marked) until it would have idled
 * out, so its cookie can be told why it no longer works.
 */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: varchar('token_hash', { length: 64 }).primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: varchar('csrf_token', { length: 64 }).notNull(),
    createdAt: instantNow('created_at'),
    lastSeenAt: instantNow('last_seen_at'),
    /** `mobile` or `desktop`, from the User-Agent at login (domain/access/device-class.ts). */
    deviceClass: varchar('device_class', { length: 8 }).notNull().default('desktop'),
    replacedAt: instant('replaced_at'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export type UserRecord = typeof users.$inferSelect;
export type SessionRecord = typeof sessions.$inferSelect;
