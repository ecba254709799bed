import { boolean, integer, pgTable, primaryKey, text, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { applications } from './applications';
import { instant, requiredRef } from './columns';
import { experts } from './experts';
import { reviewSessions } from './review-sessions';

/**
 * The agenda: accepted applications grouped by specialty group, each under an anonymous code
 * that is all an expert sees in the blind initial review.
 */
export const sessionAgenda = pgTable(
  'session_agenda',
  {
    sessionId: requiredRef('session_id', () => reviewSessions.id),
    applicationId: requiredRef('application_id', () => applications.id),
    group: varchar('group', { length: 50 }).notNull(),
    code: varchar('code', { length: 16 }).notNull(),
    position: integer('position').notNull(),
    greenChannel: boolean('green_channel').notNull().default(false),
    defenceAt: instant('defence_at'),
    defencePlace: varchar('defence_place', { length: 100 }),
    deliberationNote: text('deliberation_note'),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.applicationId] }),
    // An application is reviewed in one session only: no second review, no review across years.
    uniqueIndex('session_agenda_application_idx').on(t.applicationId),
    uniqueIndex('session_agenda_code_idx').on(t.sessionId, t.code),
  ],
);

/** The initial review: a score and comments per expert per application (blind: by code only). */
export const reviewScores = pgTable(
  'review_scores',
  {
    sessionId: requiredRef('session_id', () => reviewSessions.id),
    applicationId: requiredRef('application_id', () => applications.id),
    expertId: requiredRef('expert_id', () => experts.id),
    score: integer('score').notNull(),
    comment: text('comment').notNull(),
    submittedAt: instant('submitted_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.applicationId, t.expertId] })],
);

export type SessionAgendaRecord = typeof sessionAgenda.$inferSelect;
