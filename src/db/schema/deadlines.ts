import { bigserial, date, index, integer, jsonb, pgTable, text, varchar } from 'drizzle-orm/pg-core';
import { instant, instantNow } from './columns';

/**
 * A stored deadline (DESIGN rule 5: no in-memory timers). The sweeper claims due rows with
 * SKIP LOCKED, so several server processes and restarts process each exactly once.
 */
export const deadlines = pgTable(
  'deadlines',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /**
     * One of DEADLINE_KINDS (domain/deadlines), which `scheduleDeadline` enforces; read back as
     * a string, since a row written by an older version may hold a kind no longer known.
     */
    kind: varchar('kind', { length: 40 }).notNull(),
    /** The last day of the period; the deadline is processed on the next day. */
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    subjectId: varchar('subject_id', { length: 64 }).notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    processedAt: instant('processed_at'),
    attempts: integer('attempts').notNull().default(0),
    /** The failure's message only (never query parameters or personal data). */
    lastError: text('last_error'),
    /**
     * Set when the last allowed attempt failed: the sweeper stops trying and the row waits for
     * an operator (`deadlines list --failed`, the admin page), who may retry it.
     */
    failedAt: instant('failed_at'),
    createdAt: instantNow('created_at'),
  },
  (t) => [index('deadlines_due_idx').on(t.processedAt, t.dueOn)],
);

export type DeadlineRecord = typeof deadlines.$inferSelect;
