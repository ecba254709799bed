import type { Level } from '../catalogue';
import { AppError } from '../errors';
import type { Citation } from '../policy/citation';

/**
 * Pass rates are percentages with at most two decimals (57%, 57.5%): held as basis points
 * (万分之一) they multiply exactly, where 100 × 0.57 in floating point is 56.999….
 */
function basisPoints(rate: number, what: string): number {
  if (!Number.isFinite(rate) || rate < 0 || rate > 1) {
    throw new AppError('invalid', 'PASS_RATE_INVALID', `${what}必须在0%到100%之间，收到${rate}`);
  }
  return Math.round(rate * 10_000);
}

/**
 * Most candidates of a group who may pass: ⌊candidates × rate⌋, rounded down as the cap
 * requires ("不超过"), computed exactly (100 × 57% = 57, 20 × 45% = 9, 3 × 50% = 1).
 */
export function capLimit(candidates: number, rate: number): number {
  if (!Number.isInteger(candidates) || candidates < 0) {
    throw new AppError('invalid', 'COUNT_INVALID', `参评人数必须是非负整数，收到${candidates}`);
  }
  const product = candidates * basisPoints(rate, '通过率');
  return (product - (product % 10_000)) / 10_000;
}

/** A rate as people read it: 0.5 → '50%', 0.575 → '57.5%'. */
export function ratePercentText(rate: number): string {
  return `${basisPoints(rate, '通过率') / 100}%`;
}

/** A bonus an institution of a given kind may add to its 评聘结合 senior pass ratio. */
export interface CombinedBonus {
  id: string;
  /** Chinese name of the kind of institution. */
  name: string;
  /** Percentage points, inclusive: [min, max]. */
  range: readonly [number, number];
  /** The bonus applies to senior titles only ("高级职称评审通过比例可增加"). */
  levels: readonly Level[];
  citation: Citation;
}

const JILIN_UNIVERSITIES = { document: 'jilin-2022', clause: '一(二)4' };
const SENIOR: readonly Level[] = ['senior', 'associate-senior'];

/** A Jilin university bonus: each applies to the senior levels under the one clause. */
const jilinBonus = (id: string, name: string, range: readonly [number, number]): CombinedBonus => ({
  id,
  name,
  range,
  levels: SENIOR,
  citation: JILIN_UNIVERSITIES,
});

/**
 * Jilin 评聘结合 universities (jilin-2022 一(二)4): on top of the base ratios 正高 45%,
 * 副高 55%, 中级 70%, senior pass ratios may rise by these points for the institution's kind.
 */
export const JILIN_COMBINED_BONUSES: readonly CombinedBonus[] = [
  jilinBonus('double-first-class', '国家“双一流”建设院校', [10, 20]),
  jilinBonus('double-high-plan', '国家“双高计划”建设院校', [5, 15]),
  jilinBonus('provincial-distinctive', '我省特色高水平大学、特色高水平高职院校建设院校', [5, 10]),
  jilinBonus('hardship-area', '艰苦边远地区院校', [5, 10]),
];

/**
 * A 评聘结合 pass ratio with an institution's bonus: `base` (e.g. 0.45) plus `bonusPoints`
 * percentage points (45% + 10 → 0.55). The bonus must lie within `bonusRange`; 0 means the
 * institution takes none. Refuses a bonus outside the range or a result above 100%.
 */
export function combinedCapRate(
  base: number,
  bonusPoints: number,
  bonusRange: readonly [number, number],
): number {
  const [min, max] = bonusRange;
  if (!Number.isFinite(bonusPoints) || (bonusPoints !== 0 && (bonusPoints < min || bonusPoints > max))) {
    throw new AppError(
      'invalid',
      'PASS_RATE_BONUS_OUT_OF_RANGE',
      `通过比例可增加${min}至${max}个百分点，${bonusPoints}个百分点超出范围（jilin-2022 一(二)4）`,
    );
  }
  const total = basisPoints(base, '基础通过比例') + Math.round(bonusPoints * 100);
  if (total > 10_000) {
    throw new AppError('invalid', 'PASS_RATE_INVALID', '增加后的通过比例超过100%');
  }
  return total / 10_000;
}
