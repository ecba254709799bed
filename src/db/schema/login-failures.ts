import { index, integer, pgTable, varchar } from 'drizzle-orm/pg-core';
import { instant } from './columns';

/**
 * Failed logins counted per login name — whether or not an account has that name — so that
 * a name that does not exist locks exactly as one that does and five tries tell nothing.
 * The name is stored only as a keyed hash: the table does not say which names were tried.
 * A row no longer matters after `forgetAt` (no failure for the configured window and no
 * lock running) and is deleted then, so names made up by a guesser do not pile up.
 */
export const loginFailures = pgTable(
  'login_failures',
  {
    nameHash: varchar('name_hash', { length: 64 }).primaryKey(),
    /** Consecutive failures since the last lock, success or forgetting. */
    failures: integer('failures').notNull(),
    lastFailedAt: instant('last_failed_at').notNull(),
    lockedUntil: instant('locked_until'),
    forgetAt: instant('forget_at').notNull(),
  },
  (t) => [index('login_failures_forget_idx').on(t.forgetAt)],
);

export type LoginFailuresRecord = typeof loginFailures.$inferSelect;
