import { http } from './client';
import type { CodeSent } from './registration';

export interface OwnSession {
  id: string;
  deviceClass: 'mobile' | 'desktop';
  createdAt: string;
  lastSeenAt: string;
  current: boolean;
}

/** Changes one's own password; every other session ends. */
export function changePassword(current: string, next: string): Promise<{ otherSessionsEnded: number }> {
  return http.put('/api/v1/me/password', { current, next });
}

export async function fetchOwnSessions(): Promise<OwnSession[]> {
  return (await http.get<{ items: OwnSession[] }>('/api/v1/me/sessions')).items;
}

export function endOwnSession(id: string): Promise<void> {
  return http.delete(`/api/v1/me/sessions/${id}`);
}

/** 找回密码: a code to the account's verified phone (the answer is the same for any number). */
export function sendRecoveryCode(phone: string): Promise<CodeSent> {
  return http.post<CodeSent>('/api/v1/public/password-resets/codes', { phone });
}

export function recoverPassword(
  phone: string,
  code: string,
  next: string,
): Promise<{ username: string; phone: string }> {
  return http.post('/api/v1/public/password-resets', { phone, code, next });
}
