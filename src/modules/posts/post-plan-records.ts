import type { Db } from '../../db/client';
import { type Actor, hasPermission } from '../../domain/access/actor';
import { type RecordPolicy, requireAbility } from '../../domain/access/record-policy';
import type { RegionTier } from '../../domain/catalogue';
import { AppError, notFound } from '../../domain/errors';
import type { PlanEvent } from '../../domain/posts/plan-workflow';
import { findRegion } from '../../domain/regions';
import { competentHrBureau, findOrganisation } from '../organisations';
import * as repo from './post-plans.repository';
import { type PlanRecord, planRefusals, postPlanPolicy } from './posts.policy';

/**
 * The HR bureau of each of the given units' levels (the most local bureau whose region holds
 * the unit), looked up once per place: a list of plans names few places.
 */
export async function approversOf(db: Db, jurisdictionCodes: Iterable<string>) {
  const bureaus = new Map<string, string | null>();
  for (const code of new Set(jurisdictionCodes))
    bureaus.set(code, (await competentHrBureau(db, code))?.id ?? null);
  return (code: string) => bureaus.get(code) ?? null;
}

/** A record with its unit, with the HR bureau of the unit's level beside it (who approves or files). */
export async function withApprover<R extends { unit: { jurisdictionCode: string } }>(
  db: Db,
  row: R | undefined,
): Promise<(R & { approverBureauId: string | null }) | undefined> {
  if (!row) return undefined;
  const approverOf = await approversOf(db, [row.unit.jurisdictionCode]);
  return { ...row, approverBureauId: approverOf(row.unit.jurisdictionCode) };
}

/** The record, once the actor's abilities on it include `event` ("not found", 409 or 403 otherwise). */
export function recordFor<R, E>(
  policy: Pick<RecordPolicy<R, E, unknown>, 'abilitiesOf'>,
  refusals: (actor: Actor, record: R | undefined, event: E) => { hidden: () => Error; refused: () => Error },
  actor: Actor,
  record: R | undefined,
  event: E,
): R {
  requireAbility(record ? policy.abilitiesOf(actor, record) : null, event, refusals(actor, record, event));
  return record!;
}

/** A plan with its unit and the bureau that approves it, as the policy judges it. */
export async function loadPlanRecord(db: Db, id: string): Promise<(repo.PlanRow & PlanRecord) | undefined> {
  return withApprover(db, await repo.findPlan(db, id));
}

/** The plan, once the actor's abilities on it include `event` ("not found", 409 or 403 otherwise). */
export async function loadPlanFor(db: Db, actor: Actor, id: string, event: PlanEvent) {
  return recordFor<repo.PlanRow & PlanRecord, PlanEvent>(
    postPlanPolicy,
    planRefusals,
    actor,
    await loadPlanRecord(db, id),
    event,
  );
}

/** The plan the actor may see, or "not found". */
export async function loadVisiblePlan(db: Db, actor: Actor, id: string) {
  const record = await loadPlanRecord(db, id);
  if (!record || !postPlanPolicy.abilitiesOf(actor, record))
    throw notFound('岗位设置方案', 'POST_PLAN_NOT_FOUND');
  return record;
}

/** 省属 / 市属 / 县属 from the unit's region code: the tier the ratio targets are read for. */
export function regionTierOf(jurisdictionCode: string): RegionTier {
  const region = findRegion(jurisdictionCode);
  if (!region)
    throw new AppError(
      'unprocessable',
      'REGION_UNKNOWN',
      `单位所在地区代码${jurisdictionCode}未收录，无法确定岗位结构比例的适用层级`,
    );
  return region.level;
}

/**
 * The actor's own public institution, whose HR clerk (`posts.plan`) drafts its plans and
 * appointments: 403 to anyone else, 409 to a unit that is not a public institution (`what`:
 * the work, for the messages — 编制岗位设置方案, 办理岗位聘用).
 */
export async function clerkUnitOf(db: Db, actor: Actor, what: { work: string; subject: string }) {
  const unit =
    hasPermission(actor, 'posts.plan') && actor.organisationId
      ? await findOrganisation(db, actor.organisationId)
      : undefined;
  if (!unit) throw new AppError('forbidden', 'FORBIDDEN', `仅事业单位的人事管理人员可以${what.work}`);
  if (unit.kind !== 'employer' || unit.employerKind !== 'public-institution')
    throw new AppError(
      'conflict',
      'NOT_PUBLIC_INSTITUTION',
      `${what.subject}仅适用于事业单位，本单位不是事业单位`,
    );
  return unit;
}
