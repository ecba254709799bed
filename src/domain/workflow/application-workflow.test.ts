import { describe, expect, it } from 'vitest';
import { ROLE_CODES, type Role } from '../access/roles';
import type { TransitionFacts } from './application-guards';
import { APPLICATION_STATES, type ApplicationState, FINAL_STATES } from './application-states';
import { APPLICATION_EVENTS, APPLICATION_TRANSITIONS } from './application-transitions';
import { decideTransition, eventsFor, refusalOf } from './application-workflow';

const facts = (over: Partial<TransitionFacts> = {}): TransitionFacts => ({
  today: '2025-10-20',
  personalCommitment: true,
  unitCommitment: true,
  reason: null,
  dispatched: false,
  hasDepartment: true,
  unitPublicityEndsOn: '2025-10-13',
  dispatchPublicityEndsOn: null,
  openObjections: 0,
  committeeAssigned: true,
  returnedByCommitteeBefore: false,
  ...over,
});

/** Fires events in order, as the given roles, and returns the states passed through. */
function walk(
  steps: [string, Role][],
  f: TransitionFacts,
  start: ApplicationState = 'draft',
): ApplicationState[] {
  const states: ApplicationState[] = [start];
  for (const [event, role] of steps) {
    const outcome = decideTransition(states.at(-1)!, event, [role], f);
    if (!outcome.ok) throw outcome.error;
    states.push(outcome.transition.to);
  }
  return states;
}

describe('the application workflow as data', () => {
  it('is well-formed: known states, every state reachable from a draft, nothing leaves a final state', () => {
    const reachable = new Set<ApplicationState>(['draft']);
    for (let changed = true; changed; ) {
      changed = false;
      for (const t of APPLICATION_TRANSITIONS) {
        expect(Object.hasOwn(APPLICATION_STATES, t.to)).toBe(true);
        if (t.from.some((s) => reachable.has(s)) && !reachable.has(t.to)) {
          reachable.add(t.to);
          changed = true;
        }
      }
    }
    expect([...reachable].sort()).toEqual(Object.keys(APPLICATION_STATES).sort());
    for (const state of FINAL_STATES)
      expect(APPLICATION_TRANSITIONS.some((t) => t.from.includes(state))).toBe(false);
  });

  it('takes a unit with a competent department through to acceptance', () => {
    const path = walk(
      [
        ['submit', 'applicant'],
        ['start-unit-publicity', 'employer'],
        ['recommend', 'employer'],
        ['department-approve', 'department'],
        ['hr-approve', 'hr'],
        ['committee-accept', 'committee-office'],
      ],
      facts(),
    );
    expect(path).toEqual([
      'draft',
      'submitted',
      'unit-publicity',
      'department-review',
      'hr-review',
      'committee-review',
      'accepted',
    ]);
  });

  it('sends a unit without a department straight to the HR bureau', () => {
    expect(walk([['recommend', 'employer']], facts({ hasDepartment: false }), 'unit-publicity')).toEqual([
      'unit-publicity',
      'hr-review',
    ]);
  });

  it('routes dispatched staff through the agency, and counts the later of the two publicity ends', () => {
    const dispatched = facts({
      dispatched: true,
      unitPublicityEndsOn: '2025-10-10',
      dispatchPublicityEndsOn: '2025-10-15',
    });
    expect(
      walk(
        [
          ['recommend', 'employer'],
          ['start-dispatch-publicity', 'dispatcher'],
        ],
        dispatched,
        'unit-publicity',
      ),
    ).toEqual(['unit-publicity', 'dispatch-review', 'dispatch-publicity']);
    const early = decideTransition('dispatch-publicity', 'dispatch-approve', ['dispatcher'], {
      ...dispatched,
      today: '2025-10-15',
    });
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.error.message).toContain('以结束较晚的2025-10-15为准');
    const later = decideTransition('dispatch-publicity', 'dispatch-approve', ['dispatcher'], {
      ...dispatched,
      today: '2025-10-16',
    });
    expect(later.ok && later.transition.to).toBe('department-review');
  });

  it('refuses recommending before the publicity ends, with objections open and without the unit commitment — all at once', () => {
    const outcome = decideTransition(
      'unit-publicity',
      'recommend',
      ['employer'],
      facts({ today: '2025-10-13', openObjections: 2, unitCommitment: false }),
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.kind).toBe('unprocessable');
    expect(outcome.error.details.map((d) => d.message)).toEqual([
      '单位公示期未满（至2025-10-13）',
      '尚有2件公示异议未处理完毕',
      '须签署单位承诺',
    ]);
  });

  it('tells a wrong state from a wrong role, and requires reasons for returns', () => {
    const wrongState = decideTransition('accepted', 'withdraw', ['applicant'], facts());
    expect(!wrongState.ok && wrongState.error.code).toBe('WRONG_STATE');
    const wrongRole = decideTransition('submitted', 'start-unit-publicity', ['applicant'], facts());
    expect(!wrongRole.ok && wrongRole.error.kind).toBe('forbidden');
    expect(!wrongRole.ok && wrongRole.error.message).toContain('用人单位');
    const noReason = decideTransition('hr-review', 'hr-return', ['hr'], facts({ reason: ' ' }));
    expect(!noReason.ok && noReason.error.message).toContain('须写明理由');
    const unknown = decideTransition('draft', 'teleport', ['applicant'], facts());
    expect(!unknown.ok && unknown.error.code).toBe('UNKNOWN_EVENT');
  });

  it('lets the committee office return an application only once', () => {
    const first = decideTransition(
      'committee-review',
      'committee-return',
      ['committee-office'],
      facts({ reason: '缺少学历证书扫描件' }),
    );
    expect(first.ok && first.transition.to).toBe('returned');
    const second = decideTransition(
      'committee-review',
      'committee-return',
      ['committee-office'],
      facts({ reason: '缺少学历证书', returnedByCommitteeBefore: true }),
    );
    expect(!second.ok && second.error.message).toContain('一次性告知');
  });

  it('requires the personal commitment to submit, allows withdrawal until review starts, and lists each role’s actions', () => {
    expect(decideTransition('draft', 'submit', ['applicant'], facts({ personalCommitment: false })).ok).toBe(
      false,
    );
    expect(decideTransition('committee-review', 'withdraw', ['applicant'], facts()).ok).toBe(true);
    expect(decideTransition('accepted', 'withdraw', ['applicant'], facts()).ok).toBe(false);
    expect(eventsFor('submitted', ['employer']).map((e) => e.event)).toEqual([
      'start-unit-publicity',
      'return',
      'decline',
    ]);
    expect(eventsFor('unit-publicity', ['employer']).map((e) => e.event)).toEqual(['decline', 'recommend']);
    expect(eventsFor('hr-review', ['applicant']).map((e) => e.event)).toEqual(['withdraw']);
  });

  it('explains every event a record does not offer as the decision would, or as a session’s step', () => {
    for (const state of Object.keys(APPLICATION_STATES) as ApplicationState[])
      for (const role of ROLE_CODES)
        for (const event of [...APPLICATION_EVENTS, 'no-such-event']) {
          if (eventsFor(state, [role]).some((a) => a.event === event)) continue;
          const refusal = refusalOf(state, event, [role]);
          const decision = decideTransition(state, event, [role], facts());
          if (decision.ok || decision.error.code === 'TRANSITION_GUARD_FAILED') {
            // Past state and role, only a review session may take it.
            expect(refusal.code).toBe('SESSION_STEP');
            const taken = APPLICATION_TRANSITIONS.filter(
              (t) => t.event === event && t.from.includes(state) && t.roles.includes(role),
            );
            expect(taken.every((t) => t.bySession)).toBe(true);
          } else expect(refusal).toEqual(decision.error);
        }
    expect(refusalOf('submitted', 'withdraw', ['employer']).message).toBe('「撤回申报」须由专业技术人员执行');
  });
});
