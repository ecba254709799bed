import { date, index, integer, pgTable, uuid, varchar } from 'drizzle-orm/pg-core';
import { instantNow } from './columns';

/**
 * A year whose State Council holiday schedule is known. A date in a year without a row
 * here has no answer (DOMAIN §12): the calendar says so instead of guessing.
 */
export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  /** Seeded from the chinese-days package, or entered by an administrator. */
  source: varchar('source', { length: 20 }).$type<'chinese-days' | 'manual'>().notNull(),
  /** 'draft' while an admin enters a new schedule; only 'published' years answer questions. */
  status: varchar('status', { length: 12 }).$type<'draft' | 'published'>().notNull().default('published'),
  updatedAt: instantNow('updated_at'),
  updatedBy: uuid('updated_by'),
});

/** The exceptions of a known year: named holidays and 调休 make-up working days. */
export const calendarDays = pgTable(
  'calendar_days',
  {
    date: date('date', { mode: 'string' }).primaryKey(),
    year: integer('year')
      .notNull()
      .references(() => calendarYears.year, { onDelete: 'cascade' }),
    kind: varchar('kind', { length: 10 }).notNull(),
    name: varchar('name', { length: 50 }).notNull(),
  },
  (t) => [index('calendar_days_year_idx').on(t.year)],
);

export type CalendarYearRecord = typeof calendarYears.$inferSelect;
export type CalendarDayRecord = typeof calendarDays.$inferSelect;
