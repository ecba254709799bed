import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { instant, instantNow, requiredRef, uuidKey } from './columns';
import { organisations } from './organisations';
import { persons } from './persons';
import { users } from './users';

/**
 * A unit's post plan (岗位设置方案), one row per version: drafted by the unit, reviewed by its
 * competent department, approved by the HR bureau of its level with a document number
 * (docs/POSTS.md). An approved version is in force from `effective_from` until the next
 * approved version's first day (`effective_until`, exclusive), when it becomes `superseded`.
 */
export const postPlans = pgTable(
  'post_plans',
  {
    id: uuidKey(),
    organisationId: requiredRef('organisation_id', () => organisations.id),
    /** 1, 2, … per unit in the order the drafts were started. */
    version: integer('version').notNull(),
    /** domain/posts/plan-workflow.ts: draft → submitted → reviewed → approved → superseded; returned. */
    state: varchar('state', { length: 16 }).notNull(),
    staffingQuota: integer('staffing_quota').notNull(),
    /** full | partial | self (domain/posts/post-plan.ts). */
    funding: varchar('funding', { length: 16 }).notNull(),
    mainCategory: varchar('main_category', { length: 16 }).notNull(),
    professionalTotal: integer('professional_total').notNull(),
    managementTotal: integer('management_total').notNull(),
    supportTotal: integer('support_total').notNull(),
    /** 省属 / 市属 / 县属, from the unit's region when the draft was started: the ratio targets read it. */
    regionTier: varchar('region_tier', { length: 16 }).notNull(),
    /** 主要以专业技术提供公益服务: professional posts keep the minimum share. */
    publicService: boolean('public_service').notNull(),
    /** 最高等级 of the unit's professional posts, when fixed. */
    highestGrade: smallint('highest_grade'),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    /** Exclusive; set when a later version is approved. */
    effectiveUntil: date('effective_until', { mode: 'string' }),
    /** HR's 批复文号. */
    approvalDocument: varchar('approval_document', { length: 100 }),
    /** Every item of the last return (退回意见, one per failing item), kept while the unit corrects the plan. */
    returnReasons: jsonb('return_reasons').$type<string[]>(),
    submittedAt: instant('submitted_at'),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewedAt: instant('reviewed_at'),
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedAt: instant('approved_at'),
    createdBy: requiredRef('created_by', () => users.id),
    createdAt: instantNow('created_at'),
    updatedBy: requiredRef('updated_by', () => users.id),
    updatedAt: instantNow('updated_at'),
  },
  (t) => [
    uniqueIndex('post_plans_version_idx').on(t.organisationId, t.version),
    // One approved (current) version per unit: the index decides two approvals racing.
    uniqueIndex('post_plans_approved_idx').on(t.organisationId).where(sql`state = 'approved'`),
    // The plan in force at a date: approved or superseded versions by first day.
    index('post_plans_in_force_idx')
      .on(t.organisationId, t.effectiveFrom)
      .where(sql`state in ('approved', 'superseded')`),
    // The department's and HR's queues: plans by state.
    index('post_plans_state_idx').on(t.state, t.organisationId),
    check(
      'post_plans_figures_check',
      sql`staffing_quota >= 0 and professional_total >= 0
      and management_total >= 0 and support_total >= 0`,
    ),
  ],
);

/** The quota per professional grade (1–13) of a plan: one row per grade, so GROUP BY can join it. */
export const postPlanGrades = pgTable(
  'post_plan_grades',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => postPlans.id, { onDelete: 'cascade' }),
    grade: smallint('grade').notNull(),
    quota: integer('quota').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.grade] }),
    check('post_plan_grades_check', sql`grade between 1 and 13 and quota >= 0`),
  ],
);

/** Special posts (特设岗位) of a plan, listed apart from the totals and the ratios, each with its reason. */
export const postPlanSpecialLines = pgTable(
  'post_plan_special_lines',
  {
    id: uuidKey(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => postPlans.id, { onDelete: 'cascade' }),
    /** Order on the form and the 审核表. */
    position: smallint('position').notNull(),
    grade: smallint('grade').notNull(),
    count: integer('count').notNull(),
    reason: text('reason').notNull(),
    /** The document or policy the post is set under, as the unit cites it. */
    citation: text('citation'),
  },
  (t) => [
    index('post_plan_special_lines_plan_idx').on(t.planId, t.position),
    check('post_plan_special_lines_check', sql`grade between 1 and 13 and count > 0`),
  ],
);

/**
 * An appointment to a professional post (岗位聘用), DOMAIN §8. The board counts the `filed`
 * ones current on its day; the appointment workflow (publicity, review, filing) is the next
 * part of the module, so only the columns the board and the benchmark read are here with
 * those the workflow will need.
 */
export const appointments = pgTable(
  'appointments',
  {
    id: uuidKey(),
    personId: requiredRef('person_id', () => persons.id),
    organisationId: requiredRef('organisation_id', () => organisations.id),
    planId: uuid('plan_id').references(() => postPlans.id),
    /** domain/posts/appointment.ts: first, within-level, new-level, transfer-in, conversion, … */
    kind: varchar('kind', { length: 24 }).notNull(),
    grade: smallint('grade').notNull(),
    /** How it sits on the board: normal | borrowed | special. */
    boardKind: varchar('board_kind', { length: 16 }).notNull(),
    borrowedFromGrade: smallint('borrowed_from_grade'),
    series: varchar('series', { length: 32 }),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    /** Exclusive: the appointment no longer counts on this day. */
    endDate: date('end_date', { mode: 'string' }),
    /** draft → publicised → reviewed → filed → ended; returned; cancelled (special posts). */
    state: varchar('state', { length: 16 }).notNull(),
    reason: text('reason'),
    approvalDocument: varchar('approval_document', { length: 100 }),
    /** 先聘后评: the day the title must be held by. */
    titleDueDate: date('title_due_date', { mode: 'string' }),
    /** unit | eligibility-effect | combined-review | self-declared. */
    source: varchar('source', { length: 24 }).notNull(),
    /** For a proposal from a conferred title. */
    applicationId: uuid('application_id'),
    /** The last guard check's findings. */
    findings: jsonb('findings'),
    /** Last day of the unit's publicity (公示), counted in working days when the unit proposes. */
    publicityUntil: date('publicity_until', { mode: 'string' }),
    /** Every item of the last return (退回意见), kept while the unit corrects the proposal. */
    returnReasons: jsonb('return_reasons').$type<string[]>(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: instantNow('created_at'),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: instantNow('updated_at'),
  },
  (t) => [
    // The board and HR's monitoring: a unit's filed appointments by grade, read by date range.
    index('appointments_board_idx')
      .on(t.organisationId, t.grade, t.startDate, t.endDate)
      .where(sql`state = 'filed'`),
    index('appointments_borrowed_idx')
      .on(t.organisationId, t.borrowedFromGrade)
      .where(sql`state = 'filed' and board_kind = 'borrowed'`),
    index('appointments_person_idx').on(t.personId, t.startDate),
    index('appointments_queue_idx').on(t.state, t.organisationId),
    // One proposal per conferred title: a second announcement or a replaced certificate finds it.
    uniqueIndex('appointments_proposal_idx')
      .on(t.applicationId)
      .where(sql`source in ('eligibility-effect', 'combined-review')`),
    check(
      'appointments_board_check',
      sql`grade between 1 and 13 and (board_kind <> 'borrowed' or borrowed_from_grade between 1 and 13)`,
    ),
  ],
);

export type PostPlanRecord = typeof postPlans.$inferSelect;
export type NewPostPlanRecord = typeof postPlans.$inferInsert;
export type PostPlanGradeRecord = typeof postPlanGrades.$inferSelect;
export type PostPlanSpecialLineRecord = typeof postPlanSpecialLines.$inferSelect;
export type AppointmentRecord = typeof appointments.$inferSelect;
export type NewAppointmentRecord = typeof appointments.$inferInsert;
