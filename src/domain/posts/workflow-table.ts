/**
 * What the plan's and the appointment's workflows share: a table of transitions, each taken by
 * a party from some states, some only where the unit has (or has no) competent department, and
 * the three questions the services and policies ask it.
 */
import type { PlanParty } from './plan-workflow';

/** A condition on the unit a transition needs besides the state. */
export type UnitCondition = 'has-department' | 'no-department';

export interface WorkflowTransition<S extends string, E extends string> {
  readonly event: E;
  readonly from: readonly S[];
  /** null: the state stays (an edit). */
  readonly to: S | null;
  readonly party: PlanParty;
  readonly when?: UnitCondition;
  /** The audit event it writes. */
  readonly audit: string;
}

/** What the unit must be for a condition to hold. */
export interface UnitFacts {
  readonly hasDepartment: boolean;
}

const holds = (condition: UnitCondition | undefined, facts: UnitFacts) =>
  condition === undefined || (condition === 'has-department') === facts.hasDepartment;

/** The questions a transition table answers. */
export function workflowOf<S extends string, E extends string, T extends WorkflowTransition<S, E>>(
  transitions: readonly T[],
) {
  return {
    /** The transition `event` takes from `state` for one of the actor's parties, if any. */
    transition(event: E, state: S, parties: readonly PlanParty[], facts: UnitFacts): T | undefined {
      return transitions.find(
        (t) =>
          t.event === event && t.from.includes(state) && parties.includes(t.party) && holds(t.when, facts),
      );
    },
    /** Every step the actor's parties may take in `state` now, each once. */
    events(state: S, parties: readonly PlanParty[], facts: UnitFacts): E[] {
      const events = transitions
        .filter((t) => t.from.includes(state) && parties.includes(t.party) && holds(t.when, facts))
        .map((t) => t.event);
      return [...new Set(events)];
    },
    /** Whether a party ever takes `event` (in some state): a refusal is then a conflict of state, not of right. */
    partyTakes(event: E, parties: readonly PlanParty[]): boolean {
      return transitions.some((t) => t.event === event && parties.includes(t.party));
    },
  };
}
