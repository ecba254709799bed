import { date, index, pgTable, text, varchar } from 'drizzle-orm/pg-core';
import { applications } from './applications';
import { handledColumns, instantNow, requiredRef, uuidKey } from './columns';
import { organisations } from './organisations';

/**
 * A public notice (公示) of one application: shown without login during its period, with the
 * name masked. The period comes from the working-day calendar when the notice is created.
 */
export const publicityNotices = pgTable(
  'publicity_notices',
  {
    id: uuidKey(),
    applicationId: requiredRef('application_id', () => applications.id),
    /** unit | dispatch | result */
    kind: varchar('kind', { length: 16 }).$type<'unit' | 'dispatch' | 'result'>().notNull(),
    organisationId: requiredRef('organisation_id', () => organisations.id),
    maskedName: varchar('masked_name', { length: 20 }).notNull(),
    unitName: varchar('unit_name', { length: 100 }).notNull(),
    targetTitle: varchar('target_title', { length: 100 }).notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    createdAt: instantNow('created_at'),
  },
  (t) => [
    index('publicity_notices_period_idx').on(t.endsOn, t.startsOn),
    index('publicity_notices_application_idx').on(t.applicationId),
  ],
);

/**
 * An objection (异议) to a notice. Real name and contact are required (jilin-2022 四(五));
 * the unit or office that published the notice records the outcome.
 */
export const objections = pgTable(
  'objections',
  {
    id: uuidKey(),
    noticeId: requiredRef('notice_id', () => publicityNotices.id),
    applicationId: requiredRef('application_id', () => applications.id),
    complainantName: varchar('complainant_name', { length: 30 }).notNull(),
    contact: varchar('contact', { length: 40 }).notNull(),
    content: text('content').notNull(),
    /** open | upheld | dismissed */
    status: varchar('status', { length: 16 })
      .$type<'open' | 'upheld' | 'dismissed'>()
      .notNull()
      .default('open'),
    outcome: text('outcome'),
    ...handledColumns(),
    createdAt: instantNow('created_at'),
  },
  (t) => [index('objections_application_idx').on(t.applicationId, t.status)],
);

export type PublicityNoticeRecord = typeof publicityNotices.$inferSelect;
export type ObjectionRecord = typeof objections.$inferSelect;
