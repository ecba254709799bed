import { http } from './client';

export type PhoneCodePurpose = 'register' | 'register-unit' | 'reset-password';

export interface CodeSent {
  sentTo: string;
  expiresInSeconds: number;
  resendAfterSeconds: number;
}

/** Sends an SMS code to a mainland mobile number (no login needed). */
export function sendPhoneCode(phone: string, purpose: PhoneCodePurpose): Promise<CodeSent> {
  return http.post<CodeSent>('/api/v1/public/phone-codes', { phone, purpose });
}

export interface RegistrationForm {
  name: string;
  idNumber: string;
  phone: string;
  code: string;
  password: string;
  regionCode: string;
  username?: string;
}

export interface Registered {
  userId: string;
  username: string;
  claimedExistingPerson: boolean;
}

/** 实名注册: opens the applicant's account (no login needed). */
export function register(form: RegistrationForm): Promise<Registered> {
  return http.post<Registered>('/api/v1/public/registrations', form);
}
