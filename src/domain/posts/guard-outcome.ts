/** What an appointment guard is and what it answers, with the small helpers the guards share. */
import type { Level, PostGrade } from '../catalogue';
import { levelOfPostGrade } from '../catalogue';
import type { Citation } from '../policy/citation';
import type { AppointmentFacts, AppointmentRequest } from './appointment';
import type { ClauseCitation } from './guard-citations';
import type { PostRules } from './post-rules';

/** What a guard sees: the request with its grade already known to be 1–13. */
export interface GuardContext {
  readonly request: AppointmentRequest;
  readonly grade: PostGrade;
  readonly level: Level;
  readonly facts: AppointmentFacts;
  readonly rules: PostRules;
}

/**
 * A guard's answer: `wait` when only time is missing (with the first day it would pass).
 * A pass may carry a note (e.g. the 退二进一 it used) and the due date of a 先聘后评 title;
 * `citation` names the parameter's clause when a policy figure decided it.
 */
export type GuardOutcome =
  | {
      readonly status: 'pass';
      readonly note?: string;
      readonly titleDueDate?: string;
      readonly citation?: Citation;
    }
  | { readonly status: 'fail'; readonly reason: string; readonly citation?: Citation }
  | { readonly status: 'wait'; readonly reason: string; readonly from: string; readonly citation?: Citation };

/**
 * One appointment rule as data. `basis` says where it binds: `national` everywhere;
 * `seed` only in a policy set whose chain holds one of its citations' documents (a Jilin unit
 * is not bound by a Liaoning city's clause); `parameter` where the set states the figure.
 */
export interface AppointmentGuard {
  readonly key: string;
  readonly name: string;
  readonly basis: 'national' | 'seed' | 'parameter';
  readonly citations: readonly ClauseCitation[];
  readonly check: (context: GuardContext) => GuardOutcome;
}

/** The key of the guard `slug` ('vacancy' → 'posts.appointment.vacancy'), as findings and kinds name it. */
export const guardKey = (slug: string) => `posts.appointment.${slug}`;

/** Declares the guard `slug`: its key is `guardKey(slug)`. */
export function appointmentGuard(slug: string, rule: Omit<AppointmentGuard, 'key'>): AppointmentGuard {
  return { key: guardKey(slug), ...rule };
}

export const PASS: GuardOutcome = { status: 'pass' };
export const fail = (reason: string, citation?: Citation): GuardOutcome => ({
  status: 'fail',
  reason,
  ...(citation ? { citation } : {}),
});
export const sameLevel = (a: PostGrade, b: PostGrade) => levelOfPostGrade(a) === levelOfPostGrade(b);

/** The person's current grade when the request is a promotion within its level. */
export function withinLevelFrom(
  current: { grade: PostGrade } | null | undefined,
  grade: PostGrade,
): PostGrade | null {
  return current && sameLevel(current.grade, grade) && grade < current.grade ? current.grade : null;
}

/** A promotion: to a higher grade than held, or a first post at a level above the one held. */
export function isPromotion(c: GuardContext): boolean {
  const current = c.facts.person.current;
  return current ? c.grade < current.grade : false;
}
