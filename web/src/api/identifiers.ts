import { http } from './client';

export type IdentifierType = 'id-number' | 'credit-code';

export type IdentifierCheck = { valid: true } | { valid: false; reason: string };

/** Asks the server whether an identifier's check digit and structure are right (no login needed). */
export function validateIdentifier(type: IdentifierType, value: string): Promise<IdentifierCheck> {
  return http.post<IdentifierCheck>('/api/v1/identifiers/validate', { type, value });
}
