import { api, type BodyOf, call, type Schemas } from './client';

export type PhoneCodePurpose = BodyOf<'/api/v1/public/phone-codes', 'post'>['purpose'];

export type CodeSent = Schemas['CodeSent'];

/** Sends an SMS code to a mainland mobile number (no login needed). */
export function sendPhoneCode(phone: string, purpose: PhoneCodePurpose): Promise<CodeSent> {
  return call(api.POST('/api/v1/public/phone-codes', { body: { phone, purpose } }));
}

export type RegistrationForm = BodyOf<'/api/v1/public/registrations', 'post'>;

export type Registered = Schemas['Registered'];

/** 实名注册: opens the applicant's account (no login needed). */
export function register(form: RegistrationForm): Promise<Registered> {
  return call(api.POST('/api/v1/public/registrations', { body: form }));
}
