/**
 * What a transition may require, by name; the facts come from the application and the
 * working-day calendar, gathered by the service. Each unmet guard has a Chinese reason.
 */
export interface TransitionFacts {
  today: string;
  personalCommitment: boolean;
  unitCommitment: boolean;
  reason: string | null;
  /** The applicant is dispatched staff (劳务派遣): agency and using unit both review and publicise. */
  dispatched: boolean;
  /** The employer answers to a competent department (主管部门) that must review next. */
  hasDepartment: boolean;
  unitPublicityEndsOn: string | null;
  dispatchPublicityEndsOn: string | null;
  openObjections: number;
  committeeAssigned: boolean;
  returnedByCommitteeBefore: boolean;
  /** The session's fixed result for this application, when a session fires the step. */
  reviewOutcome?: 'passed' | 'failed' | null;
  resultPublicityEndsOn?: string | null;
  announcementNumber?: string | null;
  /** 评聘结合 within the post structure: why the unit may not recommend one more at the level (posts module). */
  combinedPostProblem?: string | null;
}

export const GUARDS = {
  'personal-commitment': (f: TransitionFacts) => (f.personalCommitment ? null : '须签署个人承诺'),
  'unit-commitment': (f: TransitionFacts) => (f.unitCommitment ? null : '须签署单位承诺'),
  'reason-given': (f: TransitionFacts) => (f.reason && f.reason.trim().length >= 2 ? null : '须写明理由'),
  dispatched: (f: TransitionFacts) => (f.dispatched ? null : '申报人不是劳务派遣人员'),
  'not-dispatched': (f: TransitionFacts) => (f.dispatched ? '劳务派遣人员须经派遣单位审核' : null),
  'has-department': (f: TransitionFacts) => (f.hasDepartment ? null : '该单位没有主管部门'),
  'no-department': (f: TransitionFacts) => (f.hasDepartment ? '须先经主管部门审核' : null),
  'unit-publicity-ended': (f: TransitionFacts) =>
    f.unitPublicityEndsOn && f.unitPublicityEndsOn < f.today
      ? null
      : `单位公示期未满（至${f.unitPublicityEndsOn ?? '—'}）`,
  // 双公示: if the two periods end on different days, the later end counts.
  'both-publicities-ended': (f: TransitionFacts) => {
    const ends = [f.unitPublicityEndsOn, f.dispatchPublicityEndsOn];
    if (ends.some((e) => !e)) return '单位和派遣单位均须公示';
    const later = ends.sort().at(-1)!;
    return later < f.today ? null : `公示期未满（以结束较晚的${later}为准）`;
  },
  'no-open-objections': (f: TransitionFacts) =>
    f.openObjections === 0 ? null : `尚有${f.openObjections}件公示异议未处理完毕`,
  'committee-assigned': (f: TransitionFacts) => (f.committeeAssigned ? null : '须先确定受理的评委会'),
  'first-committee-return': (f: TransitionFacts) =>
    f.returnedByCommitteeBefore ? '评委会已退回过一次，应一次性告知全部问题，不得再次退回' : null,
  'review-passed': (f: TransitionFacts) => (f.reviewOutcome === 'passed' ? null : '评审结果尚未确定为通过'),
  'review-failed': (f: TransitionFacts) => (f.reviewOutcome === 'failed' ? null : '评审结果尚未确定为未通过'),
  'result-publicity-ended': (f: TransitionFacts) =>
    f.resultPublicityEndsOn && f.resultPublicityEndsOn < f.today
      ? null
      : `评审结果公示期未满（至${f.resultPublicityEndsOn ?? '—'}）`,
  'combined-post-vacancy': (f: TransitionFacts) => f.combinedPostProblem ?? null,
  'announcement-number': (f: TransitionFacts) =>
    f.announcementNumber && f.announcementNumber.trim().length >= 4 ? null : '须填写发文文号',
} as const;

export type GuardName = keyof typeof GUARDS;
