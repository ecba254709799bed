import type { Role } from '../access/roles';
import type { GuardName } from './application-guards';
import type { ApplicationState } from './application-states';

/** One step of the workflow as data (DESIGN rule 5). */
export interface Transition {
  event: string;
  name: string;
  from: readonly ApplicationState[];
  to: ApplicationState;
  roles: readonly Role[];
  guards: readonly GuardName[];
  /**
   * Fired only by a review session's use case (agenda, fixed results, filing, announcement),
   * never offered as an action on a single application.
   */
  bySession?: true;
}

const BEFORE_REVIEW: readonly ApplicationState[] = [
  'submitted',
  'unit-publicity',
  'dispatch-review',
  'dispatch-publicity',
  'department-review',
  'hr-review',
  'committee-review',
];

/**
 * The process of DOMAIN §5 and liaoning-city-2025-draft #15: employer review and
 * publicity, the dispatch agency's second review and publicity for dispatched staff, the
 * competent department, the HR bureau, and the committee office's acceptance or one return.
 * Where an event can lead to several states, the first transition whose guards hold is taken.
 */
export const APPLICATION_TRANSITIONS: readonly Transition[] = [
  {
    event: 'submit',
    name: '提交申报',
    from: ['draft', 'returned'],
    to: 'submitted',
    roles: ['applicant'],
    guards: ['personal-commitment'],
  },
  {
    event: 'withdraw',
    name: '撤回申报',
    from: BEFORE_REVIEW,
    to: 'withdrawn',
    roles: ['applicant'],
    guards: [],
  },
  {
    event: 'start-unit-publicity',
    name: '开始单位公示',
    from: ['submitted'],
    to: 'unit-publicity',
    roles: ['employer'],
    guards: [],
  },
  {
    event: 'return',
    name: '退回补正',
    from: ['submitted'],
    to: 'returned',
    roles: ['employer'],
    guards: ['reason-given'],
  },
  {
    event: 'decline',
    name: '不予推荐',
    from: ['submitted', 'unit-publicity'],
    to: 'not-recommended',
    roles: ['employer'],
    guards: ['reason-given'],
  },
  {
    event: 'recommend',
    name: '推荐上报',
    from: ['unit-publicity'],
    to: 'dispatch-review',
    roles: ['employer'],
    guards: ['dispatched', 'unit-publicity-ended', 'no-open-objections', 'unit-commitment'],
  },
  {
    event: 'recommend',
    name: '推荐上报',
    from: ['unit-publicity'],
    to: 'department-review',
    roles: ['employer'],
    guards: [
      'not-dispatched',
      'has-department',
      'unit-publicity-ended',
      'no-open-objections',
      'unit-commitment',
    ],
  },
  {
    event: 'recommend',
    name: '推荐上报',
    from: ['unit-publicity'],
    to: 'hr-review',
    roles: ['employer'],
    guards: [
      'not-dispatched',
      'no-department',
      'unit-publicity-ended',
      'no-open-objections',
      'unit-commitment',
    ],
  },
  {
    event: 'start-dispatch-publicity',
    name: '开始派遣单位公示',
    from: ['dispatch-review'],
    to: 'dispatch-publicity',
    roles: ['dispatcher'],
    guards: [],
  },
  {
    event: 'dispatch-return',
    name: '派遣单位退回',
    from: ['dispatch-review'],
    to: 'returned',
    roles: ['dispatcher'],
    guards: ['reason-given'],
  },
  {
    event: 'dispatch-approve',
    name: '派遣单位审核通过',
    from: ['dispatch-publicity'],
    to: 'department-review',
    roles: ['dispatcher'],
    guards: ['has-department', 'both-publicities-ended', 'no-open-objections'],
  },
  {
    event: 'dispatch-approve',
    name: '派遣单位审核通过',
    from: ['dispatch-publicity'],
    to: 'hr-review',
    roles: ['dispatcher'],
    guards: ['no-department', 'both-publicities-ended', 'no-open-objections'],
  },
  {
    event: 'department-approve',
    name: '主管部门审核盖章',
    from: ['department-review'],
    to: 'hr-review',
    roles: ['department'],
    guards: [],
  },
  {
    event: 'department-return',
    name: '主管部门退回',
    from: ['department-review'],
    to: 'returned',
    roles: ['department'],
    guards: ['reason-given'],
  },
  {
    event: 'hr-approve',
    name: '人社部门审核盖章并报送评委会',
    from: ['hr-review'],
    to: 'committee-review',
    roles: ['hr'],
    guards: ['committee-assigned'],
  },
  {
    event: 'hr-return',
    name: '人社部门退回',
    from: ['hr-review'],
    to: 'returned',
    roles: ['hr'],
    guards: ['reason-given'],
  },
  {
    event: 'committee-accept',
    name: '评委会受理',
    from: ['committee-review'],
    to: 'accepted',
    roles: ['committee-office'],
    guards: [],
  },
  {
    event: 'committee-return',
    name: '评委会一次性告知退回',
    from: ['committee-review'],
    to: 'returned',
    roles: ['committee-office'],
    guards: ['reason-given', 'first-committee-return'],
  },
  {
    event: 'schedule',
    name: '列入评审会议',
    from: ['accepted'],
    to: 'in-review',
    roles: ['committee-office'],
    guards: [],
    bySession: true,
  },
  {
    event: 'pass',
    name: '评审通过',
    from: ['in-review'],
    to: 'result-publicity',
    roles: ['committee-office'],
    guards: ['review-passed'],
    bySession: true,
  },
  {
    event: 'fail',
    name: '评审未通过',
    from: ['in-review'],
    to: 'not-passed',
    roles: ['committee-office'],
    guards: ['review-failed'],
    bySession: true,
  },
  {
    // A title revoked during the result publicity is not back-filled (anshan-2023 九).
    event: 'revoke',
    name: '撤销评审结果',
    from: ['result-publicity'],
    to: 'revoked',
    roles: ['committee-office'],
    guards: ['reason-given'],
  },
  {
    event: 'file',
    name: '报送备案',
    from: ['result-publicity'],
    to: 'filed',
    roles: ['committee-office'],
    guards: ['result-publicity-ended', 'no-open-objections'],
    bySession: true,
  },
  {
    event: 'announce',
    name: '发文公布',
    from: ['filed'],
    to: 'conferred',
    roles: ['committee-office'],
    guards: ['announcement-number'],
    bySession: true,
  },
];

/** Every event of the process, once each, for the API's enumerations (which events a caller may fire is per state and role). */
export const APPLICATION_EVENTS = [...new Set(APPLICATION_TRANSITIONS.map((t) => t.event))] as [
  string,
  ...string[],
];
