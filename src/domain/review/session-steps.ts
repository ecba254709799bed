import { AppError } from '../errors';
import { SESSION_STATES, type SessionState } from './session-states';

/** Who takes a step: the committee office, also the HR bureau and the supervisor (reading), or a seated expert. */
export type SessionActor = 'office' | 'readers' | 'expert';

/** The answer to a step taken from the wrong stage; `{stage}` is replaced by the stage's name. */
export interface StepRefusal {
  code: string;
  message: string;
}

export interface SessionStepRule {
  /** The step's name on the session console. */
  name: string;
  by: SessionActor;
  /** The stages it may be taken from. */
  from: readonly SessionState[];
  /** The stage it leads to; null for a step that leaves the session where it is. */
  to: SessionState | null;
  /** Offered on the console in each stage it may be taken from (DESIGN rule 4). */
  console: boolean;
  refusal: StepRefusal;
}

const wrongStage = (doing: string): StepRefusal => ({
  code: 'SESSION_WRONG_STAGE',
  message: `会议当前为「{stage}」，不能${doing}`,
});

/**
 * The review session's transitions as data: every step the office, the readers or an expert
 * takes, the stages it may be taken from and the stage it leads to. The office's use cases
 * take their step through `advanceSession` (which locks the session row); the experts' and
 * the readers' ask `sessionAllows`. Listed in the order of the meeting, which is the order
 * the console offers them in.
 */
export const SESSION_STEP_RULES = {
  agenda: {
    name: '编排议程',
    by: 'office',
    from: ['planned'],
    to: null,
    console: true,
    refusal: wrongStage('编排议程'),
  },
  'publish-seed': {
    name: '公布抽取种子',
    by: 'office',
    from: ['planned'],
    to: 'seed-published',
    console: true,
    refusal: wrongStage('公布抽取种子'),
  },
  draw: {
    name: '抽取专家',
    by: 'office',
    from: ['seed-published'],
    to: 'drawn',
    console: true,
    refusal: wrongStage('抽取专家'),
  },
  score: {
    name: '初审评分',
    by: 'expert',
    from: ['drawn'],
    to: null,
    console: false,
    refusal: { code: 'SCORING_CLOSED', message: '初审评分只能在会议表决开始之前进行' },
  },
  'schedule-defence': {
    name: '安排答辩',
    by: 'office',
    from: ['drawn'],
    to: null,
    console: true,
    refusal: wrongStage('安排答辩'),
  },
  'open-voting': {
    name: '点名并开始表决',
    by: 'office',
    from: ['drawn'],
    to: 'voting',
    console: true,
    refusal: wrongStage('开始表决'),
  },
  'declare-conflict': {
    name: '申请回避',
    by: 'expert',
    from: ['drawn', 'voting'],
    to: null,
    console: false,
    refusal: { code: 'RECUSAL_CLOSED', message: '会议已结束表决，不能再申请回避' },
  },
  vote: {
    name: '投票',
    by: 'expert',
    from: ['voting'],
    to: null,
    console: false,
    refusal: { code: 'VOTING_CLOSED', message: '当前不在表决时间内（表决只进行一轮）' },
  },
  minutes: {
    name: '记录会议纪要',
    by: 'office',
    from: ['drawn', 'voting', 'voting-closed'],
    to: null,
    console: false,
    refusal: wrongStage('记录会议纪要'),
  },
  'close-voting': {
    name: '结束表决',
    by: 'office',
    from: ['voting'],
    to: 'voting-closed',
    console: true,
    refusal: wrongStage('结束表决'),
  },
  preview: {
    name: '预览结果',
    by: 'readers',
    from: ['voting-closed'],
    to: null,
    console: true,
    refusal: { code: 'SESSION_WRONG_STAGE', message: '表决结束后才能预览结果' },
  },
  // Offered on the console only where a Jilin university's 评聘结合 bonus applies (session-view.ts).
  'cap-adjustments': {
    name: '评聘结合通过比例加成',
    by: 'office',
    from: ['drawn', 'voting', 'voting-closed'],
    to: null,
    console: false,
    refusal: wrongStage('设置通过比例加成'),
  },
  'fix-results': {
    name: '确定结果并公示',
    by: 'office',
    from: ['voting-closed'],
    to: 'results-fixed',
    console: true,
    refusal: wrongStage('确定结果'),
  },
  file: {
    name: '报送备案',
    by: 'office',
    from: ['results-fixed'],
    to: 'filed',
    console: true,
    refusal: wrongStage('报送备案'),
  },
  announce: {
    name: '发文公布',
    by: 'office',
    from: ['filed'],
    to: 'announced',
    console: true,
    refusal: wrongStage('发文公布'),
  },
} as const satisfies Record<string, SessionStepRule>;

export type SessionStep = keyof typeof SESSION_STEP_RULES;

/** The steps the committee office takes, each through `advanceSession`. */
export type OfficeStep = {
  [K in SessionStep]: (typeof SESSION_STEP_RULES)[K]['by'] extends 'office' ? K : never;
}[SessionStep];

const RULES: Record<SessionStep, SessionStepRule> = SESSION_STEP_RULES;

/** Whether the step may be taken in this stage (an unknown stage allows nothing). */
export function sessionAllows(status: string, step: SessionStep): boolean {
  return (RULES[step].from as readonly string[]).includes(status);
}

/** The step's refusal in this stage, worded as the user reads it (409). */
export function stepRefused(status: string, step: SessionStep): AppError {
  const { code, message } = RULES[step].refusal;
  const stage = SESSION_STATES[status as SessionState] ?? status;
  return new AppError('conflict', code, message.replace('{stage}', stage));
}

/** Throws the step's refusal unless the stage allows it. */
export function assertSessionAllows(status: string, step: SessionStep): void {
  if (!sessionAllows(status, step)) throw stepRefused(status, step);
}

/** The steps the office is offered on the console in each stage, in the order of the meeting. */
export const SESSION_STEPS: Record<SessionState, { step: SessionStep; name: string }[]> = Object.fromEntries(
  (Object.keys(SESSION_STATES) as SessionState[]).map((state) => [
    state,
    (Object.keys(RULES) as SessionStep[])
      .filter((step) => RULES[step].console && sessionAllows(state, step))
      .map((step) => ({ step, name: RULES[step].name })),
  ]),
) as Record<SessionState, { step: SessionStep; name: string }[]>;

/** A step as offered to the user: its key and its name on the console. */
export interface OfferedStep {
  step: SessionStep;
  name: string;
}

/**
 * Whether a Jilin university's 评聘结合 senior review on the agenda may raise the session's
 * pass ratio by its bonus (jilin-2022 一(二)4), which adds the `cap-adjustments` step.
 */
export function capBonusApplies(agenda: readonly { policySet: string; series: string }[]): boolean {
  return agenda.some((a) => a.policySet === 'jilin-2022' && a.series === 'higher-education-teacher');
}

/**
 * The steps the console offers the office in this stage; where the bonus applies, setting it
 * is offered just before fixing the results, the last moment it can still change them.
 */
export function consoleSteps(status: SessionState, capAdjustable: boolean): OfferedStep[] {
  const steps = SESSION_STEPS[status] ?? [];
  if (!sessionAllows(status, 'fix-results') || !capAdjustable) return steps;
  return [
    ...steps.slice(0, -1),
    { step: 'cap-adjustments', name: RULES['cap-adjustments'].name },
    ...steps.slice(-1),
  ];
}

/**
 * What the managing office may do on the session now: the console's steps and, while they
 * are kept (from the draw until the results are fixed), the minutes.
 */
export function officeSteps(status: SessionState, capAdjustable: boolean): OfferedStep[] {
  const steps = consoleSteps(status, capAdjustable);
  return sessionAllows(status, 'minutes') ? [...steps, { step: 'minutes', name: RULES.minutes.name }] : steps;
}
