import { describe, expect, it } from 'vitest';
import { caughtAppError } from '../../../test/helpers/caught-app-error';
import { capLimit, combinedCapRate, JILIN_COMBINED_BONUSES, ratePercentText } from './pass-rate';

describe('capLimit', () => {
  it.each([
    [100, 0.57, 57],
    [20, 0.45, 9],
    [10, 0.7, 7],
    [3, 0.5, 1],
    [7, 0.55, 3],
    [29, 0.45, 13],
    [1, 0.5, 0],
    [0, 0.5, 0],
    [5, 1, 5],
    [5, 0.6, 3],
  ])('%i candidates at %s → %i', (candidates, rate, limit) => {
    expect(capLimit(candidates, rate)).toBe(limit);
  });

  it('refuses a rate outside 0–100% and a non-integer count', () => {
    expect(caughtAppError(() => capLimit(10, 1.2)).code).toBe('PASS_RATE_INVALID');
    expect(caughtAppError(() => capLimit(2.5, 0.5)).code).toBe('COUNT_INVALID');
  });
});

describe('combinedCapRate (jilin-2022 一(二)4)', () => {
  it('adds an institution bonus in percentage points', () => {
    expect(combinedCapRate(0.45, 10, [10, 20])).toBe(0.55);
    expect(combinedCapRate(0.55, 20, [10, 20])).toBe(0.75);
    expect(combinedCapRate(0.45, 7.5, [5, 10])).toBe(0.525);
    expect(combinedCapRate(0.45, 0, [10, 20])).toBe(0.45);
    expect(capLimit(20, combinedCapRate(0.45, 10, [10, 20]))).toBe(11);
  });

  it('refuses a bonus outside the range', () => {
    const error = caughtAppError(() => combinedCapRate(0.45, 25, [10, 20]));
    expect(error.code).toBe('PASS_RATE_BONUS_OUT_OF_RANGE');
    expect(error.message).toContain('10至20个百分点');
    expect(caughtAppError(() => combinedCapRate(0.55, 4, [5, 15])).code).toBe('PASS_RATE_BONUS_OUT_OF_RANGE');
  });

  it('lists the Jilin bonuses with their ranges and clause', () => {
    expect(JILIN_COMBINED_BONUSES.map((b) => [b.id, b.range])).toEqual([
      ['double-first-class', [10, 20]],
      ['double-high-plan', [5, 15]],
      ['provincial-distinctive', [5, 10]],
      ['hardship-area', [5, 10]],
    ]);
    for (const bonus of JILIN_COMBINED_BONUSES) {
      expect(bonus.citation).toEqual({ document: 'jilin-2022', clause: '一(二)4' });
      expect(bonus.levels).toEqual(['senior', 'associate-senior']);
    }
  });
});

describe('ratePercentText', () => {
  it('shows a rate as a percentage', () => {
    expect([0.5, 0.57, 0.575, 1].map(ratePercentText)).toEqual(['50%', '57%', '57.5%', '100%']);
  });
});
