import type { GradeFilingRecord } from '../../db/schema';
import { type Actor, hasPermission } from '../../domain/access/actor';
import type { RecordPolicy } from '../../domain/access/record-policy';
import {
  GRADE_FILING_STATE_NAMES,
  type GradeFilingEvent,
  type GradeFilingState,
  gradeFilingEvents,
  gradeFilingPartyTakes,
} from '../../domain/posts/grade-filing-workflow';
import type { PlanParty } from '../../domain/posts/plan-workflow';
import { isWithinRegion, provinceCodeOf } from '../../domain/regions';
import { type PlanScope, type PostUnit, postPlanPolicy, workflowRefusals } from './posts.policy';

type FilingUnit = PostUnit['unit'];
export type GradeFilingPolicyRecord = { unit: FilingUnit; filing: Pick<GradeFilingRecord, 'state'> };

/**
 * How the actor stands to a filing's unit: the unit itself, the HR bureau of the unit's
 * province (`approver`: 评前沟通, 评后报告 and 备案核准 go to the 省人社厅 whatever the unit's
 * level), or another bureau of the region that only watches. Departments take no part.
 */
export function filingPartiesOf(actor: Actor, unit: FilingUnit): PlanParty[] {
  const parties: PlanParty[] = [];
  if (hasPermission(actor, 'posts.plan') && actor.organisationId === unit.id) parties.push('unit');
  if (hasPermission(actor, 'posts.approve') && isWithinRegion(unit.jurisdictionCode, actor.jurisdictionCode))
    parties.push(actor.jurisdictionCode === provinceCodeOf(unit.jurisdictionCode) ? 'approver' : 'monitor');
  return parties;
}

/**
 * A filing is its unit's, and the HR bureaus' of its region once communicated; what each may
 * do is the workflow table's answer for its parties. Anyone else is told it does not exist.
 */
export const gradeFilingPolicy: RecordPolicy<GradeFilingPolicyRecord, GradeFilingEvent, PlanScope> = {
  scopeOf: (actor) => ({ ...postPlanPolicy.scopeOf(actor), departmentId: null }),
  abilitiesOf(actor, record) {
    const parties = filingPartiesOf(actor, record.unit);
    if (parties.length === 0 || (!parties.includes('unit') && record.filing.state === 'draft')) return null;
    return gradeFilingEvents(record.filing.state as GradeFilingState, parties);
  },
};

const EVENT_NAMES: Readonly<Record<GradeFilingEvent, string>> = {
  edit: '修改',
  communicate: '报送评前沟通',
  acknowledge: '答复评前沟通',
  report: '报送评后报告',
  return: '退回',
  approve: '备案核准',
};

export const gradeFilingRefusals = workflowRefusals<GradeFilingPolicyRecord, GradeFilingEvent>({
  what: '岗位评定备案',
  notFoundCode: 'GRADE_FILING_NOT_FOUND',
  stateCode: 'GRADE_FILING_STATE',
  stateName: (r) => GRADE_FILING_STATE_NAMES[r.filing.state as GradeFilingState] ?? r.filing.state,
  eventNames: EVENT_NAMES,
  takes: gradeFilingPartyTakes,
  partiesOf: (actor, record) => filingPartiesOf(actor, record.unit),
});
