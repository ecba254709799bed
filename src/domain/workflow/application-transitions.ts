import type { Role } from '../access/roles';
import type { ApplicationEffect } from './application-effects';
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
  /** What the step does besides changing the state, in order (application-effects.ts). */
  effects: readonly ApplicationEffect[];
  /**
   * Fired only by a review session's use case (agenda, fixed results, filing, announcement),
   * never offered as an action on a single application.
   */
  bySession?: true;
}

/**
 * The applicant hears of every step but their own submission, by SMS too where it is something
 * they must act on (a return, a refusal) or would not want to miss (acceptance, the result, the
 * title), and in the inbox alone otherwise.
 */
const TELL_APPLICANT = { kind: 'notify-applicant', sms: false } as const;
const TEXT_APPLICANT = { kind: 'notify-applicant', sms: true } as const;
const TELL_NEXT_ACTORS = { kind: 'notify-next-actors' } as const;
/** A return, refusal or revocation: deadlines void, the reason kept, the applicant told by SMS. */
const SENT_BACK: readonly ApplicationEffect[] = [
  { kind: 'cancel-deadlines' },
  { kind: 'record-reason' },
  TEXT_APPLICANT,
];
/** Submission, first or after a return: the personal commitment, its time, and the unit told. */
const SUBMISSION: readonly ApplicationEffect[] = [
  { kind: 'sign-commitment', commitment: 'personal' },
  { kind: 'record-submission-time' },
  TELL_NEXT_ACTORS,
];

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
 * A step whose next state depends on the application's route (dispatched or not, a competent
 * department or not): one transition per branch, each checking its routing guards before the
 * step's own. The routing guards exclude each other, so exactly one branch can be taken.
 */
function routed(
  step: Omit<Transition, 'to'>,
  branches: readonly (readonly [to: ApplicationState, ...routing: GuardName[]])[],
): Transition[] {
  const { event, name, from, roles, guards, effects } = step;
  return branches.map(([to, ...routing]) => ({
    event,
    name,
    from,
    to,
    roles,
    guards: [...routing, ...guards],
    effects,
  }));
}

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
    from: ['draft'],
    to: 'submitted',
    roles: ['applicant'],
    guards: ['personal-commitment'],
    effects: SUBMISSION,
  },
  {
    // Resubmission after a return (补正后重新提交): eligibility is judged again on today's profile.
    event: 'submit',
    name: '提交申报',
    from: ['returned'],
    to: 'submitted',
    roles: ['applicant'],
    guards: ['personal-commitment'],
    effects: [{ kind: 'reassess-eligibility' }, ...SUBMISSION],
  },
  {
    event: 'withdraw',
    name: '撤回申报',
    from: BEFORE_REVIEW,
    to: 'withdrawn',
    roles: ['applicant'],
    guards: [],
    effects: [{ kind: 'cancel-deadlines' }, TELL_APPLICANT, { kind: 'notify-employer-withdrawn' }],
  },
  {
    event: 'start-unit-publicity',
    name: '开始单位公示',
    from: ['submitted'],
    to: 'unit-publicity',
    roles: ['employer'],
    guards: [],
    effects: [{ kind: 'start-publicity', publicity: 'unit' }, TELL_APPLICANT, TELL_NEXT_ACTORS],
  },
  {
    event: 'return',
    name: '退回补正',
    from: ['submitted'],
    to: 'returned',
    roles: ['employer'],
    guards: ['reason-given'],
    effects: SENT_BACK,
  },
  {
    event: 'decline',
    name: '不予推荐',
    from: ['submitted', 'unit-publicity'],
    to: 'not-recommended',
    roles: ['employer'],
    guards: ['reason-given'],
    effects: SENT_BACK,
  },
  ...routed(
    {
      event: 'recommend',
      name: '推荐上报',
      from: ['unit-publicity'],
      roles: ['employer'],
      guards: ['unit-publicity-ended', 'no-open-objections', 'unit-commitment', 'combined-post-vacancy'],
      effects: [{ kind: 'sign-commitment', commitment: 'unit' }, TELL_APPLICANT, TELL_NEXT_ACTORS],
    },
    [
      ['dispatch-review', 'dispatched'],
      ['department-review', 'not-dispatched', 'has-department'],
      ['hr-review', 'not-dispatched', 'no-department'],
    ],
  ),
  {
    event: 'start-dispatch-publicity',
    name: '开始派遣单位公示',
    from: ['dispatch-review'],
    to: 'dispatch-publicity',
    roles: ['dispatcher'],
    guards: [],
    effects: [{ kind: 'start-publicity', publicity: 'dispatch' }, TELL_APPLICANT, TELL_NEXT_ACTORS],
  },
  {
    event: 'dispatch-return',
    name: '派遣单位退回',
    from: ['dispatch-review'],
    to: 'returned',
    roles: ['dispatcher'],
    guards: ['reason-given'],
    effects: SENT_BACK,
  },
  ...routed(
    {
      event: 'dispatch-approve',
      name: '派遣单位审核通过',
      from: ['dispatch-publicity'],
      roles: ['dispatcher'],
      guards: ['both-publicities-ended', 'no-open-objections'],
      effects: [TELL_APPLICANT, TELL_NEXT_ACTORS],
    },
    [
      ['department-review', 'has-department'],
      ['hr-review', 'no-department'],
    ],
  ),
  {
    event: 'department-approve',
    name: '主管部门审核盖章',
    from: ['department-review'],
    to: 'hr-review',
    roles: ['department'],
    guards: [],
    effects: [TELL_APPLICANT, TELL_NEXT_ACTORS],
  },
  {
    event: 'department-return',
    name: '主管部门退回',
    from: ['department-review'],
    to: 'returned',
    roles: ['department'],
    guards: ['reason-given'],
    effects: SENT_BACK,
  },
  {
    event: 'hr-approve',
    name: '人社部门审核盖章并报送评委会',
    from: ['hr-review'],
    to: 'committee-review',
    roles: ['hr'],
    guards: ['committee-assigned'],
    effects: [{ kind: 'route-to-committee' }, TELL_APPLICANT, TELL_NEXT_ACTORS],
  },
  {
    event: 'hr-return',
    name: '人社部门退回',
    from: ['hr-review'],
    to: 'returned',
    roles: ['hr'],
    guards: ['reason-given'],
    effects: SENT_BACK,
  },
  {
    event: 'committee-accept',
    name: '评委会受理',
    from: ['committee-review'],
    to: 'accepted',
    roles: ['committee-office'],
    guards: [],
    effects: [TEXT_APPLICANT],
  },
  {
    event: 'committee-return',
    name: '评委会一次性告知退回',
    from: ['committee-review'],
    to: 'returned',
    roles: ['committee-office'],
    guards: ['reason-given', 'first-committee-return'],
    effects: [
      { kind: 'cancel-deadlines' },
      { kind: 'record-reason' },
      { kind: 'mark-committee-return' },
      TEXT_APPLICANT,
    ],
  },
  {
    event: 'schedule',
    name: '列入评审会议',
    from: ['accepted'],
    to: 'in-review',
    roles: ['committee-office'],
    guards: [],
    effects: [TELL_APPLICANT],
    bySession: true,
  },
  {
    event: 'pass',
    name: '评审通过',
    from: ['in-review'],
    to: 'result-publicity',
    roles: ['committee-office'],
    guards: ['review-passed'],
    effects: [{ kind: 'start-publicity', publicity: 'result' }, TEXT_APPLICANT],
    bySession: true,
  },
  {
    event: 'fail',
    name: '评审未通过',
    from: ['in-review'],
    to: 'not-passed',
    roles: ['committee-office'],
    guards: ['review-failed'],
    effects: [TEXT_APPLICANT],
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
    effects: SENT_BACK,
  },
  {
    event: 'file',
    name: '报送备案',
    from: ['result-publicity'],
    to: 'filed',
    roles: ['committee-office'],
    guards: ['result-publicity-ended', 'no-open-objections'],
    effects: [TELL_APPLICANT],
    bySession: true,
  },
  {
    event: 'announce',
    name: '发文公布',
    from: ['filed'],
    to: 'conferred',
    roles: ['committee-office'],
    guards: ['announcement-number'],
    effects: [TEXT_APPLICANT],
    bySession: true,
  },
];

/** Every event of the process, once each, for the API's enumerations (which events a caller may fire is per state and role). */
export const APPLICATION_EVENTS = [...new Set(APPLICATION_TRANSITIONS.map((t) => t.event))] as [
  string,
  ...string[],
];
