import { describe, expect, it } from 'vitest';
import { ceilShare, shareOfRatio } from './share';

describe('shareOfRatio', () => {
  it('recovers the fraction a stored ratio stands for, so thresholds count exactly', () => {
    expect(shareOfRatio(2 / 3)).toEqual({ numerator: 2, denominator: 3 });
    expect(shareOfRatio(0.5)).toEqual({ numerator: 1, denominator: 2 });
    expect(shareOfRatio(0.45)).toEqual({ numerator: 9, denominator: 20 });
    expect(ceilShare(11, shareOfRatio(2 / 3))).toBe(8);
  });
});
