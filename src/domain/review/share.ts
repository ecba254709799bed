import { AppError } from '../errors';

/** A share as a fraction, e.g. 2/3 of the attending experts: kept as integers so "以上" counts exactly. */
export interface Share {
  numerator: number;
  denominator: number;
}

const CHINESE_NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function assertShare(share: Share): void {
  const { numerator, denominator } = share;
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || denominator < 1) {
    throw new AppError('invalid', 'SHARE_INVALID', '比例的分子、分母必须是整数且分母为正');
  }
  if (numerator < 0 || numerator > denominator) {
    throw new AppError('invalid', 'SHARE_INVALID', '比例必须在0到1之间');
  }
}

/**
 * The smallest whole number of `count` that reaches `share` of it: ⌈count × n / d⌉ in integer
 * arithmetic, because "三分之二以上" includes the number itself (2/3 of 9 is 6, of 7 is 5).
 */
export function ceilShare(count: number, share: Share): number {
  assertShare(share);
  if (!Number.isInteger(count) || count < 0) {
    throw new AppError('invalid', 'COUNT_INVALID', `人数必须是非负整数，收到${count}`);
  }
  const product = count * share.numerator;
  return (
    (product - (product % share.denominator)) / share.denominator + (product % share.denominator ? 1 : 0)
  );
}

/** The share in Chinese, e.g. 三分之二; figures beyond ten as 11/12. */
export function shareText(share: Share): string {
  const { numerator: n, denominator: d } = share;
  if (n === d) return '全部';
  if (d <= 10 && n >= 1) return `${CHINESE_NUMERALS[d]}分之${CHINESE_NUMERALS[n]}`;
  return `${n}/${d}`;
}

/**
 * A parameter's ratio (e.g. 2/3 stored as 0.666…) as the fraction of small integers it stands
 * for, so that thresholds are counted exactly; denominators up to 100 are tried.
 */
export function shareOfRatio(value: number): Share {
  for (let denominator = 1; denominator <= 100; denominator++) {
    const numerator = Math.round(value * denominator);
    if (Math.abs(numerator / denominator - value) < 1e-9) return { numerator, denominator };
  }
  return { numerator: Math.round(value * 1000), denominator: 1000 };
}
