import { isCalendarDate } from '../calendar';
import { isPostGrade, levelOfPostGrade, type PostGrade, unknownPostGradeMessage } from '../catalogue';
import { invalidInput } from '../errors';
import type { Citation } from '../policy/citation';
import {
  APPOINTMENT_KINDS,
  type AppointmentFacts,
  type AppointmentKind,
  type AppointmentRequest,
} from './appointment';
import { APPOINTMENT_GUARDS, type AppointmentGuard, type GuardOutcome } from './appointment-guard-table';
import { type ClauseCitation, POST_CLAUSES } from './guard-citations';
import { exemptionsFor } from './guard-exemptions';
import { guardKey } from './guard-outcome';
import type { PostRules } from './post-rules';

/** `guardKey`, short for the lists below. */
const g = guardKey;

/**
 * A first professional post, whether the person is new to the unit's posts or transferred in:
 * both take a vacancy as new staff and start at the lowest grade of the level.
 */
const FIRST_POST = [
  g('plan-in-force'),
  g('grade-exists'),
  g('kind-fits'),
  g('new-staff-vacancy'),
  g('vacancy'),
  g('title-for-level'),
  g('lowest-grade-first'),
];

/**
 * The guards each kind of appointment must pass (DOMAIN §8), in the order they are shown.
 * Self-scoping guards (step by step, lowest grade first) are listed wherever they can
 * apply and pass when they do not: a borrowed post may be a step within a level or a
 * first post at a new one.
 */
export const GUARDS_BY_KIND: Readonly<Record<AppointmentKind, readonly string[]>> = {
  first: FIRST_POST,
  'within-level': [
    g('plan-in-force'),
    g('grade-exists'),
    g('kind-fits'),
    g('vacancy'),
    g('title-for-level'),
    g('step-by-step'),
    g('interval'),
    g('retirement'),
    g('grade-filing'),
  ],
  'new-level': [
    g('plan-in-force'),
    g('grade-exists'),
    g('kind-fits'),
    g('vacancy'),
    g('title-for-level'),
    g('lowest-grade-first'),
    g('retirement'),
  ],
  'transfer-in': FIRST_POST,
  conversion: [
    g('plan-in-force'),
    g('grade-exists'),
    g('kind-fits'),
    g('conversion-scheme'),
    g('vacancy'),
    g('title-for-level'),
    g('lowest-grade-first'),
  ],
  borrowed: [
    g('plan-in-force'),
    g('grade-exists'),
    g('borrow'),
    g('title-for-level'),
    g('step-by-step'),
    g('lowest-grade-first'),
    g('interval'),
    g('retirement'),
    g('grade-filing'),
  ],
  // Outside the quota, the top grade and the ratios: no plan, vacancy or order guard.
  special: [g('grade-exists'), g('special-approval'), g('title-for-level')],
  regularisation: [
    g('plan-in-force'),
    g('grade-exists'),
    g('kind-fits'),
    g('vacancy'),
    g('lowest-grade-first'),
  ],
  lowering: [g('grade-exists'), g('kind-fits'), g('change-reason')],
  ending: [g('kind-fits'), g('change-reason')],
};

/** One guard that did not pass, with the clauses it rests on in this policy set. */
export interface GuardFinding {
  readonly key: string;
  readonly name: string;
  readonly status: 'fail' | 'wait';
  readonly reason: string;
  readonly citations: readonly Citation[];
  /** For `wait`: the first day the guard would pass. */
  readonly from?: string;
}

/** A guard that passed on a policy figure worth showing (退二进一, 先聘后评, a cancelled restriction). */
export interface GuardNote {
  readonly key: string;
  readonly note: string;
  readonly citations: readonly Citation[];
}

export interface AppointmentCheck {
  readonly allowed: boolean;
  /** Every guard that failed or waits, all at once (一次性告知). */
  readonly findings: readonly GuardFinding[];
  /** When every finding is a wait: the first day all of them pass. */
  readonly earliestDate: string | null;
  /** 先聘后评: the date by which the title must be obtained, to be tracked. */
  readonly titleDueDate: string | null;
  readonly notes: readonly GuardNote[];
  /** The guards that applied in this policy set, in order. */
  readonly applied: readonly string[];
}

/** Whether a guard binds in the policy set: a seed clause binds only where its document is in the chain. */
function binds(guard: AppointmentGuard, rules: PostRules): boolean {
  return guard.basis !== 'seed' || guard.citations.some((c) => rules.documents.includes(c.document));
}

/** The clauses to show: the outcome's own parameter clause, else those of the guard in force in the set. */
function citationsOf(guard: AppointmentGuard, outcome: GuardOutcome, rules: PostRules): Citation[] {
  if (outcome.citation) return [outcome.citation];
  const inForce = guard.citations.filter(
    (c: ClauseCitation) => c.document === 'national' || rules.documents.includes(c.document),
  );
  return inForce.length ? inForce : [...POST_CLAUSES.plan];
}

function validated(request: AppointmentRequest): void {
  const problems: { path: string; message: string }[] = [];
  if (!(APPOINTMENT_KINDS as readonly string[]).includes(request.kind))
    problems.push({ path: 'kind', message: `未知的聘用类型「${request.kind}」` });
  if (!isCalendarDate(request.startDate))
    problems.push({ path: 'startDate', message: '聘用起始日期应为YYYY-MM-DD格式的有效日期' });
  if (
    request.intervalShortenedMonths !== undefined &&
    !(Number.isInteger(request.intervalShortenedMonths) && request.intervalShortenedMonths >= 0)
  )
    problems.push({ path: 'intervalShortenedMonths', message: '缩短间隔月数应为非负整数' });
  if (
    request.priorContractServiceMonths !== undefined &&
    !(Number.isInteger(request.priorContractServiceMonths) && request.priorContractServiceMonths >= 0)
  )
    problems.push({ path: 'priorContractServiceMonths', message: '原聘用资历月数应为非负整数' });
  if (problems.length) throw invalidInput(problems);
}

/**
 * Checks an appointment request against every guard its kind lists, in the policy set the
 * rules come from: all failing guards at once with their clauses, and — when only time is
 * missing — the earliest day the appointment may start. A grade outside 1–13 answers that
 * alone, as the other guards cannot be read for a grade that does not exist.
 */
export function checkAppointment(
  request: AppointmentRequest,
  facts: AppointmentFacts,
  rules: PostRules,
): AppointmentCheck {
  validated(request);
  const exists = APPOINTMENT_GUARDS[g('grade-exists')]!;
  if (!isPostGrade(request.grade))
    return {
      allowed: false,
      findings: [
        {
          key: exists.key,
          name: exists.name,
          status: 'fail',
          reason: unknownPostGradeMessage(request.grade),
          citations: [...exists.citations],
        },
      ],
      earliestDate: null,
      titleDueDate: null,
      notes: [],
      applied: [exists.key],
    };
  const grade: PostGrade = request.grade;
  const context = { request, grade, level: levelOfPostGrade(grade)!, facts, rules };
  const findings: GuardFinding[] = [];
  const notes: GuardNote[] = [];
  const applied: string[] = [];
  let titleDueDate: string | null = null;
  const exempt = exemptionsFor(context);
  for (const key of GUARDS_BY_KIND[request.kind]) {
    const guard = APPOINTMENT_GUARDS[key]!;
    if (!binds(guard, rules)) continue;
    applied.push(key);
    const outcome = exempt.waived(key) ?? guard.check(context);
    const citations = citationsOf(guard, outcome, rules);
    if (outcome.status === 'pass') {
      if (outcome.titleDueDate) titleDueDate = outcome.titleDueDate;
      if (outcome.note) notes.push({ key, note: outcome.note, citations });
    } else
      findings.push({
        key,
        name: guard.name,
        status: outcome.status,
        reason: outcome.reason,
        citations,
        ...(outcome.status === 'wait' ? { from: outcome.from } : {}),
      });
  }
  notes.push(...exempt.notes);
  const onlyTime = findings.length > 0 && findings.every((f) => f.status === 'wait');
  const earliestDate = onlyTime
    ? findings
        .map((f) => f.from!)
        .sort()
        .at(-1)!
    : null;
  return { allowed: findings.length === 0, findings, earliestDate, titleDueDate, notes, applied };
}
