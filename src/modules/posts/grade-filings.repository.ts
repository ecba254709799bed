import { and, asc, count, desc, eq, gt, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { pageOf } from '../../db/page-query';
import {
  appointments,
  type GradeFilingCandidateRecord,
  type GradeFilingRecord,
  gradeFilingCandidates,
  gradeFilings,
  type NewGradeFilingRecord,
  organisations,
  persons,
} from '../../db/schema';
import type { PostGrade } from '../../domain/catalogue';
import type { GradeFilingState } from '../../domain/posts/grade-filing-workflow';
import { type PlanUnit, unitColumns, unitScopeCondition } from './post-plans.repository';
import type { PlanScope } from './posts.policy';

export type FilingCandidateRow = GradeFilingCandidateRecord & { name: string };
export type FilingRow = { filing: GradeFilingRecord; unit: PlanUnit; candidates: FilingCandidateRow[] };

/** The candidates of the given filings, in the unit's order, with their names. */
async function candidatesOf(db: Db, filingIds: readonly string[]) {
  const rows =
    filingIds.length === 0
      ? []
      : await db
          .select({ candidate: gradeFilingCandidates, name: persons.name })
          .from(gradeFilingCandidates)
          .innerJoin(persons, eq(persons.id, gradeFilingCandidates.personId))
          .where(inArray(gradeFilingCandidates.filingId, [...filingIds]))
          .orderBy(asc(gradeFilingCandidates.position));
  return (filingId: string) =>
    rows.filter((r) => r.candidate.filingId === filingId).map((r) => ({ ...r.candidate, name: r.name }));
}

const withUnit = (db: Db) =>
  db
    .select({ filing: gradeFilings, unit: unitColumns })
    .from(gradeFilings)
    .innerJoin(organisations, eq(organisations.id, gradeFilings.organisationId));

/** One filing with its unit and candidates. */
export async function findGradeFiling(db: Db, id: string): Promise<FilingRow | undefined> {
  const [row] = await withUnit(db).where(eq(gradeFilings.id, id));
  if (!row) return undefined;
  return { ...row, candidates: (await candidatesOf(db, [id]))(id) };
}

export interface GradeFilingFilters {
  state?: GradeFilingState | undefined;
  organisationId?: string | undefined;
  targetGrade?: number | undefined;
}
export type GradeFilingSort = 'updatedAt' | '-updatedAt' | 'plannedDate' | '-plannedDate';

/** One page of the filings in the actor's scope (the provincial bureau's queue when filtered by state). */
export async function listGradeFilings(
  db: Db,
  scope: PlanScope,
  filters: GradeFilingFilters,
  sort: GradeFilingSort,
  window: { limit: number; offset: number },
): Promise<{ items: FilingRow[]; total: number }> {
  const inScope = unitScopeCondition(scope, gradeFilings);
  if (!inScope) return { items: [], total: 0 };
  const where = and(
    inScope,
    filters.state ? eq(gradeFilings.state, filters.state) : undefined,
    filters.organisationId ? eq(gradeFilings.organisationId, filters.organisationId) : undefined,
    filters.targetGrade !== undefined ? eq(gradeFilings.targetGrade, filters.targetGrade) : undefined,
  );
  const column = sort.endsWith('plannedDate') ? gradeFilings.plannedDate : gradeFilings.updatedAt;
  const counted = db
    .select({ n: count() })
    .from(gradeFilings)
    .innerJoin(organisations, eq(organisations.id, gradeFilings.organisationId))
    .where(where)
    .then(([row]) => row?.n ?? 0);
  const page = await pageOf(
    withUnit(db)
      .where(where)
      .orderBy((sort.startsWith('-') ? desc : asc)(column), asc(gradeFilings.id))
      .$dynamic(),
    window,
    counted,
  );
  const of = await candidatesOf(
    db,
    page.items.map((r) => r.filing.id),
  );
  return { items: page.items.map((r) => ({ ...r, candidates: of(r.filing.id) })), total: page.total };
}

/** A candidate as the unit lists them, with the post and title on record. */
export type CandidateColumns = Omit<GradeFilingCandidateRecord, 'filingId'>;

/** Writes a new filing with its candidates in the caller's transaction. */
export async function insertGradeFiling(tx: Db, row: NewGradeFilingRecord, candidates: CandidateColumns[]) {
  const [inserted] = await tx.insert(gradeFilings).values(row).returning();
  if (candidates.length)
    await tx.insert(gradeFilingCandidates).values(candidates.map((c) => ({ ...c, filingId: inserted!.id })));
  return inserted!;
}

/** Replaces a filing's candidates (an edit, or the results of 评后报告). */
export async function replaceCandidates(tx: Db, filingId: string, candidates: CandidateColumns[]) {
  await tx.delete(gradeFilingCandidates).where(eq(gradeFilingCandidates.filingId, filingId));
  if (candidates.length)
    await tx.insert(gradeFilingCandidates).values(candidates.map((c) => ({ ...c, filingId })));
}

/** Moves a filing only if it is still in one of `from` (compare-and-set). */
export async function updateGradeFilingIf(
  tx: Db,
  id: string,
  from: readonly GradeFilingState[],
  columns: Partial<NewGradeFilingRecord>,
): Promise<GradeFilingRecord | undefined> {
  const [row] = await tx
    .update(gradeFilings)
    .set(columns)
    .where(and(eq(gradeFilings.id, id), inArray(gradeFilings.state, [...from])))
    .returning();
  return row;
}

/** The unit's filing for the grade still on its way (not approved), if any. */
export async function openGradeFilingOf(db: Db, organisationId: string, targetGrade: number) {
  const open: GradeFilingState[] = ['draft', 'communicated', 'acknowledged', 'reported', 'returned'];
  const [row] = await db
    .select({ id: gradeFilings.id })
    .from(gradeFilings)
    .where(
      and(
        eq(gradeFilings.organisationId, organisationId),
        eq(gradeFilings.targetGrade, targetGrade),
        inArray(gradeFilings.state, open),
      ),
    );
  return row;
}

/**
 * The grades the provincial bureau approved for a person in a unit: approved filings that
 * passed them, with the document number (the appointment guard's fact).
 */
export async function approvedGradeFilingsOf(db: Db, personId: string, organisationId: string) {
  const rows = await db
    .select({ grade: gradeFilings.targetGrade, approvalDocument: gradeFilings.approvalDocument })
    .from(gradeFilingCandidates)
    .innerJoin(gradeFilings, eq(gradeFilings.id, gradeFilingCandidates.filingId))
    .where(
      and(
        eq(gradeFilingCandidates.personId, personId),
        eq(gradeFilingCandidates.passed, true),
        eq(gradeFilings.organisationId, organisationId),
        eq(gradeFilings.state, 'approved'),
      ),
    );
  return rows.map((r) => ({ grade: r.grade as PostGrade, approvalDocument: r.approvalDocument ?? '' }));
}

/** The unit's staff holding a filed post at `grade` on `day` (the candidates a filing may list). */
export function staffAtGrade(db: Db, organisationId: string, grade: number, day: string) {
  return db
    .select({ personId: appointments.personId, name: persons.name, since: appointments.startDate })
    .from(appointments)
    .innerJoin(persons, eq(persons.id, appointments.personId))
    .where(
      and(
        eq(appointments.organisationId, organisationId),
        eq(appointments.grade, grade),
        inArray(appointments.state, ['filed', 'ended']),
        lte(appointments.startDate, day),
        or(isNull(appointments.endDate), gt(appointments.endDate, day)),
      ),
    )
    .orderBy(asc(persons.name));
}
