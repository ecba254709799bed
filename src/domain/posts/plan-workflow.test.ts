import { describe, expect, it } from 'vitest';
import { PLAN_STATES, PLAN_TRANSITIONS, partyTakes, planEvents, planTransition } from './plan-workflow';

const withDepartment = { hasDepartment: true };
const withoutDepartment = { hasDepartment: false };

describe('plan workflow table', () => {
  it('takes a plan up the chain: unit → department → approving bureau', () => {
    expect(planTransition('submit', 'draft', ['unit'], withDepartment)?.to).toBe('submitted');
    expect(planTransition('review', 'submitted', ['department'], withDepartment)?.to).toBe('reviewed');
    expect(planTransition('approve', 'reviewed', ['approver'], withDepartment)?.to).toBe('approved');
    expect(planTransition('submit', 'returned', ['unit'], withDepartment)?.to).toBe('submitted');
  });

  it('sends the plan of a unit without a department straight to the bureau', () => {
    expect(planTransition('submit', 'draft', ['unit'], withoutDepartment)?.to).toBe('reviewed');
  });

  it('gives each party its own stage only, and the watching bureau none', () => {
    expect(planEvents('submitted', ['department'], withDepartment)).toEqual(['review', 'return']);
    expect(planEvents('submitted', ['approver'], withDepartment)).toEqual([]);
    expect(planEvents('reviewed', ['approver'], withDepartment)).toEqual(['return', 'approve']);
    expect(planEvents('reviewed', ['monitor'], withDepartment)).toEqual([]);
    expect(planEvents('draft', ['unit'], withDepartment)).toEqual(['edit', 'submit']);
    for (const state of ['approved', 'superseded'] as const)
      expect(planEvents(state, ['unit', 'department', 'approver'], withDepartment)).toEqual([]);
    expect(partyTakes('approve', ['department', 'monitor'])).toBe(false);
    expect(partyTakes('return', ['department'])).toBe(true);
  });

  it('names only known states and audits every step', () => {
    for (const t of PLAN_TRANSITIONS) {
      for (const from of t.from) expect(PLAN_STATES).toContain(from);
      if (t.to !== null) expect(PLAN_STATES).toContain(t.to);
      expect(t.audit).toMatch(/^post-plan\./);
    }
  });
});
