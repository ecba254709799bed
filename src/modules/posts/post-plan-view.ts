import type { Actor } from '../../domain/access/actor';
import { presentAll } from '../../domain/access/record-policy';
import type { PostGrade, RegionTier } from '../../domain/catalogue';
import { checkPlan, type PlanProblem, type PostPlan, postRulesOf } from '../../domain/posts';
import { PLAN_STATE_NAMES, type PlanEvent, type PlanState } from '../../domain/posts/plan-workflow';
import type { FundingKind, PostCategory } from '../../domain/posts/post-plan';
import { FUNDING_KIND_NAMES } from '../../domain/posts/post-plan';
import { policyForPlace } from '../policy';
import type { PlanRow } from './post-plans.repository';
import { type PlanRecord, postPlanPolicy } from './posts.policy';

export type PlanLines = (planId: string) => {
  gradeQuotas: { grade: number; quota: number }[];
  specialPosts: { grade: number; count: number; reason: string; citation: string | null }[];
};

const iso = (at: Date | null) => (at ? at.toISOString() : null);

/** The plan as the pure check reads it, from its row and lines. */
export function domainPlan(row: PlanRow, lines: PlanLines): PostPlan {
  const { plan } = row;
  const own = lines(plan.id);
  return {
    staffingQuota: plan.staffingQuota,
    funding: plan.funding as FundingKind,
    mainCategory: plan.mainCategory as PostCategory,
    totals: {
      professional: plan.professionalTotal,
      management: plan.managementTotal,
      support: plan.supportTotal,
    },
    gradeQuotas: own.gradeQuotas,
    specialPosts: own.specialPosts,
  };
}

/**
 * The rules a plan is checked against: the policy set in force for its unit's place on its
 * first day, read for its tier (no figure is typed here: all come from the parameters).
 */
export function planRules(place: { jurisdictionCode: string; tier: RegionTier; day: string }) {
  const policy = policyForPlace(place.jurisdictionCode, place.day);
  return { policy, rules: postRulesOf(policy, place.tier) };
}

/** Every failing item of a stored plan, with the policy set it was checked under. */
export function planCheck(row: PlanRow, lines: PlanLines) {
  const { plan, unit } = row;
  const { policy, rules } = planRules({
    jurisdictionCode: unit.jurisdictionCode,
    tier: plan.regionTier as RegionTier,
    day: plan.effectiveFrom,
  });
  const problems: PlanProblem[] = checkPlan(domainPlan(row, lines), {
    publicService: plan.publicService,
    ...(plan.highestGrade !== null ? { highestGrade: plan.highestGrade as PostGrade } : {}),
    rules,
  });
  return { policy: { id: policy.id, name: policy.name }, problems };
}

const actionsOf = (events: readonly PlanEvent[]) => ({
  edit: events.includes('edit'),
  submit: events.includes('submit'),
  review: events.includes('review'),
  return: events.includes('return'),
  approve: events.includes('approve'),
});

/** The API's view of one plan row. */
function planView(row: PlanRow, lines: PlanLines) {
  const { plan, unit } = row;
  return {
    id: plan.id,
    unit: { id: unit.id, name: unit.name },
    version: plan.version,
    state: plan.state,
    stateName: PLAN_STATE_NAMES[plan.state as PlanState] ?? plan.state,
    staffingQuota: plan.staffingQuota,
    funding: plan.funding,
    fundingName: FUNDING_KIND_NAMES[plan.funding as FundingKind] ?? plan.funding,
    mainCategory: plan.mainCategory,
    totals: {
      professional: plan.professionalTotal,
      management: plan.managementTotal,
      support: plan.supportTotal,
    },
    regionTier: plan.regionTier,
    publicService: plan.publicService,
    highestGrade: plan.highestGrade,
    effectiveFrom: plan.effectiveFrom,
    effectiveUntil: plan.effectiveUntil,
    approvalDocument: plan.approvalDocument,
    returnReasons: plan.returnReasons ?? [],
    ...lines(plan.id),
    submittedAt: iso(plan.submittedAt),
    reviewedAt: iso(plan.reviewedAt),
    approvedAt: iso(plan.approvedAt),
    updatedAt: plan.updatedAt.toISOString(),
    check: planCheck(row, lines),
  };
}

/**
 * Plans as the API answers them, each with its check (pure, so a queue shows every plan's
 * problems at once) and its `actions` from the policy; `approverOf` names the HR bureau of
 * each unit's level, which decides who approves.
 */
export function presentPlans(
  actor: Actor,
  rows: readonly PlanRow[],
  lines: PlanLines,
  approverOf: (jurisdictionCode: string) => string | null,
) {
  const records = rows.map((row) => ({
    row,
    record: { ...row, approverBureauId: approverOf(row.unit.jurisdictionCode) } satisfies PlanRecord,
  }));
  return presentAll(
    { abilitiesOf: (a, r: (typeof records)[number]) => postPlanPolicy.abilitiesOf(a, r.record) },
    actor,
    records,
    (r) => planView(r.row, lines),
  ).map(({ actions, ...view }) => ({ ...view, actions: actionsOf(actions) }));
}
