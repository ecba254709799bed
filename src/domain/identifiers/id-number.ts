import { isCalendarDate } from '../calendar/calendar-date';
import { isProvincePrefix } from '../regions';

/** Outcome of validating a 居民身份证号码. */
export type IdNumberResult =
  | { valid: true; birthDate: string; gender: 'male' | 'female'; regionCode: string }
  | { valid: false; reason: string };

// ISO 7064 MOD 11-2 as specified by GB 11643-1999: weight of position i is 2^(17-i) mod 11.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

// 83 is not a GB/T 2260 province: it prefixes 台湾居民居住证 numbers, which share this format
// (港澳居民居住证 use 81 / 82, already province-level codes).
const RESIDENCE_PERMIT_PREFIXES = new Set(['83']);

const EARLIEST_BIRTH_DATE = '1900-01-01';

function invalid(reason: string): IdNumberResult {
  return { valid: false, reason };
}

/** The GB 11643 check character for the first 17 digits of an ID number. */
export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) {
    sum += Number(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  }
  return CHECK_CHARS.charAt(sum % 11);
}

/**
 * Validates an 18-character 居民身份证号码 (GB 11643-1999).
 *
 * Surrounding whitespace is ignored and a lowercase 'x' check character is accepted as
 * 'X', because both are common when numbers are typed or pasted. Checks, in order:
 * length, characters (17 digits + digit or X), province-level region code (incl. 71/81/82
 * and 83 for 台湾居民居住证), a real birth date between 1900-01-01 and `today`, and the
 * ISO 7064 MOD 11-2 check character. The failure reason never reveals the expected check
 * character, so the validator cannot be used to complete forged numbers.
 *
 * @param value the number as entered
 * @param today the current date, 'YYYY-MM-DD' (passed in so the function stays pure)
 */
export function validateIdNumber(value: string, today: string): IdNumberResult {
  const id = value.trim().toUpperCase();
  if (id.length !== 18) return invalid('身份证号码长度应为18位');
  if (!/^\d{17}[\dX]$/.test(id)) {
    return invalid('身份证号码含有非法字符（前17位应为数字，末位应为数字或X）');
  }

  const prefix = id.slice(0, 2);
  if (!isProvincePrefix(prefix) && !RESIDENCE_PERMIT_PREFIXES.has(prefix)) {
    return invalid('身份证号码地区码无效');
  }

  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isCalendarDate(birthDate)) return invalid('身份证号码出生日期无效');
  if (birthDate < EARLIEST_BIRTH_DATE) return invalid('身份证号码出生日期无效（早于1900年1月1日）');
  // ISO dates compare correctly as strings.
  if (birthDate > today) return invalid('身份证号码出生日期晚于当前日期');

  if (idNumberCheckChar(id.slice(0, 17)) !== id.charAt(17)) return invalid('身份证号码校验码错误');

  const gender = Number(id.charAt(16)) % 2 === 1 ? 'male' : 'female';
  return { valid: true, birthDate, gender, regionCode: id.slice(0, 6) };
}

/**
 * Masks an ID number for display: the first 3 and last 4 characters stay, every other
 * character becomes '*' (e.g. '11010519491231002X' → '110***********002X'). The region
 * prefix and tail are enough for a person to recognise their own number without exposing
 * the birth date. Values too short to keep 7 characters are masked entirely.
 */
export function maskIdNumber(value: string): string {
  const id = value.trim();
  if (id.length <= 7) return '*'.repeat(id.length);
  return `${id.slice(0, 3)}${'*'.repeat(id.length - 7)}${id.slice(-4)}`;
}
