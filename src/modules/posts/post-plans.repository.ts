import {
  and,
  asc,
  count,
  desc,
  eq,
  inArray,
  isNull,
  like,
  lt,
  lte,
  max,
  ne,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import {
  type NewPostPlanRecord,
  organisations,
  type PostPlanRecord,
  postPlanGrades,
  postPlanSpecialLines,
  postPlans,
} from '../../db/schema';
import { IN_FORCE_STATES, type PlanState } from '../../domain/posts/plan-workflow';
import type { PostPlan } from '../../domain/posts/post-plan';
import type { PlanScope } from './posts.policy';

/** The unit columns every plan is read with: its name and what decides who stands where to it. */
export const unitColumns = {
  id: organisations.id,
  name: organisations.name,
  departmentId: organisations.departmentId,
  jurisdictionCode: organisations.jurisdictionCode,
};

export type PlanUnit = { id: string; name: string; departmentId: string | null; jurisdictionCode: string };
export type PlanRow = { plan: PostPlanRecord; unit: PlanUnit };

/** One plan with its unit. */
export async function findPlan(db: Db, id: string): Promise<PlanRow | undefined> {
  const [row] = await db
    .select({ plan: postPlans, unit: unitColumns })
    .from(postPlans)
    .innerJoin(organisations, eq(organisations.id, postPlans.organisationId))
    .where(eq(postPlans.id, id));
  return row;
}

/** The grade quotas and special lines of the given plans, by plan id. */
export async function linesOf(db: Db, planIds: readonly string[]) {
  const ids = [...planIds];
  const [grades, specials] =
    ids.length === 0
      ? [[], []]
      : await Promise.all([
          db
            .select()
            .from(postPlanGrades)
            .where(inArray(postPlanGrades.planId, ids))
            .orderBy(asc(postPlanGrades.grade)),
          db
            .select()
            .from(postPlanSpecialLines)
            .where(inArray(postPlanSpecialLines.planId, ids))
            .orderBy(asc(postPlanSpecialLines.position)),
        ]);
  return (planId: string) => ({
    gradeQuotas: grades.filter((g) => g.planId === planId).map(({ grade, quota }) => ({ grade, quota })),
    specialPosts: specials
      .filter((s) => s.planId === planId)
      .map(({ grade, count, reason, citation }) => ({ grade, count, reason, citation })),
  });
}

/** The next version number of a unit's plans. */
export async function nextVersion(tx: Db, organisationId: string): Promise<number> {
  const [row] = await tx
    .select({ last: max(postPlans.version) })
    .from(postPlans)
    .where(eq(postPlans.organisationId, organisationId));
  return (row?.last ?? 0) + 1;
}

/** A unit's plan still on its way (drafted, submitted, reviewed or returned), if any. */
export function openPlanOf(db: Db, organisationId: string) {
  return db.query.postPlans.findFirst({
    where: and(
      eq(postPlans.organisationId, organisationId),
      inArray(postPlans.state, ['draft', 'submitted', 'reviewed', 'returned']),
    ),
  });
}

/** A unit's approved (current) version, if any. */
export function approvedPlanOf(db: Db, organisationId: string) {
  return db.query.postPlans.findFirst({
    where: and(eq(postPlans.organisationId, organisationId), eq(postPlans.state, 'approved')),
  });
}

/** The version in force at `day`: approved or since superseded, begun by then and not yet ended. */
export function planInForceAt(db: Db, organisationId: string, day: string) {
  return db.query.postPlans.findFirst({
    where: and(
      eq(postPlans.organisationId, organisationId),
      inArray(postPlans.state, [...IN_FORCE_STATES]),
      lte(postPlans.effectiveFrom, day),
      or(isNull(postPlans.effectiveUntil), sql`${day}::date < ${postPlans.effectiveUntil}`),
    ),
    orderBy: desc(postPlans.effectiveFrom),
  });
}

export async function insertPlan(tx: Db, row: NewPostPlanRecord): Promise<PostPlanRecord> {
  const [inserted] = await tx.insert(postPlans).values(row).returning();
  return inserted!;
}

/** Replaces a plan's grade quotas and special lines with the draft's (a grade without quota gets no row). */
export async function replaceLines(
  tx: Db,
  planId: string,
  plan: Pick<PostPlan, 'gradeQuotas'> & {
    specialPosts: readonly { grade: number; count: number; reason: string; citation?: string | null }[];
  },
) {
  await tx.delete(postPlanGrades).where(eq(postPlanGrades.planId, planId));
  await tx.delete(postPlanSpecialLines).where(eq(postPlanSpecialLines.planId, planId));
  const grades = plan.gradeQuotas.filter((g) => g.quota > 0);
  if (grades.length > 0)
    await tx.insert(postPlanGrades).values(grades.map(({ grade, quota }) => ({ planId, grade, quota })));
  if (plan.specialPosts.length > 0)
    await tx.insert(postPlanSpecialLines).values(
      plan.specialPosts.map((s, position) => ({
        planId,
        position,
        grade: s.grade,
        count: s.count,
        reason: s.reason,
        citation: s.citation ?? null,
      })),
    );
}

/**
 * Writes a plan only while it is still in one of `from` (compare-and-set): a step taken
 * meanwhile by someone else leaves no row, and the caller refuses with the state it finds.
 */
export async function updatePlanIf(
  tx: Db,
  id: string,
  from: readonly PlanState[],
  values: Partial<NewPostPlanRecord>,
): Promise<PostPlanRecord | undefined> {
  const [row] = await tx
    .update(postPlans)
    .set(values)
    .where(and(eq(postPlans.id, id), inArray(postPlans.state, [...from])))
    .returning();
  return row;
}

/**
 * Ends a unit's approved version the day the next one starts; returns the version ended, if any.
 * Only a version that began before `until` is ended: one approved meanwhile from the same day or
 * later stays, and the caller's approval then meets the one-approved index (a conflict).
 */
export async function supersedeApproved(tx: Db, organisationId: string, until: string, at: Date) {
  const [row] = await tx
    .update(postPlans)
    .set({ state: 'superseded', effectiveUntil: until, updatedAt: at })
    .where(
      and(
        eq(postPlans.organisationId, organisationId),
        eq(postPlans.state, 'approved'),
        lt(postPlans.effectiveFrom, until),
      ),
    )
    .returning({ id: postPlans.id, version: postPlans.version });
  return row;
}

export interface PlanFilters {
  state?: string | undefined;
  organisationId?: string | undefined;
  year?: number | undefined;
}

export type PlanSort = 'effectiveFrom' | '-effectiveFrom' | 'updatedAt' | '-updatedAt' | 'unit' | '-unit';

/** The actor's part of the plans (`PlanScope`): its own unit's, its department's and its region's, drafts its own only. */
/**
 * The records of a unit-owned table the actor may list (plans, appointments), with the unit
 * joined as `organisations`: its own unit's, its department's units' and its region's once they
 * have left the draft.
 */
export function unitScopeCondition(
  scope: PlanScope,
  columns: { organisationId: PgColumn; state: PgColumn },
): SQL | undefined {
  const submitted = ne(columns.state, 'draft');
  const parts = [
    scope.ownUnitId ? eq(columns.organisationId, scope.ownUnitId) : undefined,
    scope.departmentId ? and(eq(organisations.departmentId, scope.departmentId), submitted) : undefined,
    scope.regionPrefix !== null
      ? and(like(organisations.jurisdictionCode, `${scope.regionPrefix}%`), submitted)
      : undefined,
  ].filter((p): p is SQL => p !== undefined);
  return parts.length === 0 ? undefined : or(...parts);
}

function orderOf(sort: PlanSort) {
  const column = sort.endsWith('unit')
    ? organisations.name
    : sort.endsWith('updatedAt')
      ? postPlans.updatedAt
      : postPlans.effectiveFrom;
  const direction = sort.startsWith('-') ? desc : asc;
  return [direction(column), asc(postPlans.organisationId), desc(postPlans.version)];
}

/** One page of the plans in the actor's scope (a queue when filtered by state), with their units. */
export async function listPlans(
  db: Db,
  scope: PlanScope,
  filters: PlanFilters,
  sort: PlanSort,
  page: { limit: number; offset: number },
): Promise<{ items: PlanRow[]; total: number }> {
  const inScope = unitScopeCondition(scope, postPlans);
  if (!inScope) return { items: [], total: 0 };
  const where = and(
    inScope,
    filters.state ? eq(postPlans.state, filters.state) : undefined,
    filters.organisationId ? eq(postPlans.organisationId, filters.organisationId) : undefined,
    filters.year !== undefined
      ? sql`extract(year from ${postPlans.effectiveFrom}) = ${filters.year}`
      : undefined,
  );
  const [items, [total]] = await Promise.all([
    db
      .select({ plan: postPlans, unit: unitColumns })
      .from(postPlans)
      .innerJoin(organisations, eq(organisations.id, postPlans.organisationId))
      .where(where)
      .orderBy(...orderOf(sort))
      .limit(page.limit)
      .offset(page.offset),
    db
      .select({ n: count() })
      .from(postPlans)
      .innerJoin(organisations, eq(organisations.id, postPlans.organisationId))
      .where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}
