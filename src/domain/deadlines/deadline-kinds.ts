/**
 * Every kind of stored deadline (DESIGN rule 5), in one list. Scheduling takes a
 * `DeadlineKind`, and the sweeper is built from a handler for each (`DeadlineHandlers`
 * in modules/deadlines), so the compiler refuses a kind that can be scheduled but not handled.
 */
export const DEADLINE_KINDS = [
  'unit-publicity-end',
  'dispatch-publicity-end',
  'result-publicity-end',
  'session-filing-due',
  'appointment-title-due',
  'appointment-term-reminder',
] as const;

export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** What each kind is called where people read it (CLI, admin page). */
export const DEADLINE_KIND_NAMES: Record<DeadlineKind, string> = {
  'unit-publicity-end': '单位公示期满',
  'dispatch-publicity-end': '派遣单位公示期满',
  'result-publicity-end': '评审结果公示期满',
  'session-filing-due': '评审结果备案期限',
  'appointment-title-due': '先聘后评取得职称期限',
  'appointment-term-reminder': '聘期届满提醒',
};

export function isDeadlineKind(value: string): value is DeadlineKind {
  return (DEADLINE_KINDS as readonly string[]).includes(value);
}

/** The Chinese name of a stored kind; a kind no longer known (an older version's row) shows as it is. */
export function deadlineKindName(kind: string): string {
  return isDeadlineKind(kind) ? DEADLINE_KIND_NAMES[kind] : kind;
}

/**
 * Attempts before a failing deadline is given up and marked failed: enough to ride out a
 * passing fault (an SMS gateway down for a few minutes of sweeps), few enough that a
 * permanent one reaches an operator the same hour.
 */
export const MAX_DEADLINE_ATTEMPTS = 5;

/** Where a deadline stands: waiting (not due, or due and retrying), given up, or handled / cancelled. */
export const DEADLINE_STATUSES = ['pending', 'failed', 'done'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];
