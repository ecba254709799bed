import { beforeAll, describe, expect, it } from 'vitest';
import { signedInRequests, testAppSuite } from '../../../test/helpers/app-suite';
import {
  authed,
  createOrganisation,
  createUser,
  login,
  makeIdNumber,
  type Session,
  signIn,
  TEST_PASSWORD,
} from '../../../test/helpers/factories';

const s = testAppSuite({ loginRateLimitPerMinute: 10_000 });
const api = signedInRequests(() => s.t);
let admin: Session;
beforeAll(async () => {
  admin = await signIn(s.t, { roles: ['admin'], username: 'acctadmin', jurisdictionCode: '210000' });
});

const PHONE_UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148';

/** Logs in from a given browser, so one user can hold a desktop and a mobile session. */
async function loginFrom(username: string, password: string, userAgent?: string): Promise<Session> {
  const response = await s.t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
    headers: userAgent ? { 'user-agent': userAgent } : {},
  });
  expect(response.statusCode, response.body).toBe(200);
  const cookie = response.cookies.find((c) => c.name === 'zhiping_session')!;
  return { cookie: `zhiping_session=${cookie.value}`, csrfToken: response.json().csrfToken };
}

const get = (session: Session, url: string) =>
  s.t.app.inject({ method: 'GET', url, headers: { cookie: session.cookie } });
const changePassword = (session: Session, current: string, next: string) =>
  api.put(session, '/api/v1/me/password', { current, next });

describe('账号安全', () => {
  it('makes a user whose password an administrator chose change it before anything else', async () => {
    const unit = await createOrganisation(s.t.database.db, { kind: 'employer' });
    const created = await s.t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/users',
      headers: authed(admin),
      payload: {
        username: 'newhr01',
        displayName: '新用户',
        password: 'Chosen2026a',
        roles: ['employer'],
        organisationId: unit.id,
        jurisdictionCode: '210300',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const session = await login(s.t.app, 'newhr01', 'Chosen2026a');
    expect((await get(session, '/api/v1/auth/me')).json().user.mustChangePassword).toBe(true);
    const blocked = await get(session, '/api/v1/applications');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const wrong = await changePassword(session, 'not-it-2026', 'Mine2026abc');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details[0]).toEqual({ path: 'current', message: '当前密码不正确' });
    const same = await changePassword(session, 'Chosen2026a', 'Chosen2026a');
    expect(same.json().error.code).toBe('PASSWORD_UNCHANGED');
    const changed = await changePassword(session, 'Chosen2026a', 'Mine2026abc');
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await get(session, '/api/v1/auth/me')).json().user.mustChangePassword).toBe(false);
    expect((await get(session, '/api/v1/applications')).statusCode).toBe(200);
    // An administrator's reset puts the duty back.
    const user = (await get(admin, '/api/v1/admin/users?q=newhr01')).json().items[0];
    const reset = await api.post(admin, `/api/v1/admin/users/${user.id}/reset-password`, {
      password: 'Again2026xyz',
    });
    expect(reset.statusCode, reset.body).toBe(204);
    const again = await login(s.t.app, 'newhr01', 'Again2026xyz');
    expect((await get(again, '/api/v1/applications')).json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('lists the sessions of the account, ends another one, and ends all others on a password change', async () => {
    await createUser(s.t.database.db, { roles: ['hr'], username: 'twodevices', jurisdictionCode: '210300' });
    const desk = await loginFrom('twodevices', TEST_PASSWORD);
    const phone = await loginFrom('twodevices', TEST_PASSWORD, PHONE_UA);
    const listed = (await get(desk, '/api/v1/me/sessions')).json().items;
    expect(
      listed.map((s: { deviceClass: string; current: boolean }) => [s.deviceClass, s.current]).sort(),
    ).toEqual([
      ['desktop', true],
      ['mobile', false],
    ]);
    const own = listed.find((s: { current: boolean }) => s.current);
    const other = listed.find((s: { current: boolean }) => !s.current);
    const endOwn = await api.del(desk, `/api/v1/me/sessions/${own.id}`);
    expect(endOwn.json().error.code).toBe('CURRENT_SESSION');
    const ended = await api.del(desk, `/api/v1/me/sessions/${other.id}`);
    expect(ended.statusCode, ended.body).toBe(204);
    expect((await get(phone, '/api/v1/auth/me')).statusCode).toBe(401);
    const gone = await api.del(desk, `/api/v1/me/sessions/${other.id}`);
    expect(gone.statusCode).toBe(404);

    const phoneAgain = await loginFrom('twodevices', TEST_PASSWORD, PHONE_UA);
    const changed = await changePassword(desk, TEST_PASSWORD, 'Fresh2026pass');
    expect(changed.json()).toEqual({ otherSessionsEnded: 1 });
    expect((await get(phoneAgain, '/api/v1/auth/me')).statusCode).toBe(401);
    expect((await get(desk, '/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('recovers a password with a code sent to the verified phone, telling nothing about numbers without an account', async () => {
    const phone = '13612340001';
    const send = (number: string) =>
      s.t.app.inject({
        method: 'POST',
        url: '/api/v1/public/phone-codes',
        payload: { phone: number, purpose: 'register' },
      });
    expect((await send(phone)).statusCode).toBe(202);
    const registerCode = /验证码(\d{6})/.exec(s.t.sent.at(-1)!.body)![1];
    const registered = await s.t.app.inject({
      method: 'POST',
      url: '/api/v1/public/registrations',
      payload: {
        name: '沈如意',
        idNumber: makeIdNumber('1991-04-04', false),
        phone,
        code: registerCode,
        password: 'Before2026x',
        regionCode: '210302',
      },
    });
    expect(registered.statusCode, registered.body).toBe(201);
    const before = await login(s.t.app, phone, 'Before2026x');

    const ask = (number: string) =>
      s.t.app.inject({
        method: 'POST',
        url: '/api/v1/public/password-resets/codes',
        payload: { phone: number },
      });
    const sentBefore = s.t.sent.length;
    const stranger = await ask('13612349999');
    expect(stranger.statusCode).toBe(202);
    expect(s.t.sent.length).toBe(sentBefore);
    const known = await ask(phone);
    expect(known.statusCode).toBe(202);
    expect(Object.keys(known.json())).toEqual(Object.keys(stranger.json()));
    expect(s.t.sent.length).toBe(sentBefore + 1);
    const code = /验证码(\d{6})/.exec(s.t.sent.at(-1)!.body)![1]!;

    const reset = (number: string, c: string) =>
      s.t.app.inject({
        method: 'POST',
        url: '/api/v1/public/password-resets',
        payload: { phone: number, code: c, next: 'After2026yz' },
      });
    expect((await reset('13612349999', '123456')).json().error.code).toBe('CODE_WRONG');
    const done = await reset(phone, code);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toEqual({ username: phone, phone: '136****0001' });
    expect((await get(before, '/api/v1/auth/me')).statusCode).toBe(401);
    const failed = await s.t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: phone, password: 'Before2026x' },
    });
    expect(failed.statusCode).toBe(401);
    await login(s.t.app, phone, 'After2026yz');
    expect((await reset(phone, code)).json().error.code).toBe('CODE_USED');
    // The administrator sees whose account it is, masked.
    const row = (await get(admin, `/api/v1/admin/users?q=${phone}`)).json().items[0];
    expect(row).toMatchObject({
      person: { name: '沈如意' },
      phoneMasked: '136****0001',
      mustChangePassword: false,
    });
    expect(row.person.idNumberMasked).toMatch(/^\d{3}\*{11}\d{3}[\dX]$/);
  });
});
