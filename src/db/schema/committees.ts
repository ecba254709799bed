import { date, index, jsonb, pgTable, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';

/**
 * A review committee (评审委员会) in the registry (目录清单): its office, its level, and the
 * scope it may review — series, levels, specialties (empty = every specialty of the series)
 * and the region whose applicants it serves. Applications are routed by this scope.
 */
export const committees = pgTable(
  'committees',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: varchar('name', { length: 100 }).notNull().unique(),
    officeOrganisationId: uuid('office_organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** provincial | city | county | self-review */
    tier: varchar('tier', { length: 16 }).notNull(),
    series: varchar('series', { length: 40 }).notNull(),
    levels: jsonb('levels').$type<string[]>().notNull(),
    specialties: jsonb('specialties').$type<string[]>().notNull(),
    regionCode: varchar('region_code', { length: 6 }).notNull(),
    status: varchar('status', { length: 16 }).notNull().default('active'),
    approvedOn: date('approved_on', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('committees_office_idx').on(t.officeOrganisationId),
    index('committees_series_idx').on(t.series),
  ],
);

export type CommitteeRecord = typeof committees.$inferSelect;
