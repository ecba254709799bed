import { bigserial, boolean, index, integer, pgTable, primaryKey, text, varchar } from 'drizzle-orm/pg-core';
import { applications } from './applications';
import { instant, requiredRef } from './columns';
import { experts } from './experts';
import { reviewSessions } from './review-sessions';

/** The drawn panel: members and alternates per group, and who attended. */
export const panelSeats = pgTable(
  'panel_seats',
  {
    sessionId: requiredRef('session_id', () => reviewSessions.id),
    expertId: requiredRef('expert_id', () => experts.id),
    group: varchar('group', { length: 50 }).notNull(),
    /** member | alternate */
    role: varchar('role', { length: 16 }).notNull(),
    seatOrder: integer('seat_order').notNull(),
    /** One of the green channel's 3 senior experts, who decide only green-channel applications. */
    greenChannel: boolean('green_channel').notNull().default(false),
    /** null until the roll call; present | absent */
    attendance: varchar('attendance', { length: 16 }),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.expertId] })],
);

/** Every recusal with its reason: found by the draw, declared by the expert, or ordered by the office. */
export const recusals = pgTable(
  'recusals',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    sessionId: requiredRef('session_id', () => reviewSessions.id),
    expertId: requiredRef('expert_id', () => experts.id),
    applicationId: requiredRef('application_id', () => applications.id),
    reason: varchar('reason', { length: 24 }).notNull(),
    detail: text('detail').notNull(),
    /** draw | expert | office */
    source: varchar('source', { length: 16 }).notNull(),
    recordedAt: instant('recorded_at').notNull(),
  },
  (t) => [index('recusals_session_idx').on(t.sessionId, t.applicationId)],
);

export type PanelSeatRecord = typeof panelSeats.$inferSelect;
export type RecusalRecord = typeof recusals.$inferSelect;
