import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { instant, instantNow, requiredRef, uuidKey } from './columns';
import { organisations } from './organisations';
import { persons } from './persons';
import { users } from './users';

/**
 * A grade filing (专业技术二级岗位评定备案; in Jilin also the 正高 grade 4→3 and 3→2 applications):
 * the unit's evaluation for a grade the provincial HR bureau approves, from 评前沟通 through
 * 评后报告 to 备案核准 (domain/posts/grade-filing-workflow.ts). An approved filing lets the
 * appointment guard `posts.appointment.grade-filing` pass for the candidates it passed.
 */
export const gradeFilings = pgTable(
  'grade_filings',
  {
    id: uuidKey(),
    organisationId: requiredRef('organisation_id', () => organisations.id),
    /** The grade filled: 2 (or 3 in Jilin). */
    targetGrade: smallint('target_grade').notNull(),
    state: varchar('state', { length: 16 }).notNull(),
    /** 评定标准 as the unit states it. */
    standard: text('standard').notNull(),
    /** The day the candidates would be appointed: tenure and vacancy are read for it. */
    plannedDate: date('planned_date', { mode: 'string' }).notNull(),
    /** The target grade's vacant posts on the board when the plan was communicated. */
    vacancy: smallint('vacancy'),
    communicatedAt: instant('communicated_at'),
    /** The bureau's answer to 评前沟通. */
    acknowledgement: text('acknowledgement'),
    acknowledgedBy: uuid('acknowledged_by').references(() => users.id),
    acknowledgedAt: instant('acknowledged_at'),
    /** 评后报告: when and how the unit evaluated (评审会日期、方式). */
    evaluatedOn: date('evaluated_on', { mode: 'string' }),
    reportNote: text('report_note'),
    reportedAt: instant('reported_at'),
    /** 备案核准文号. */
    approvalDocument: varchar('approval_document', { length: 100 }),
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedAt: instant('approved_at'),
    /** Every item of the last return, kept while the unit corrects the filing. */
    returnReasons: jsonb('return_reasons').$type<string[]>(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: instantNow('created_at'),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: instantNow('updated_at'),
  },
  (t) => [
    index('grade_filings_unit_idx').on(t.organisationId, t.state),
    index('grade_filings_queue_idx').on(t.state, t.updatedAt),
    check('grade_filings_grade_check', sql`target_grade between 2 and 3`),
  ],
);

/**
 * A candidate of a filing: the post and title on record when the list was written (what the
 * bureau was told), and after 评后报告 whether the unit's evaluation passed them, with the
 * votes or score as the unit reports them.
 */
export const gradeFilingCandidates = pgTable(
  'grade_filing_candidates',
  {
    filingId: uuid('filing_id')
      .notNull()
      .references(() => gradeFilings.id, { onDelete: 'cascade' }),
    personId: requiredRef('person_id', () => persons.id),
    position: smallint('position').notNull(),
    currentGrade: smallint('current_grade'),
    currentSince: date('current_since', { mode: 'string' }),
    titleLevel: varchar('title_level', { length: 20 }),
    passed: boolean('passed'),
    /** 票数或得分, as the unit reports them. */
    result: varchar('result', { length: 100 }),
  },
  (t) => [
    primaryKey({ columns: [t.filingId, t.personId] }),
    // The guard's question: the approved filings that passed a person.
    index('grade_filing_candidates_person_idx').on(t.personId),
  ],
);

export type GradeFilingRecord = typeof gradeFilings.$inferSelect;
export type NewGradeFilingRecord = typeof gradeFilings.$inferInsert;
export type GradeFilingCandidateRecord = typeof gradeFilingCandidates.$inferSelect;
