import { boolean, index, integer, jsonb, pgTable, primaryKey, text, varchar } from 'drizzle-orm/pg-core';
import { applications } from './applications';
import { instant, requiredRef, uuidKey } from './columns';
import { experts } from './experts';
import { reviewSessions } from './review-sessions';

/**
 * Who voted on what (参加表决的记录) — never how. Its primary key is what makes a second
 * ballot impossible.
 */
export const ballotParticipation = pgTable(
  'ballot_participation',
  {
    sessionId: requiredRef('session_id', () => reviewSessions.id),
    applicationId: requiredRef('application_id', () => applications.id),
    expertId: requiredRef('expert_id', () => experts.id),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.applicationId, t.expertId] })],
);

/**
 * The ballot box while voting is open: one sealed ballot per vote, holding item and choice
 * encrypted under a key derived from the master secret and the round's salt (which is
 * erased when voting closes). A database reader can see that a ballot exists — as the
 * participation row already says — but not what it says; its random id orders nothing.
 * The box is opened, counted and emptied in the one transaction that closes voting.
 */
export const sealedBallots = pgTable(
  'sealed_ballots',
  {
    id: uuidKey(),
    sessionId: requiredRef('session_id', () => reviewSessions.id),
    seal: text('seal').notNull(),
  },
  (t) => [index('sealed_ballots_session_idx').on(t.sessionId)],
);

/**
 * How the ballots fell, as counters only, written when voting closes: there is no row per
 * ballot, and the counters' transaction is the close, not any ballot's, so nothing — no
 * query, no transaction id, no export, no log — links an expert to a choice.
 */
export const ballotTallies = pgTable(
  'ballot_tallies',
  {
    sessionId: requiredRef('session_id', () => reviewSessions.id),
    applicationId: requiredRef('application_id', () => applications.id),
    agree: integer('agree').notNull().default(0),
    disagree: integer('disagree').notNull().default(0),
    abstain: integer('abstain').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.applicationId] })],
);

/**
 * The fixed result per application. Immutable: a trigger refuses updates and deletes, and the
 * SM3 digest of a session's results sits in the sealed audit chain, so `audit verify` finds
 * any change made around the trigger.
 */
export const sessionResults = pgTable(
  'session_results',
  {
    sessionId: requiredRef('session_id', () => reviewSessions.id),
    applicationId: requiredRef('application_id', () => applications.id),
    capGroup: varchar('cap_group', { length: 80 }).notNull(),
    attending: integer('attending').notNull(),
    required: integer('required').notNull(),
    agree: integer('agree').notNull(),
    disagree: integer('disagree').notNull(),
    abstain: integer('abstain').notNull(),
    rank: integer('rank'),
    outcome: varchar('outcome', { length: 24 }).notNull(),
    passed: boolean('passed').notNull(),
    reason: text('reason').notNull(),
    citation: jsonb('citation').$type<{ document: string; clause: string } | null>(),
    fixedAt: instant('fixed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.applicationId] })],
);

export type SessionResultRecord = typeof sessionResults.$inferSelect;
