import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { columnsOf } from '../../db/columns-of';
import { periodHolds } from '../../db/period';
import {
  applications,
  ballotParticipation,
  ballotTallies,
  committees,
  expertPoolMembers,
  expertRelations,
  experts,
  organisations,
  panelSeats,
  persons,
  type ReviewSessionRecord,
  recusals,
  reviewScores,
  reviewSessions,
  sessionAgenda,
  sessionResults,
} from '../../db/schema';
import { insertReturning, rowById, updateVersioned } from '../../db/table-rows';

export function insertSession(db: Db, values: typeof reviewSessions.$inferInsert) {
  return insertReturning(db, reviewSessions, values);
}

export function findSession(db: Db, id: string) {
  return rowById(db, reviewSessions, id);
}

/**
 * The session row locked FOR UPDATE until the transaction ends, with what decides whose
 * office may take its steps: a step's check and write, and whatever the step reads after
 * it, are not interleaved with another step or a ballot (which holds the row FOR SHARE).
 */
export async function lockSession(db: Db, id: string) {
  const [row] = await db
    .select({
      session: reviewSessions,
      officeOrganisationId: committees.officeOrganisationId,
      regionCode: committees.regionCode,
    })
    .from(reviewSessions)
    .innerJoin(committees, eq(committees.id, reviewSessions.committeeId))
    .where(eq(reviewSessions.id, id))
    .for('update', { of: reviewSessions });
  return row;
}

export function sessionsOfCommittees(db: Db, committeeIds: string[]) {
  if (committeeIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(reviewSessions)
    .where(inArray(reviewSessions.committeeId, committeeIds))
    .orderBy(asc(reviewSessions.heldOn));
}

/** The policy set and series of every application on these sessions' agendas (what the session rules read). */
export function agendaPoliciesOf(db: Db, sessionIds: string[]) {
  if (sessionIds.length === 0) return Promise.resolve([]);
  return db
    .select({ sessionId: sessionAgenda.sessionId, ...columnsOf(applications, ['policySet', 'series']) })
    .from(sessionAgenda)
    .innerJoin(applications, eq(applications.id, sessionAgenda.applicationId))
    .where(inArray(sessionAgenda.sessionId, sessionIds));
}

/** Compare-and-set on `version`: undefined when the session moved on meanwhile. */
export function updateSession(db: Db, id: string, version: number, patch: Partial<ReviewSessionRecord>) {
  return updateVersioned(db, reviewSessions, id, version, patch);
}

/** The agenda with what the committee office needs to read (never shown to experts). */
export function agendaOf(db: Db, sessionId: string) {
  return db
    .select({
      item: sessionAgenda,
      application: applications,
      personName: persons.name,
      employerName: organisations.name,
    })
    .from(sessionAgenda)
    .innerJoin(applications, eq(applications.id, sessionAgenda.applicationId))
    .innerJoin(persons, eq(persons.id, applications.personId))
    .innerJoin(organisations, eq(organisations.id, applications.employerId))
    .where(eq(sessionAgenda.sessionId, sessionId))
    .orderBy(asc(sessionAgenda.position));
}

export async function insertAgenda(db: Db, rows: (typeof sessionAgenda.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(sessionAgenda).values(rows);
}

export function updateAgendaItem(
  db: Db,
  sessionId: string,
  applicationId: string,
  patch: Partial<typeof sessionAgenda.$inferInsert>,
) {
  return db
    .update(sessionAgenda)
    .set(patch)
    .where(and(eq(sessionAgenda.sessionId, sessionId), eq(sessionAgenda.applicationId, applicationId)))
    .returning();
}

/** The committee's pool for a year: members whose term covers the date and who are active. */
export function poolOf(db: Db, committeeId: string, year: number, asOf: string) {
  return db
    .select({ member: expertPoolMembers, expert: experts })
    .from(expertPoolMembers)
    .innerJoin(experts, eq(experts.id, expertPoolMembers.expertId))
    .where(
      and(
        eq(expertPoolMembers.committeeId, committeeId),
        eq(expertPoolMembers.year, year),
        eq(experts.status, 'active'),
        periodHolds(experts.termFrom, experts.termTo, asOf),
      ),
    );
}

export function relationsOf(db: Db, expertIds: string[]) {
  if (expertIds.length === 0) return Promise.resolve([]);
  return db.select().from(expertRelations).where(inArray(expertRelations.expertId, expertIds));
}

export async function insertSeats(db: Db, rows: (typeof panelSeats.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(panelSeats).values(rows);
}

export function seatsOf(db: Db, sessionId: string) {
  return db
    .select({ seat: panelSeats, expert: experts })
    .from(panelSeats)
    .innerJoin(experts, eq(experts.id, panelSeats.expertId))
    .where(eq(panelSeats.sessionId, sessionId))
    .orderBy(asc(panelSeats.group), asc(panelSeats.role), asc(panelSeats.seatOrder));
}

/** The roll call: the listed experts present, every other seat of the session absent. */
export async function recordAttendance(db: Db, sessionId: string, present: readonly string[]) {
  await db.update(panelSeats).set({ attendance: 'absent' }).where(eq(panelSeats.sessionId, sessionId));
  if (present.length > 0)
    await db
      .update(panelSeats)
      .set({ attendance: 'present' })
      .where(and(eq(panelSeats.sessionId, sessionId), inArray(panelSeats.expertId, [...present])));
}

export async function insertRecusals(db: Db, rows: (typeof recusals.$inferInsert)[]) {
  // In slices: one statement has a bounded number of parameters.
  for (let i = 0; i < rows.length; i += 500) await db.insert(recusals).values(rows.slice(i, i + 500));
}

export function recusalsOf(db: Db, sessionId: string) {
  return db.select().from(recusals).where(eq(recusals.sessionId, sessionId)).orderBy(asc(recusals.id));
}

export function scoresOf(db: Db, sessionId: string) {
  return db.select().from(reviewScores).where(eq(reviewScores.sessionId, sessionId));
}

/** One score per expert per application; until voting starts the expert may revise it. */
export function upsertScore(db: Db, values: typeof reviewScores.$inferInsert) {
  return db
    .insert(reviewScores)
    .values(values)
    .onConflictDoUpdate({
      target: [reviewScores.sessionId, reviewScores.applicationId, reviewScores.expertId],
      set: { score: values.score, comment: values.comment, submittedAt: values.submittedAt },
    });
}

/** Records that the expert voted; false if a ballot was already cast (the primary key decides). */
export async function recordParticipation(
  db: Db,
  values: typeof ballotParticipation.$inferInsert,
): Promise<boolean> {
  const rows = await db.insert(ballotParticipation).values(values).onConflictDoNothing().returning();
  return rows.length === 1;
}

export function talliesOf(db: Db, sessionId: string) {
  return db.select().from(ballotTallies).where(eq(ballotTallies.sessionId, sessionId));
}

export function participationOf(db: Db, sessionId: string) {
  return db.select().from(ballotParticipation).where(eq(ballotParticipation.sessionId, sessionId));
}

export async function insertResults(db: Db, rows: (typeof sessionResults.$inferInsert)[]) {
  for (let i = 0; i < rows.length; i += 500) await db.insert(sessionResults).values(rows.slice(i, i + 500));
}

export function resultsOf(db: Db, sessionId: string) {
  return db.query.sessionResults.findMany({
    where: eq(sessionResults.sessionId, sessionId),
    orderBy: [asc(sessionResults.capGroup), asc(sessionResults.rank)],
  });
}

/** The sessions whose results are fixed (their digests are sealed in the audit chain). */
export function resultsFixedSessions(db: Db) {
  return db.select().from(reviewSessions).where(isNotNull(reviewSessions.resultsFixedAt));
}

/** The expert record behind an account (the expert portal). */
export async function expertOfUser(db: Db, userId: string) {
  const [row] = await db.select().from(experts).where(eq(experts.userId, userId)).limit(1);
  return row;
}

/** The sessions an expert sits on. */
export function seatsOfExpert(db: Db, expertId: string) {
  return db
    .select({ seat: panelSeats, session: reviewSessions, committeeName: committees.name })
    .from(panelSeats)
    .innerJoin(reviewSessions, eq(reviewSessions.id, panelSeats.sessionId))
    .innerJoin(committees, eq(committees.id, reviewSessions.committeeId))
    .where(eq(panelSeats.expertId, expertId))
    .orderBy(asc(reviewSessions.heldOn));
}

/** Applications by id; the caller checks them against its committee (they are its own). */
export function applicationsByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.select().from(applications).where(inArray(applications.id, ids));
}

export function organisationNames(db: Db, ids: string[]) {
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, ids));
}

export function expertNames(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.select({ id: experts.id, name: experts.name }).from(experts).where(inArray(experts.id, ids));
}
