import { type AnswerOf, api, call } from './client';
import type { CodeSent } from './registration';

/** One of the user's own logged-in sessions. */
export type OwnSession = AnswerOf<'/api/v1/me/sessions', 'get'>['items'][number];

/** Changes one's own password; every other session ends. */
export function changePassword(current: string, next: string): Promise<{ otherSessionsEnded: number }> {
  return call(api.PUT('/api/v1/me/password', { body: { current, next } }));
}

export async function fetchOwnSessions(): Promise<OwnSession[]> {
  return (await call(api.GET('/api/v1/me/sessions'))).items;
}

export function endOwnSession(id: string): Promise<void> {
  return call(api.DELETE('/api/v1/me/sessions/{id}', { params: { path: { id } } }));
}

/** 找回密码: a code to the account's verified phone (the answer is the same for any number). */
export function sendRecoveryCode(phone: string): Promise<CodeSent> {
  return call(api.POST('/api/v1/public/password-resets/codes', { body: { phone } }));
}

export function recoverPassword(
  phone: string,
  code: string,
  next: string,
): Promise<{ username: string; phone: string }> {
  return call(api.POST('/api/v1/public/password-resets', { body: { phone, code, next } }));
}
