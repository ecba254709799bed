import { describe, expect, it } from 'vitest';
import { EFFECT_TIMING, type EffectKind } from '../../domain/workflow/application-effects';
import { APPLICATION_TRANSITIONS } from '../../domain/workflow/application-transitions';
import { EFFECT_INTERPRETERS } from './application-effects';

const KINDS = Object.keys(EFFECT_TIMING) as EffectKind[];

describe('the interpreter of the workflow’s effects', () => {
  it('has one case for every kind of effect, in the phase the kind runs in, and none for anything else', () => {
    // The tables are typed by kind, so a kind without its case does not compile; this holds the
    // runtime tables to the same list, and each case to its phase.
    for (const kind of KINDS) {
      const phase = EFFECT_TIMING[kind];
      expect(typeof (EFFECT_INTERPRETERS[phase] as Record<string, unknown>)[kind], kind).toBe('function');
    }
    const cases = Object.values(EFFECT_INTERPRETERS).flatMap((table) => Object.keys(table));
    expect(cases.sort()).toEqual([...KINDS].sort());
  });

  it('gives filing in batches only what it writes together: a submission from a draft starts no publicity and cancels nothing', () => {
    // batchedWrites turns commitments and notices into multi-row inserts; a plan asking for a
    // publicity or a cancellation would fail every batch, so the submit step must not declare one.
    const submit = APPLICATION_TRANSITIONS.find((t) => t.event === 'submit' && t.from.includes('draft'))!;
    const kinds = submit.effects.map((e) => e.kind);
    expect(kinds).toEqual(['sign-commitment', 'record-submission-time', 'notify-next-actors']);
  });
});
