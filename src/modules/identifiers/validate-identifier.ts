import { validateCreditCode, validateIdNumber } from '../../domain/identifiers';

export type IdentifierType = 'id-number' | 'credit-code';

/** CONTRACTS §3: `{valid:true}` or `{valid:false, reason}` — the same answer for CLI and API. */
export function validateIdentifier(
  type: IdentifierType,
  value: string,
  today: string,
): { valid: true } | { valid: false; reason: string } {
  const result = type === 'id-number' ? validateIdNumber(value, today) : validateCreditCode(value);
  return result.valid ? { valid: true } : { valid: false, reason: result.reason };
}
