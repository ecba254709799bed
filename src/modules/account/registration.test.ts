import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signedInRequests, testAppSuite } from '../../../test/helpers/app-suite';
import { createPerson, login, makeIdNumber } from '../../../test/helpers/factories';

const s = testAppSuite({ loginRateLimitPerMinute: 10_000 });
const api = signedInRequests(() => s.t);

const PASSWORD = 'Zhiping2026';
const minutes = (n: number) => s.t.clock.advance(n * 60_000);

const post = (url: string, payload: Record<string, unknown>) =>
  s.t.app.inject({
    method: 'POST',
    url,
    payload,
    remoteAddress: `10.0.${Math.floor(Math.random() * 250)}.1`,
  });

/** Asks for a code and reads it from the SMS the adapter was handed. */
async function codeFor(phone: string, purpose = 'register') {
  const response = await post('/api/v1/public/phone-codes', { phone, purpose });
  expect(response.statusCode, response.body).toBe(202);
  const sms = s.t.sent.at(-1)!;
  expect(sms.phone).toBe(phone);
  return /验证码(\d{6})/.exec(sms.body)![1]!;
}

async function counts() {
  const result = (await s.t.database.db.execute(
    sql`select (select count(*) from users)::int as users, (select count(*) from persons)::int as persons`,
  )) as unknown as { rows: { users: number; persons: number }[] };
  return result.rows[0]!;
}

describe('实名注册', () => {
  it('opens an account for a new person whose phone answered the code, who can then log in and see the profile', async () => {
    const phone = '13912340001';
    const code = await codeFor(phone);
    const idNumber = makeIdNumber('1990-06-18', false);
    const created = await post('/api/v1/public/registrations', {
      name: '林晓雯',
      idNumber,
      phone,
      code,
      password: PASSWORD,
      regionCode: '210302',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ username: phone, claimedExistingPerson: false });
    const session = await login(s.t.app, phone, PASSWORD);
    const profile = await api.get(session, '/api/v1/me/profile');
    expect(profile.statusCode, profile.body).toBe(200);
    expect(profile.json()).toMatchObject({ name: '林晓雯', applicant: { birthDate: '1990-06-18' } });
    // The ID number and the phone are stored only sealed and masked.
    const stored = (await s.t.database.db.execute(
      sql`select p.id_number_masked as masked, p.gender, u.phone_masked as phone, u.phone_cipher as cipher
            from users u join persons p on p.id = u.person_id where u.username = ${phone}`,
    )) as unknown as { rows: { masked: string; gender: string; phone: string; cipher: string }[] };
    expect(stored.rows[0]).toMatchObject({ gender: 'female', phone: '139****0001' });
    expect(stored.rows[0]!.masked).not.toContain(idNumber.slice(6, 14));
    expect(stored.rows[0]!.cipher).not.toContain(phone);

    // The same ID number again: refused, with how to recover, and nothing about the account.
    const again = await post('/api/v1/public/registrations', {
      name: '林晓雯',
      idNumber,
      phone: '13912340002',
      code: await codeFor('13912340002'),
      password: PASSWORD,
      regionCode: '210302',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ID_ALREADY_REGISTERED');
    expect(again.json().error.message).toContain('找回密码');
    expect(again.body).not.toContain(phone.slice(-4));
  });

  it('lets a person already on record claim their record, but only under their own name', async () => {
    const known = await createPerson(s.t.database.db, s.t.cipher, {
      name: '周建国',
      birthDate: '1978-02-03',
    });
    const phone = '13912340003';
    const before = await counts();
    const wrongName = await post('/api/v1/public/registrations', {
      name: '周建华',
      idNumber: known.idNumber,
      phone,
      code: await codeFor(phone),
      password: PASSWORD,
      regionCode: '210302',
    });
    expect(wrongName.statusCode).toBe(422);
    expect(wrongName.json().error.code).toBe('NAME_MISMATCH');
    expect(await counts()).toEqual(before);
    minutes(2);
    const claimed = await post('/api/v1/public/registrations', {
      name: '周建国',
      idNumber: known.idNumber,
      phone,
      code: await codeFor(phone),
      password: PASSWORD,
      regionCode: '210302',
      username: 'zhoujianguo',
    });
    expect(claimed.statusCode, claimed.body).toBe(201);
    expect(claimed.json()).toMatchObject({ username: 'zhoujianguo', claimedExistingPerson: true });
    expect(await counts()).toEqual({ users: before.users + 1, persons: before.persons });
  });

  it('refuses a wrong, expired, spent or replayed code and changes nothing', async () => {
    const phone = '13912340004';
    const form = (code: string) => ({
      name: '郑思远',
      idNumber: makeIdNumber('1988-09-09'),
      phone,
      code,
      password: PASSWORD,
      regionCode: '210302',
    });
    const before = await counts();
    const code = await codeFor(phone);
    const wrong = await post('/api/v1/public/registrations', form(code === '000000' ? '111111' : '000000'));
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toMatchObject({ code: 'CODE_WRONG', message: '验证码不正确，还可尝试4次' });
    minutes(6);
    const expired = await post('/api/v1/public/registrations', form(code));
    expect(expired.json().error.code).toBe('CODE_EXPIRED');

    const fresh = await codeFor(phone);
    for (let i = 0; i < 5; i++)
      await post('/api/v1/public/registrations', form(fresh === '123456' ? '654321' : '123456'));
    const spent = await post('/api/v1/public/registrations', form(fresh));
    expect(spent.statusCode).toBe(400);
    expect(spent.json().error.code).toBe('CODE_SPENT');
    expect(await counts()).toEqual(before);

    minutes(2);
    const good = await codeFor(phone);
    const registered = form(good);
    expect((await post('/api/v1/public/registrations', registered)).statusCode).toBe(201);
    // The same number again is another account's now; and the spent code opens nothing.
    const replayed = await post('/api/v1/public/registrations', {
      ...registered,
      idNumber: makeIdNumber('1988-09-10'),
    });
    expect(replayed.statusCode).toBe(409);
    expect(replayed.json().error.code).toBe('PHONE_TAKEN');
    await expect(s.t.services.phoneCodes.check(phone, 'register', good)).rejects.toMatchObject({
      code: 'CODE_USED',
    });
  });

  it('limits codes per number: one a minute, five a day', async () => {
    const phone = '13912340005';
    await codeFor(phone);
    const tooSoon = await post('/api/v1/public/phone-codes', { phone, purpose: 'register' });
    expect(tooSoon.statusCode).toBe(429);
    expect(tooSoon.json().error.code).toBe('CODE_SENT_RECENTLY');
    for (let i = 0; i < 4; i++) {
      minutes(1);
      await codeFor(phone);
    }
    minutes(1);
    const sixth = await post('/api/v1/public/phone-codes', { phone, purpose: 'register' });
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json().error.code).toBe('TOO_MANY_CODES');
    minutes(24 * 60);
    await codeFor(phone);
  });

  it('forgets codes sent more than a day ago, and keeps the ones that still count towards the limit', async () => {
    const codes = async () =>
      (
        (await s.t.database.db.execute(sql`select count(*)::int as n from phone_codes`)) as unknown as {
          rows: { n: number }[];
        }
      ).rows[0]!.n;
    minutes(24 * 60 + 1); // every code sent so far is now over a day old
    await codeFor('13912340006');
    const before = await codes();
    const forgotten = await s.t.services.phoneCodes.forgetExpired();
    expect(forgotten).toBe(before - 1);
    expect(await codes()).toBe(1);
    // The one kept still counts: the number must wait before another code.
    const tooSoon = await post('/api/v1/public/phone-codes', { phone: '13912340006', purpose: 'register' });
    expect(tooSoon.json().error.code).toBe('CODE_SENT_RECENTLY');
  });

  it('answers bad identity data with the field and a Chinese reason, creating nothing', async () => {
    const before = await counts();
    const badId = await post('/api/v1/public/registrations', {
      name: '王小明',
      idNumber: '210302199001011234',
      phone: '13912340006',
      code: '123456',
      password: PASSWORD,
      regionCode: '210302',
    });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().error.details[0].path).toBe('idNumber');
    const landline = await post('/api/v1/public/phone-codes', { phone: '02412345678', purpose: 'register' });
    expect(landline.statusCode).toBe(400);
    expect(landline.json().error.details[0].message).toBe('应为11位中国大陆手机号码');
    const weak = await post('/api/v1/public/registrations', {
      name: '王小明',
      idNumber: makeIdNumber('1990-01-01'),
      phone: '13912340006',
      code: '123456',
      password: 'abcdefgh',
      regionCode: '210302',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details[0].path).toBe('password');
    expect(await counts()).toEqual(before);
  });
});
