import { boolean, date, index, integer, jsonb, pgTable, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { instant, instantNow, requiredRef, uuidKey } from './columns';
import { committees } from './committees';

/**
 * A review session (评审会议) of one committee in one year, held by the end of November (a
 * 民营企业直通车专场 any day of the year, and several a year: anshan-2023 三). The
 * draw's public inputs live here: the seed, published before the draw, and the SM3 of the pool
 * snapshot and of the applicants' recusal inputs, both frozen when the seed was published.
 */
export const reviewSessions = pgTable(
  'review_sessions',
  {
    id: uuidKey(),
    committeeId: requiredRef('committee_id', () => committees.id),
    year: integer('year').notNull(),
    name: varchar('name', { length: 100 }).notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    place: varchar('place', { length: 100 }).notNull(),
    /** See domain/review/session-states.ts. */
    status: varchar('status', { length: 24 }).notNull(),
    /** [{ group, seats, alternates }] — the panel by specialty group. */
    strata: jsonb('strata')
      .$type<{ group: string; seats: number; alternates: number; greenChannel?: boolean }[]>()
      .notNull(),
    lookBackYears: integer('look_back_years').notNull(),
    /**
     * 民营企业职称评审“直通车”专场: reviews only through-train applications, which go nowhere
     * else (单独评价), and is not bound by the annual meeting's 11月底 deadline (随时申报、一年多评).
     */
    throughTrain: boolean('through_train').notNull().default(false),
    /** 评聘结合 bonuses on a pass-rate group's cap (jilin-2022 一(二)4), set before the results are fixed. */
    capAdjustments: jsonb('cap_adjustments')
      .$type<{ capGroup: string; bonusId: string; points: number }[]>()
      .notNull()
      .default([]),
    seed: varchar('seed', { length: 128 }),
    seedPublishedAt: instant('seed_published_at'),
    poolHash: varchar('pool_hash', { length: 64 }),
    inputsHash: varchar('inputs_hash', { length: 64 }),
    /** The pool as drawn from (JSON of PoolExpert[]), kept so an auditor can replay the draw. */
    poolSnapshot: text('pool_snapshot'),
    /** The applicants' recusal inputs (JSON of DrawApplicant[]). */
    drawInputs: text('draw_inputs'),
    drawnAt: instant('drawn_at'),
    quorumRequired: integer('quorum_required'),
    attending: integer('attending'),
    votingOpenedAt: instant('voting_opened_at'),
    /**
     * The voting round's key-derivation salt, set when voting opens and erased when it closes,
     * so sealed ballots left in freed pages can no longer be opened by anyone.
     */
    ballotSalt: varchar('ballot_salt', { length: 64 }),
    votingClosedAt: instant('voting_closed_at'),
    resultsFixedAt: instant('results_fixed_at'),
    resultsDigest: varchar('results_digest', { length: 64 }),
    resultPublicityEndsOn: date('result_publicity_ends_on', { mode: 'string' }),
    filingDueOn: date('filing_due_on', { mode: 'string' }),
    filedOn: date('filed_on', { mode: 'string' }),
    filingOverdue: boolean('filing_overdue').notNull().default(false),
    announcementNumber: varchar('announcement_number', { length: 60 }),
    announcedOn: date('announced_on', { mode: 'string' }),
    minutes: text('minutes').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').notNull(),
    createdAt: instantNow('created_at'),
  },
  (t) => [index('review_sessions_committee_idx').on(t.committeeId, t.year)],
);

export type ReviewSessionRecord = typeof reviewSessions.$inferSelect;
