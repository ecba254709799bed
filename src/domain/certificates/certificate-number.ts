/**
 * Certificate numbers (证书编号): 21 characters that say where and when a title was conferred
 *
 *   210000 2026 012 0000345 7
 *   region year committee sequence check
 *
 * — the GB/T 2260 code of the jurisdiction keeping the ledger, the year of conferral, the
 * committee's three-digit serial (000 for records imported from before the system), a
 * seven-digit sequence within that block, and an ISO 7064 MOD 11-2 check character (0–9 or X,
 * as on an ID card). The check character lets any typo be refused without a lookup, so a
 * malformed number is answered the same way whether or not a similar one exists.
 */
export const CERTIFICATE_NUMBER_LENGTH = 21;

/** The committee code of records imported from the historical archive. */
export const IMPORTED_COMMITTEE_CODE = '000';

const MAX_SEQUENCE = 9_999_999;

export interface CertificateNumberParts {
  regionCode: string;
  year: number;
  committeeCode: string;
  sequence: number;
}

/** ISO 7064 MOD 11-2 over a string of digits (the GB 11643 algorithm, for any length). */
export function mod11_2CheckChar(digits: string): string {
  let p = 0;
  for (const ch of digits) p = ((p + (ch.charCodeAt(0) - 48)) * 2) % 11;
  const check = (12 - p) % 11;
  return check === 10 ? 'X' : String(check);
}

/** Composes a number; throws when a part does not fit its field. */
export function formatCertificateNumber(parts: CertificateNumberParts): string {
  const { regionCode, year, committeeCode, sequence } = parts;
  if (!/^\d{6}$/.test(regionCode)) throw new Error(`行政区划代码应为6位数字：${regionCode}`);
  if (!Number.isInteger(year) || year < 1949 || year > 9999) throw new Error(`年度不正确：${year}`);
  if (!/^\d{3}$/.test(committeeCode)) throw new Error(`评委会代码应为3位数字：${committeeCode}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_SEQUENCE)
    throw new Error(`证书顺序号超出范围：${sequence}`);
  const body = `${regionCode}${year}${committeeCode}${String(sequence).padStart(7, '0')}`;
  return body + mod11_2CheckChar(body);
}

/** A committee's serial as the number's committee code (001–999). */
export function committeeCodeOf(serial: number): string {
  if (!Number.isInteger(serial) || serial < 1 || serial > 999)
    throw new Error(`评委会序号超出证书编号的范围（1–999）：${serial}`);
  return String(serial).padStart(3, '0');
}

export type CertificateNumberCheck =
  | { valid: true; number: string; parts: CertificateNumberParts }
  | { valid: false; reason: string };

/**
 * Checks a number's form and check character only — never the ledger — so the answer to a
 * malformed number reveals nothing about which numbers exist. Spaces and a lower-case x are
 * accepted, as people copy numbers from paper.
 */
export function parseCertificateNumber(input: string): CertificateNumberCheck {
  const number = input.replace(/[\s-]/g, '').toUpperCase();
  if (!/^\d{20}[\dX]$/.test(number))
    return { valid: false, reason: '证书编号格式不正确：应为21位，前20位为数字，末位为数字或X' };
  if (mod11_2CheckChar(number.slice(0, 20)) !== number.charAt(20))
    return { valid: false, reason: '证书编号格式不正确：校验位不符，请核对是否输错' };
  const year = Number(number.slice(6, 10));
  const sequence = Number(number.slice(13, 20));
  if (year < 1949 || sequence < 1) return { valid: false, reason: '证书编号格式不正确' };
  return {
    valid: true,
    number,
    parts: { regionCode: number.slice(0, 6), year, committeeCode: number.slice(10, 13), sequence },
  };
}
