/**
 * The grade filing's workflow as data (DESIGN rule 5), like the plan's and the appointment's:
 * 评前沟通 (the unit tells the provincial HR bureau its plan), the bureau's go-ahead, 评后报告
 * (the results) and 备案核准 (the bureau approves the filing with a document number), or a
 * return with reasons at either stage. The service asks this table for every "may this be done
 * now" and the API's `actions` come from the same answer.
 */
import type { PlanParty } from './plan-workflow';
import { type WorkflowTransition, workflowOf } from './workflow-table';

export const GRADE_FILING_STATES = [
  'draft',
  'communicated',
  'acknowledged',
  'reported',
  'approved',
  'returned',
] as const;
export type GradeFilingState = (typeof GRADE_FILING_STATES)[number];

export const GRADE_FILING_STATE_NAMES: Readonly<Record<GradeFilingState, string>> = {
  draft: '草稿',
  communicated: '评前沟通（待省人社厅答复）',
  acknowledged: '同意开展评定',
  reported: '评后报告（待省人社厅核准）',
  approved: '已备案核准',
  returned: '已退回',
};

/** `edit` keeps the state; `communicate` 评前沟通, `acknowledge` the go-ahead, `report` 评后报告, `approve` 备案核准. */
export type GradeFilingEvent = 'edit' | 'communicate' | 'acknowledge' | 'report' | 'return' | 'approve';

export type GradeFilingTransition = WorkflowTransition<GradeFilingState, GradeFilingEvent>;

/**
 * The unit drafts and reports; the provincial HR bureau (party `approver` here: the bureau of
 * the unit's province, not of its level) answers. A return at either stage sends the whole
 * filing back: the unit corrects its plan and communicates it again, as the bureau's earlier
 * go-ahead was for the plan it returned.
 */
export const GRADE_FILING_TRANSITIONS: readonly GradeFilingTransition[] = [
  { event: 'edit', from: ['draft', 'returned'], to: null, party: 'unit', audit: 'grade-filing.edited' },
  {
    event: 'communicate',
    from: ['draft', 'returned'],
    to: 'communicated',
    party: 'unit',
    audit: 'grade-filing.communicated',
  },
  {
    event: 'acknowledge',
    from: ['communicated'],
    to: 'acknowledged',
    party: 'approver',
    audit: 'grade-filing.acknowledged',
  },
  {
    event: 'return',
    from: ['communicated', 'reported'],
    to: 'returned',
    party: 'approver',
    audit: 'grade-filing.returned',
  },
  { event: 'report', from: ['acknowledged'], to: 'reported', party: 'unit', audit: 'grade-filing.reported' },
  { event: 'approve', from: ['reported'], to: 'approved', party: 'approver', audit: 'grade-filing.approved' },
];

const gradeFilingWorkflow = workflowOf<GradeFilingState, GradeFilingEvent, GradeFilingTransition>(
  GRADE_FILING_TRANSITIONS,
);

/** The transition `event` takes from `state` for one of the actor's parties, if any. */
export const gradeFilingTransition = (
  event: GradeFilingEvent,
  state: GradeFilingState,
  parties: PlanParty[],
) => gradeFilingWorkflow.transition(event, state, parties, { hasDepartment: false });
/** Every step the actor's parties may take on a filing in `state` now, each once. */
export const gradeFilingEvents = (state: GradeFilingState, parties: readonly PlanParty[]) =>
  gradeFilingWorkflow.events(state, parties, { hasDepartment: false });
/** Whether a party ever takes `event`: a refusal is then a conflict of state, not of right. */
export const gradeFilingPartyTakes = gradeFilingWorkflow.partyTakes;
