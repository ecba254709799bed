import { and, asc, count, desc, eq, gt, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { pageOf } from '../../db/page-query';
import {
  type AppointmentRecord,
  appointments,
  type NewAppointmentRecord,
  organisations,
  persons,
} from '../../db/schema';
import type { AppointmentState } from '../../domain/posts/appointment-workflow';
import { unitScopeCondition } from './post-plans.repository';
import { markBoardStale } from './post-statistics.repository';
import type { PlanScope } from './posts.policy';

/**
 * A unit's appointments current on `day` (begun by then, not yet ended: the end is
 * exclusive), as the board counts them. The filter is the board's own definition
 * (domain/posts/post-board.ts), so the board sees no row it would not count. An `ended`
 * appointment still held its post until its end date, so a board of an earlier day counts it.
 */
export function filedAppointmentsAt(db: Db, organisationId: string, day: string) {
  return db
    .select({
      grade: appointments.grade,
      boardKind: appointments.boardKind,
      borrowedFromGrade: appointments.borrowedFromGrade,
      startDate: appointments.startDate,
      endDate: appointments.endDate,
    })
    .from(appointments)
    .where(
      and(
        eq(appointments.organisationId, organisationId),
        inArray(appointments.state, ['filed', 'ended']),
        lte(appointments.startDate, day),
        or(isNull(appointments.endDate), gt(appointments.endDate, day)),
      ),
    );
}

/**
 * Locks the unit's row until the caller's transaction ends: filings into one unit take turns,
 * so each re-check sees the posts the one before it filed (two filings racing for the last
 * vacancy would otherwise both pass).
 */
export async function lockUnitForFiling(tx: Db, organisationId: string) {
  await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .for('update');
}

/** The states the board counts: a write into or out of them moves the unit's figures. */
const BOARD_STATES: readonly string[] = ['filed', 'ended'];

/** Records an appointment in the caller's transaction (a draft of the workflow, or a test's filed row). */
export async function insertAppointment(tx: Db, row: NewAppointmentRecord): Promise<AppointmentRecord> {
  const [inserted] = await tx.insert(appointments).values(row).returning();
  if (BOARD_STATES.includes(inserted!.state)) await markBoardStale(tx, inserted!.organisationId);
  return inserted!;
}

/**
 * Records a proposal from a conferred title unless the application already has one (the partial
 * unique index on `application_id`): undefined when it had.
 */
export async function insertProposal(
  tx: Db,
  row: NewAppointmentRecord,
): Promise<AppointmentRecord | undefined> {
  const [inserted] = await tx.insert(appointments).values(row).onConflictDoNothing().returning();
  return inserted;
}

const unitColumns = {
  id: organisations.id,
  name: organisations.name,
  departmentId: organisations.departmentId,
  jurisdictionCode: organisations.jurisdictionCode,
};
const personColumns = { id: persons.id, name: persons.name };

export type AppointmentRow = {
  appointment: AppointmentRecord;
  unit: { id: string; name: string; departmentId: string | null; jurisdictionCode: string };
  person: { id: string; name: string };
};

const withParties = (db: Db) =>
  db
    .select({ appointment: appointments, unit: unitColumns, person: personColumns })
    .from(appointments)
    .innerJoin(organisations, eq(organisations.id, appointments.organisationId))
    .innerJoin(persons, eq(persons.id, appointments.personId));

/** One appointment with its unit and person. */
export async function findAppointment(db: Db, id: string): Promise<AppointmentRow | undefined> {
  const [row] = await withParties(db).where(eq(appointments.id, id));
  return row;
}

/** A person's appointments in a unit, filed or ended, in the order they began: the post history. */
export function recordedAppointmentsOf(db: Db, personId: string, organisationId?: string) {
  return db
    .select()
    .from(appointments)
    .where(
      and(
        eq(appointments.personId, personId),
        inArray(appointments.state, ['filed', 'ended']),
        organisationId ? eq(appointments.organisationId, organisationId) : undefined,
      ),
    )
    .orderBy(asc(appointments.startDate), asc(appointments.createdAt));
}

/** A unit's filed and ended appointments: the 退二进一 figures are derived from them. */
export function recordedAppointmentsOfUnit(db: Db, organisationId: string) {
  return db
    .select()
    .from(appointments)
    .where(
      and(eq(appointments.organisationId, organisationId), inArray(appointments.state, ['filed', 'ended'])),
    );
}

/** Moves an appointment only if it is still in one of `from` (compare-and-set). */
export async function updateAppointmentIf(
  tx: Db,
  id: string,
  from: readonly AppointmentState[],
  columns: Partial<NewAppointmentRecord>,
): Promise<AppointmentRecord | undefined> {
  const [row] = await tx
    .update(appointments)
    .set(columns)
    .where(and(eq(appointments.id, id), inArray(appointments.state, [...from])))
    .returning();
  if (row && (from.some((state) => BOARD_STATES.includes(state)) || BOARD_STATES.includes(row.state)))
    await markBoardStale(tx, row.organisationId);
  return row;
}

/**
 * Ends the person's filed appointments in the unit other than `keepId` on `endDate` (exclusive):
 * a later appointment replaces them, or an ending appointment closes them. A fixed term that ran
 * out before `endDate` keeps its own end: the post was not held after it.
 */
export function endFiledAppointments(
  tx: Db,
  personId: string,
  organisationId: string,
  endDate: string,
  keepId: string,
) {
  return tx
    .update(appointments)
    .set({
      state: 'ended',
      endDate: sql`least(coalesce(${appointments.endDate}, ${endDate}::date), ${endDate}::date)`,
    })
    .where(
      and(
        eq(appointments.personId, personId),
        eq(appointments.organisationId, organisationId),
        eq(appointments.state, 'filed'),
        ne(appointments.id, keepId),
      ),
    )
    .returning({ id: appointments.id, grade: appointments.grade });
}

export interface AppointmentFilters {
  state?: AppointmentState | undefined;
  organisationId?: string | undefined;
  personId?: string | undefined;
  grade?: number | undefined;
}
export type AppointmentSort = 'startDate' | '-startDate' | 'updatedAt' | '-updatedAt' | 'grade' | '-grade';

function orderOf(sort: AppointmentSort) {
  const column = sort.endsWith('grade')
    ? appointments.grade
    : sort.endsWith('updatedAt')
      ? appointments.updatedAt
      : appointments.startDate;
  return [(sort.startsWith('-') ? desc : asc)(column), asc(appointments.id)];
}

/** One page of the appointments in the actor's scope (a queue when filtered by state). */
export async function listAppointments(
  db: Db,
  scope: PlanScope,
  filters: AppointmentFilters,
  sort: AppointmentSort,
  window: { limit: number; offset: number },
): Promise<{ items: AppointmentRow[]; total: number }> {
  const inScope = unitScopeCondition(scope, appointments);
  if (!inScope) return { items: [], total: 0 };
  const where = and(
    inScope,
    filters.state ? eq(appointments.state, filters.state) : undefined,
    filters.organisationId ? eq(appointments.organisationId, filters.organisationId) : undefined,
    filters.personId ? eq(appointments.personId, filters.personId) : undefined,
    filters.grade !== undefined ? eq(appointments.grade, filters.grade) : undefined,
  );
  const counted = db
    .select({ n: count() })
    .from(appointments)
    .innerJoin(organisations, eq(organisations.id, appointments.organisationId))
    .where(where)
    .then(([row]) => row?.n ?? 0);
  return pageOf(
    withParties(db)
      .where(where)
      .orderBy(...orderOf(sort))
      .$dynamic(),
    window,
    counted,
  );
}
