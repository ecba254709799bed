/**
 * A real name as a complaint must carry it (实名, jilin-2022 四(五)): 2–30 characters of Chinese
 * script with the middle dot of minority and foreign names (阿依古丽·买买提), or Latin letters
 * with spaces, dots and hyphens. It cannot prove the name is real; it refuses what plainly is not.
 */
export function isRealName(input: string): boolean {
  const name = input.trim();
  const length = [...name].length;
  if (length < 2 || length > 30) return false;
  return (
    /^\p{Script=Han}[\p{Script=Han}·•]*\p{Script=Han}$/u.test(name) ||
    /^[A-Za-z][A-Za-z .·'-]*[A-Za-z.]$/.test(name)
  );
}

/**
 * A complainant's telephone number (联系电话): a mainland mobile number, or a landline with
 * its area code. Spaces and hyphens people type between digit groups are tolerated; what is
 * stored is the normalised form (13800138000, 024-23456789).
 */
export type PhoneCheck = { valid: true; phone: string } | { valid: false; reason: string };

const MOBILE = /^1[3-9]\d{9}$/;

/**
 * Area codes are three digits for Beijing (010) and the 02x cities, four everywhere else, so
 * the split needs no hyphen; the local number is 7 or 8 digits and never starts with 0 or 1.
 */
function landline(digits: string): string | null {
  if (!digits.startsWith('0')) return null;
  const areaLength = digits.startsWith('01') || digits.startsWith('02') ? 3 : 4;
  const area = digits.slice(0, areaLength);
  const local = digits.slice(areaLength);
  return /^[2-9]\d{6,7}$/.test(local) ? `${area}-${local}` : null;
}

/** Checks and normalises a phone number: a mobile as its 11 digits, a landline as `area-number`. */
export function checkPhone(input: string): PhoneCheck {
  const digits = input.trim().replace(/[\s-]/g, '');
  if (!/^\d+$/.test(digits))
    return { valid: false, reason: '联系电话只能包含数字（固定电话可用“-”分隔区号）' };
  if (MOBILE.test(digits)) return { valid: true, phone: digits };
  const fixed = landline(digits);
  if (fixed) return { valid: true, phone: fixed };
  return { valid: false, reason: '应为11位手机号码，或带区号的固定电话（如024-23456789）' };
}

/**
 * A phone number as staff see it in lists: a mobile keeps its first 3 and last 4 digits
 * (138****8000), a landline its area code and last 4 (024-****6789) — enough to recognise a
 * repeat caller, not enough to call without opening the record.
 */
export function maskPhone(phone: string): string {
  const hyphen = phone.indexOf('-');
  if (hyphen > 0) {
    const local = phone.slice(hyphen + 1);
    return `${phone.slice(0, hyphen)}-${'*'.repeat(Math.max(0, local.length - 4))}${local.slice(-4)}`;
  }
  if (phone.length <= 7) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}
