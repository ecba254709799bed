import { expect } from 'vitest';
import { makeCreditCode } from './factories';
import type { TestApp } from './test-app';

export const UNIT_PASSWORD = 'Danwei2026';

let serial = 0;

/** A fresh mainland mobile number per call. */
export function newPhone(): string {
  serial += 1;
  return `1370000${String(serial).padStart(4, '0')}`;
}

/**
 * Unit registration as the public page calls it: each request from its own address (the public
 * routes are limited per address and minute), codes read from the SMS the adapter was handed.
 */
export function unitRegistrations(testApp: () => TestApp) {
  const post = (url: string, payload: Record<string, unknown>) =>
    testApp().app.inject({
      method: 'POST',
      url,
      payload,
      remoteAddress: `10.1.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
    });

  /** Asks for a `register-unit` code and reads it from the SMS. */
  async function codeFor(phone: string) {
    const response = await post('/api/v1/public/phone-codes', { phone, purpose: 'register-unit' });
    expect(response.statusCode, response.body).toBe(202);
    const sms = testApp().sent.at(-1)!;
    expect(sms.phone).toBe(phone);
    return /验证码(\d{6})/.exec(sms.body)![1]!;
  }

  /** A complete employer registration in Anshan 铁东区, with a fresh credit code, phone and name. */
  function employerForm(over: Record<string, unknown> = {}) {
    serial += 1;
    return {
      creditCode: makeCreditCode('210302'),
      name: `鞍山市铁东区新注册科技有限公司${serial}`,
      kind: 'employer',
      employerKind: 'private-enterprise',
      regionCode: '210302',
      address: '辽宁省鞍山市铁东区胜利南路35号',
      contactName: '韩雪梅',
      contactPhone: newPhone(),
      username: `unit${serial}admin`,
      password: UNIT_PASSWORD,
      ...over,
    };
  }

  return {
    post,
    codeFor,
    employerForm,
    /** Sends the form with a fresh code for its contact phone. */
    async register(form: Record<string, unknown>) {
      const code = await codeFor(form.contactPhone as string);
      return post('/api/v1/public/unit-registrations', { ...form, code });
    },
  };
}
