/**
 * The post plan's workflow as data (DESIGN rule 5): its states and who moves it from which
 * state to which. The service asks this table for every "may this be done now" and the API's
 * `actions` come from the same answer, so the two cannot disagree.
 */
import { type UnitCondition, type UnitFacts, type WorkflowTransition, workflowOf } from './workflow-table';

export const PLAN_STATES = ['draft', 'submitted', 'reviewed', 'returned', 'approved', 'superseded'] as const;
export type PlanState = (typeof PLAN_STATES)[number];

export const PLAN_STATE_NAMES: Readonly<Record<PlanState, string>> = {
  draft: '草稿',
  submitted: '待主管部门审核',
  reviewed: '待人社部门审批',
  returned: '已退回',
  approved: '已批准（执行中）',
  superseded: '已被新方案替代',
};

/**
 * How the actor stands to the plan's unit: its own unit (the unit's HR staff), its competent
 * department, the HR bureau of the unit's level (the approver), or a bureau above it that
 * only watches its region.
 */
export type PlanParty = 'unit' | 'department' | 'approver' | 'monitor';

/** The steps a party takes; `edit` keeps the state (a draft or a returned plan is corrected). */
export type PlanEvent = 'edit' | 'submit' | 'review' | 'return' | 'approve';

export type PlanCondition = UnitCondition;

export type PlanTransition = WorkflowTransition<PlanState, PlanEvent>;

export const PLAN_TRANSITIONS: readonly PlanTransition[] = [
  { event: 'edit', from: ['draft', 'returned'], to: null, party: 'unit', audit: 'post-plan.edited' },
  {
    event: 'submit',
    from: ['draft', 'returned'],
    to: 'submitted',
    party: 'unit',
    when: 'has-department',
    audit: 'post-plan.submitted',
  },
  // A unit without a competent department (主管部门) reports straight to the HR bureau.
  {
    event: 'submit',
    from: ['draft', 'returned'],
    to: 'reviewed',
    party: 'unit',
    when: 'no-department',
    audit: 'post-plan.submitted',
  },
  { event: 'review', from: ['submitted'], to: 'reviewed', party: 'department', audit: 'post-plan.reviewed' },
  { event: 'return', from: ['submitted'], to: 'returned', party: 'department', audit: 'post-plan.returned' },
  { event: 'return', from: ['reviewed'], to: 'returned', party: 'approver', audit: 'post-plan.returned' },
  { event: 'approve', from: ['reviewed'], to: 'approved', party: 'approver', audit: 'post-plan.approved' },
];

export type PlanFacts = UnitFacts;

const planWorkflow = workflowOf<PlanState, PlanEvent, PlanTransition>(PLAN_TRANSITIONS);

/** The transition `event` takes from `state` for one of the actor's parties, if any. */
export const planTransition = planWorkflow.transition;
/** Every step the actor's parties may take on a plan in `state` now, each once. */
export const planEvents = planWorkflow.events;
/** Whether a party ever takes `event` (in some state): a refusal is then a conflict of state, not of right. */
export const partyTakes = planWorkflow.partyTakes;

/** States whose plan is, or was, in force: the board and later versions read them. */
export const IN_FORCE_STATES: readonly PlanState[] = ['approved', 'superseded'];
