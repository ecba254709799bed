import { describe, expect, it } from 'vitest';
import { EFFECT_TIMING, isBeforeDecision, NEXT_ACTORS } from './application-effects';
import { APPLICATION_STATES, type ApplicationState } from './application-states';
import { APPLICATION_TRANSITIONS, type Transition } from './application-transitions';
import { effectsBeforeDecision } from './application-workflow';

const kindsOf = (t: Transition) => t.effects.map((e) => e.kind);
const label = (t: Transition) => `${t.event} → ${t.to}`;

describe('the effects of the application workflow, as data', () => {
  it('has every transition declare its effects, each of a kind the interpreter knows, those before the decision first', () => {
    for (const t of APPLICATION_TRANSITIONS) {
      expect(t.effects.length, label(t)).toBeGreaterThan(0);
      for (const effect of t.effects) expect(Object.hasOwn(EFFECT_TIMING, effect.kind), label(t)).toBe(true);
      // The declared order is the order they run in: what comes before the decision is listed first.
      const firstAfter = t.effects.findIndex((e) => !isBeforeDecision(e));
      expect(t.effects.slice(firstAfter).some(isBeforeDecision), label(t)).toBe(false);
    }
  });

  it('tells whoever must act in the new state, and nobody where nobody must', () => {
    for (const state of Object.keys(NEXT_ACTORS)) expect(Object.hasOwn(APPLICATION_STATES, state)).toBe(true);
    for (const t of APPLICATION_TRANSITIONS)
      expect(kindsOf(t).includes('notify-next-actors'), label(t)).toBe(NEXT_ACTORS[t.to] !== undefined);
  });

  it('tells the applicant of every step but their own submission, by SMS where they must act or would not want to miss it', () => {
    const texted = new Set<ApplicationState>();
    for (const t of APPLICATION_TRANSITIONS) {
      const told = t.effects.filter((e) => e.kind === 'notify-applicant');
      expect(told.length, label(t)).toBe(t.event === 'submit' ? 0 : 1);
      if (told.some((e) => e.sms)) texted.add(t.to);
    }
    expect([...texted].sort()).toEqual(
      [
        'accepted',
        'conferred',
        'not-passed',
        'not-recommended',
        'result-publicity',
        'returned',
        'revoked',
      ].sort(),
    );
  });

  it('voids the deadlines and keeps the reason of every return, refusal and revocation; the committee returns once', () => {
    for (const t of APPLICATION_TRANSITIONS) {
      const leaves = ['withdrawn', 'not-recommended', 'returned', 'revoked'].includes(t.to);
      expect(kindsOf(t).includes('cancel-deadlines'), label(t)).toBe(leaves);
      expect(kindsOf(t).includes('record-reason'), label(t)).toBe(leaves && t.to !== 'withdrawn');
      expect(kindsOf(t).includes('mark-committee-return'), label(t)).toBe(t.event === 'committee-return');
    }
  });

  it('signs the personal commitment on submission and the unit’s on recommendation, and starts each publicity once', () => {
    const signed = APPLICATION_TRANSITIONS.flatMap((t) =>
      t.effects.flatMap((e) => (e.kind === 'sign-commitment' ? [`${t.event}:${e.commitment}`] : [])),
    );
    expect([...new Set(signed)].sort()).toEqual(['recommend:unit', 'submit:personal']);
    const publicities = APPLICATION_TRANSITIONS.flatMap((t) =>
      t.effects.flatMap((e) => (e.kind === 'start-publicity' ? [`${t.event}:${e.publicity}`] : [])),
    );
    expect(publicities).toEqual([
      'start-unit-publicity:unit',
      'start-dispatch-publicity:dispatch',
      'pass:result',
    ]);
  });

  it('runs routing and the reassessment before the decision, only where the step can be taken from', () => {
    expect(effectsBeforeDecision('hr-review', 'hr-approve')).toEqual([{ kind: 'route-to-committee' }]);
    expect(effectsBeforeDecision('returned', 'submit')).toEqual([{ kind: 'reassess-eligibility' }]);
    expect(effectsBeforeDecision('draft', 'submit')).toEqual([]);
    expect(effectsBeforeDecision('unit-publicity', 'recommend')).toEqual([]);
    expect(effectsBeforeDecision('accepted', 'hr-approve')).toEqual([]);
  });
});
