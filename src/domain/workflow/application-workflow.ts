import { type Role, roleName } from '../access/roles';
import { AppError } from '../errors';
import { type BeforeDecisionKind, type EffectOf, isBeforeDecision } from './application-effects';
import { GUARDS, type TransitionFacts } from './application-guards';
import { APPLICATION_STATES, type ApplicationState } from './application-states';
import { APPLICATION_TRANSITIONS, type Transition } from './application-transitions';

export type TransitionOutcome = { ok: true; transition: Transition } | { ok: false; error: AppError };

/** A refusal, as every answer of this workflow gives it: the error the service throws as is. */
function refused(...error: ConstructorParameters<typeof AppError>): { ok: false; error: AppError } {
  return { ok: false, error: new AppError(...error) };
}

function unmetGuards(transition: Transition, facts: TransitionFacts): string[] {
  return transition.guards.map((g) => GUARDS[g](facts)).filter((reason): reason is string => reason !== null);
}

/**
 * The transitions `event` may take from `state` for an actor with `roles`, or why there are
 * none: an unknown event or wrong state is a conflict, a wrong role is forbidden.
 */
function transitionsFor(
  state: ApplicationState,
  event: string,
  roles: readonly Role[],
): { ok: true; transitions: Transition[] } | { ok: false; error: AppError } {
  const forEvent = APPLICATION_TRANSITIONS.filter((t) => t.event === event);
  if (forEvent.length === 0)
    return refused('invalid', 'UNKNOWN_EVENT', `未知的操作：${event}`, [
      { path: 'event', message: '不是可执行的操作' },
    ]);
  const fromHere = forEvent.filter((t) => t.from.includes(state));
  if (fromHere.length === 0)
    return refused(
      'conflict',
      'WRONG_STATE',
      `申报当前状态为「${APPLICATION_STATES[state]}」，不能执行「${forEvent[0]!.name}」`,
    );
  const mine = fromHere.filter((t) => t.roles.some((r) => roles.includes(r)));
  if (mine.length === 0)
    return refused(
      'forbidden',
      'WRONG_ROLE',
      `「${fromHere[0]!.name}」须由${fromHere[0]!.roles.map(roleName).join('、')}执行`,
    );
  return { ok: true, transitions: mine };
}

/**
 * Why `event` is not among the actions `eventsFor(state, roles)` offers: the wrong event,
 * state or role, or else a step only a review session takes (on its console).
 */
export function refusalOf(state: ApplicationState, event: string, roles: readonly Role[]): AppError {
  const found = transitionsFor(state, event, roles);
  if (!found.ok) return found.error;
  return new AppError(
    'conflict',
    'SESSION_STEP',
    `「${found.transitions[0]!.name}」须在评审会议中办理（会议控制台），不能对单个申报直接执行`,
  );
}

/**
 * Which transition `event` takes from `state` for an actor with `roles`, or why it cannot:
 * `transitionsFor`'s refusals, then unmet guards answered all at once (一次性告知). Pure: the
 * service supplies the facts.
 */
export function decideTransition(
  state: ApplicationState,
  event: string,
  roles: readonly Role[],
  facts: TransitionFacts,
): TransitionOutcome {
  const found = transitionsFor(state, event, roles);
  if (!found.ok) return found;
  const mine = found.transitions;
  let fewest: string[] | null = null;
  for (const transition of mine) {
    const reasons = unmetGuards(transition, facts);
    if (reasons.length === 0) return { ok: true, transition };
    // Routing guards (dispatched or not, department or not) exclude each other; report the branch
    // that applies to this application, i.e. the one with the fewest unmet guards.
    if (!fewest || reasons.length < fewest.length) fewest = reasons;
  }
  return refused(
    'unprocessable',
    'TRANSITION_GUARD_FAILED',
    `不能执行「${mine[0]!.name}」：${fewest!.join('；')}`,
    fewest!.map((message) => ({ path: 'event', message })),
  );
}

/**
 * The effects to run before deciding `event` from `state` (application-effects.ts): those of
 * every transition the decision may take, each kind once, in the order they are declared.
 */
export function effectsBeforeDecision(
  state: ApplicationState,
  event: string,
): EffectOf<BeforeDecisionKind>[] {
  const effects = new Map<string, EffectOf<BeforeDecisionKind>>();
  for (const t of APPLICATION_TRANSITIONS)
    if (t.event === event && t.from.includes(state))
      for (const effect of t.effects.filter(isBeforeDecision))
        if (!effects.has(effect.kind)) effects.set(effect.kind, effect);
  return [...effects.values()];
}

/** The events an actor could attempt now, for the UI's action buttons (DESIGN rule 4). */
export function eventsFor(
  state: ApplicationState,
  roles: readonly Role[],
): { event: string; name: string }[] {
  const seen = new Set<string>();
  const out: { event: string; name: string }[] = [];
  for (const t of APPLICATION_TRANSITIONS) {
    if (
      t.bySession ||
      !t.from.includes(state) ||
      !t.roles.some((r) => roles.includes(r)) ||
      seen.has(t.event)
    )
      continue;
    seen.add(t.event);
    out.push({ event: t.event, name: t.name });
  }
  return out;
}
