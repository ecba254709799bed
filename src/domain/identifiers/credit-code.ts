import { isProvincePrefix } from '../regions';
import { REGISTRATION_AUTHORITIES } from './credit-code-authorities';

/** Outcome of validating a 统一社会信用代码. */
export type CreditCodeResult =
  | { valid: true; registrationAuthority: string; organisationCategory: string; regionCode: string }
  | { valid: false; reason: string };

/** The 31 characters GB 32100 allows, in value order (I, O, Z, S, V are never used). */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

// Weights of positions 1–17: 3^(i-1) mod 31 (GB 32100-2015 / GB/T 17710).
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
// Weights of the 8 body characters of the embedded 组织机构代码 (GB 11714).
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

// Codes registered by national-level authorities carry 100000 (国家) as their region.
const NATIONAL_REGION_CODE = '100000';

function invalid(reason: string): CreditCodeResult {
  return { valid: false, reason };
}

/**
 * The GB 11714 check character for the 8-character body of an organisation code.
 * Digits count as themselves and letters as A=10 … Z=35 (the full alphabet, unlike the
 * credit-code charset). Returns undefined when the body holds anything else.
 */
export function orgCodeCheckChar(body: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < ORG_CODE_WEIGHTS.length; i++) {
    const c = body.charAt(i);
    let value: number;
    if (c >= '0' && c <= '9') value = c.charCodeAt(0) - 48;
    else if (c >= 'A' && c <= 'Z') value = c.charCodeAt(0) - 55;
    else return undefined;
    sum += value * (ORG_CODE_WEIGHTS[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  if (check === 11) return '0';
  return String(check);
}

/** The GB 32100 check character (position 18) for the first 17 characters of a credit code. */
export function creditCodeCheckChar(first17: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < CREDIT_WEIGHTS.length; i++) {
    const value = CREDIT_CODE_CHARSET.indexOf(first17.charAt(i));
    if (value < 0) return undefined;
    sum += value * (CREDIT_WEIGHTS[i] ?? 0);
  }
  return CREDIT_CODE_CHARSET.charAt((31 - (sum % 31)) % 31);
}

/**
 * Validates an 18-character 统一社会信用代码 (GB 32100-2015).
 *
 * Surrounding whitespace is ignored and letters are upper-cased first, so a code typed in
 * lowercase is accepted. Checks, in order: length; characters (digits and upper-case
 * letters except I、O、Z、S、V); position 1 登记管理部门代码; position 2 机构类别代码 for that
 * authority; positions 3–8 行政区划码 (6 digits under a province-level code, or 100000 for
 * national registration); the check character of the embedded 组织机构代码 (positions 9–17);
 * and the final check character. Like the ID-number validator it never reveals the
 * expected check character.
 */
export function validateCreditCode(value: string): CreditCodeResult {
  const code = value.trim().toUpperCase();
  if (code.length !== 18) return invalid('统一社会信用代码长度应为18位');
  for (const c of code) {
    if (!CREDIT_CODE_CHARSET.includes(c)) {
      return invalid('统一社会信用代码含有非法字符（只能使用数字和大写字母，且不得使用I、O、Z、S、V）');
    }
  }

  const authority = REGISTRATION_AUTHORITIES[code.charAt(0)];
  if (!authority) return invalid('统一社会信用代码登记管理部门代码无效');
  const category = authority.categories[code.charAt(1)];
  if (!category) return invalid('统一社会信用代码机构类别代码无效');

  const regionCode = code.slice(2, 8);
  const regionOk =
    /^\d{6}$/.test(regionCode) &&
    (regionCode === NATIONAL_REGION_CODE || isProvincePrefix(regionCode.slice(0, 2)));
  if (!regionOk) return invalid('统一社会信用代码行政区划码无效');

  if (orgCodeCheckChar(code.slice(8, 16)) !== code.charAt(16)) {
    return invalid('统一社会信用代码组织机构代码校验码错误');
  }
  if (creditCodeCheckChar(code.slice(0, 17)) !== code.charAt(17))
    return invalid('统一社会信用代码校验码错误');

  return { valid: true, registrationAuthority: authority.name, organisationCategory: category, regionCode };
}
