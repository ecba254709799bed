import { api, type BodyOf, call, type Schemas } from './client';

export type IdentifierType = BodyOf<'/api/v1/identifiers/validate', 'post'>['type'];

export type IdentifierCheck = Schemas['IdentifierCheck'];

/** Asks the server whether an identifier's check digit and structure are right (no login needed). */
export function validateIdentifier(type: IdentifierType, value: string): Promise<IdentifierCheck> {
  return call(api.POST('/api/v1/identifiers/validate', { body: { type, value } }));
}
