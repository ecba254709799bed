import { addDays, parseCalendarDate } from '../calendar';
import { shiftYears } from '../review/review-dates';

/**
 * The last day of an application ban that starts on the decision date and lasts `years`
 * years: the day before the same calendar day `years` later (2026-03-02 + 3 → 2029-03-01),
 * so "banned for 3 years" means exactly three years of banned days, both ends counted.
 */
export function bannedUntilOf(decidedOn: string, years: number): string {
  parseCalendarDate(decidedOn, 'decidedOn');
  if (!Number.isInteger(years) || years < 1) throw new Error(`禁止申报年限应为正整数：${years}`);
  return addDays(shiftYears(decidedOn, years), -1);
}

/** Whether a ban whose last day is `bannedUntil` still holds on `today` (the last day included). */
export function isBannedOn(bannedUntil: string | null | undefined, today: string): boolean {
  return Boolean(bannedUntil) && (bannedUntil as string) >= today;
}

/**
 * The later of two last banned days (`YYYY-MM-DD` strings compare as dates), null when
 * neither is set: the profile's own declaration and the archive both count, the longer wins.
 */
export function laterBan(a: string | null | undefined, b: string | null | undefined): string | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return a >= b ? a : b;
}
