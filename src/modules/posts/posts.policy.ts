import type { OrganisationRecord, PostPlanRecord } from '../../db/schema';
import { type Actor, hasPermission } from '../../domain/access/actor';
import type { RecordPolicy } from '../../domain/access/record-policy';
import { AppError, notFound } from '../../domain/errors';
import {
  PLAN_STATE_NAMES,
  type PlanEvent,
  type PlanParty,
  type PlanState,
  partyTakes,
  planEvents,
} from '../../domain/posts/plan-workflow';
import { isWithinRegion, regionPrefix } from '../../domain/regions';

/** The unit a plan or a board belongs to, with what decides who stands where to it. */
export interface PostUnit {
  unit: Pick<OrganisationRecord, 'id' | 'departmentId' | 'jurisdictionCode'>;
  /** The HR bureau of the unit's level (the most local bureau whose region holds it); null when none is on record. */
  approverBureauId: string | null;
}

/**
 * How the actor stands to a unit: its own unit's HR staff, its competent department, the
 * HR bureau of its level (which approves), or a bureau above that watches its region.
 */
export function partiesOf(actor: Actor, { unit, approverBureauId }: PostUnit): PlanParty[] {
  const parties: PlanParty[] = [];
  if (hasPermission(actor, 'posts.plan') && actor.organisationId === unit.id) parties.push('unit');
  if (hasPermission(actor, 'posts.review') && unit.departmentId && actor.organisationId === unit.departmentId)
    parties.push('department');
  if (hasPermission(actor, 'posts.approve') && isWithinRegion(unit.jurisdictionCode, actor.jurisdictionCode))
    parties.push(
      approverBureauId !== null && actor.organisationId === approverBureauId ? 'approver' : 'monitor',
    );
  return parties;
}

/**
 * Which plans the actor may list, as the repository filters them: its own unit's, those of
 * the units it is the competent department of, those of the units of its region (HR). Drafts
 * are the unit's alone until submitted. All null: none.
 */
export interface PlanScope {
  ownUnitId: string | null;
  departmentId: string | null;
  regionPrefix: string | null;
}

export type PlanRecord = PostUnit & { plan: Pick<PostPlanRecord, 'state'> };

/**
 * A post plan is its unit's, its department's once submitted, and the HR bureaus' of its
 * region once submitted; what each may do is the workflow table's answer for its parties
 * and the plan's state. Anyone else is told the plan does not exist.
 */
export const postPlanPolicy: RecordPolicy<PlanRecord, PlanEvent, PlanScope> = {
  scopeOf: (actor) => ({
    ownUnitId: hasPermission(actor, 'posts.plan') ? actor.organisationId : null,
    departmentId: hasPermission(actor, 'posts.review') ? actor.organisationId : null,
    regionPrefix: hasPermission(actor, 'posts.approve') ? regionPrefix(actor.jurisdictionCode) : null,
  }),
  abilitiesOf(actor, record) {
    const parties = partiesOf(actor, record);
    const own = parties.includes('unit');
    if (parties.length === 0 || (!own && record.plan.state === 'draft')) return null;
    return planEvents(record.plan.state as PlanState, parties, {
      hasDepartment: record.unit.departmentId !== null,
    });
  },
};

/** A unit's post board is seen by the unit, its department and the HR bureaus of its region. */
export const postBoardPolicy: RecordPolicy<PostUnit, 'view', PlanScope> = {
  scopeOf: postPlanPolicy.scopeOf,
  abilitiesOf: (actor, unit) => (partiesOf(actor, unit).length > 0 ? ['view'] : null),
};

const EVENT_NAMES: Readonly<Record<PlanEvent, string>> = {
  edit: '修改',
  submit: '报送',
  review: '审核',
  return: '退回',
  approve: '审批',
};

/** What a workflow's refusals name: the record, its codes, its states' and steps' names, who takes which step. */
interface RefusalWords<R, E extends string> {
  what: string;
  notFoundCode: string;
  stateCode: string;
  stateName: (record: R) => string;
  eventNames: Readonly<Record<E, string>>;
  takes: (event: E, parties: readonly PlanParty[]) => boolean;
  /** How the actor stands to the record, when not as to a plan (a grade filing answers to the province). */
  partiesOf?: (actor: Actor, record: R) => PlanParty[];
}

/**
 * How a step is refused: "not found" to a stranger; a conflict of state to a party that takes
 * this step at another stage; forbidden to a party that never takes it (a bureau above the
 * approving one, a department approving).
 */
export function workflowRefusals<R extends Pick<PostUnit, 'unit'>, E extends string>(
  words: RefusalWords<R, E>,
) {
  const parties = words.partiesOf ?? ((actor: Actor, record: R) => partiesOf(actor, record as R & PostUnit));
  return (actor: Actor, record: R | undefined, event: E) => ({
    hidden: () => notFound(words.what, words.notFoundCode),
    refused: () =>
      record && words.takes(event, parties(actor, record))
        ? new AppError(
            'conflict',
            words.stateCode,
            `${words.what}当前为「${words.stateName(record)}」，不能${words.eventNames[event]}`,
          )
        : new AppError('forbidden', 'FORBIDDEN', `无权${words.eventNames[event]}该${words.what}`),
  });
}

export const planRefusals = workflowRefusals<PlanRecord, PlanEvent>({
  what: '岗位设置方案',
  notFoundCode: 'POST_PLAN_NOT_FOUND',
  stateCode: 'POST_PLAN_STATE',
  stateName: (r) => PLAN_STATE_NAMES[r.plan.state as PlanState] ?? r.plan.state,
  eventNames: EVENT_NAMES,
  takes: partyTakes,
});
