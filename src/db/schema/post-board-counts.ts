import { date, index, integer, pgTable, primaryKey, smallint, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';

/**
 * The post board of every unit as of one day, kept by the product so HR's monitoring reads a
 * region at once instead of recounting its appointments (docs/POSTS.md, "Monitoring").
 * Invariant: for every unit with a row here, the figures equal `computePostBoard` over the
 * plan in force and the filed appointments on every day of `[as_of, valid_until)`; every write
 * that moves a figure recounts its unit in its own transaction, and a read recounts the units
 * whose interval no longer holds the day first.
 */
export const postBoardUnits = pgTable(
  'post_board_units',
  {
    organisationId: uuid('organisation_id')
      .primaryKey()
      .references(() => organisations.id),
    /** The day the figures were counted for. */
    asOf: date('as_of', { mode: 'string' }).notNull(),
    /** The first day after `as_of` on which a figure may change (an appointment starts or ends, a plan version starts or ends); null: none known. */
    validUntil: date('valid_until', { mode: 'string' }),
    /** The plan version in force on `as_of`, if any. */
    planId: uuid('plan_id'),
  },
  (t) => [index('post_board_units_valid_idx').on(t.validUntil)],
);

/** One grade of a unit's board on `post_board_units.as_of`: a row only where some figure is not 0. */
export const postBoardCounts = pgTable(
  'post_board_counts',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    grade: smallint('grade').notNull(),
    quota: integer('quota').notNull(),
    /** Current normal appointments at the grade (occupied = normal + borrowed_out). */
    normal: integer('normal').notNull(),
    borrowedIn: integer('borrowed_in').notNull(),
    borrowedOut: integer('borrowed_out').notNull(),
    special: integer('special').notNull(),
    /** The latest start (≤ as_of) of a filed appointment that took a post of the grade: idle vacancies are read from it. */
    lastStart: date('last_start', { mode: 'string' }),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.grade] })],
);

export type PostBoardCountRecord = typeof postBoardCounts.$inferSelect;
