import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signedInRequests, testAppSuite } from '../../../test/helpers/app-suite';
import {
  authed,
  createOrganisation,
  createUser,
  signIn,
  TEST_PASSWORD,
} from '../../../test/helpers/factories';
import { createTestApp } from '../../../test/helpers/test-app';
import { auditEvents, sessions } from '../../db/schema';

const s = testAppSuite();
const api = signedInRequests(() => s.t);

async function attempt(username: string, password: string) {
  return s.t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
}

describe('login and session', () => {
  it('logs in with an httpOnly cookie and returns the user, permissions and CSRF token', async () => {
    const org = await createOrganisation(s.t.database.db, {
      kind: 'hr-bureau',
      employerKind: 'government',
      name: '鞍山市人力资源和社会保障局',
    });
    await createUser(s.t.database.db, {
      username: 'hr1',
      roles: ['hr'],
      organisationId: org.id,
      displayName: '王丽',
    });
    const response = await attempt('hr1', TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'zhiping_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const body = response.json();
    expect(body.user).toMatchObject({
      username: 'hr1',
      roles: ['hr'],
      permissions: ['people.stats', 'policies.browse', 'units.review', 'posts.approve'],
    });
    expect(body.user.organisation.name).toBe('鞍山市人力资源和社会保障局');
    expect(body.user.jurisdiction).toEqual({ code: '210300', name: '鞍山市', fullName: '辽宁省鞍山市' });
    expect(body.csrfToken).toMatch(/^[\w-]{20,}$/);

    const me = await s.t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: `zhiping_session=${cookie.value}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().csrfToken).toBe(body.csrfToken);
  });

  it('answers a wrong password and an unknown user alike, in Chinese', async () => {
    await createUser(s.t.database.db, { username: 'wrongpw', roles: ['expert'] });
    const wrong = await attempt('wrongpw', 'nope12345');
    const unknown = await attempt('nobody-here', 'nope12345');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error).toEqual({
      code: 'INVALID_CREDENTIALS',
      message: '用户名或密码错误',
      details: [],
    });
    expect(unknown.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('rejects a malformed login body with the field named', async () => {
    const response = await s.t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'x', passwd: 'y' },
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().error.details.map((d: { path: string }) => d.path);
    expect(paths).toContain('password');
    expect(paths).toContain('passwd');
    expect(response.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('locks the account for 15 minutes after 5 failures, refusing even the right password', async () => {
    await createUser(s.t.database.db, { username: 'victim', roles: ['expert'] });
    for (let i = 1; i <= 4; i++) expect((await attempt('victim', `bad-pass-${i}`)).statusCode).toBe(401);
    const fifth = await attempt('victim', 'bad-pass-5');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.code).toBe('ACCOUNT_LOCKED');
    expect(fifth.json().error.message).toContain('锁定');
    expect((await attempt('victim', TEST_PASSWORD)).statusCode).toBe(423);

    s.t.clock.advance(14 * 60_000);
    expect((await attempt('victim', TEST_PASSWORD)).statusCode).toBe(423);
    s.t.clock.advance(60_000 + 1000);
    expect((await attempt('victim', TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('ends a session idle for longer than 30 minutes', async () => {
    const session = await signIn(s.t, { username: 'idler', roles: ['expert'] });
    s.t.clock.advance(29 * 60_000);
    expect(
      (await s.t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: session.cookie } }))
        .statusCode,
    ).toBe(200);
    s.t.clock.advance(29 * 60_000); // active 29 min ago: still alive
    expect(
      (await s.t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: session.cookie } }))
        .statusCode,
    ).toBe(200);
    s.t.clock.advance(31 * 60_000);
    const expired = await api.get(session, '/api/v1/auth/me');
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('SESSION_EXPIRED');
  });

  it('requires the CSRF token on state-changing requests made with a session', async () => {
    const session = await signIn(s.t, { username: 'csrf', roles: ['expert'] });
    const before = (await s.t.database.db.select({ n: count() }).from(sessions))[0]!.n;
    const missing = await s.t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: session.cookie },
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe('CSRF_TOKEN_INVALID');
    const forged = await s.t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: session.cookie, 'x-csrf-token': 'forged' },
    });
    expect(forged.statusCode).toBe(403);
    expect((await s.t.database.db.select({ n: count() }).from(sessions))[0]!.n).toBe(before);

    const ok = await s.t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: authed(session) });
    expect(ok.statusCode).toBe(204);
    expect(
      (await s.t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: session.cookie } }))
        .statusCode,
    ).toBe(401);
  });

  it('records logins and lockouts in the audit log', async () => {
    const actions = (await s.t.database.db.select({ action: auditEvents.action }).from(auditEvents)).map(
      (r) => r.action,
    );
    expect(actions).toContain('auth.login');
    expect(actions).toContain('auth.locked');
    expect(actions).toContain('auth.logout');
  });
});

describe('login rate limit', () => {
  it('answers 429 in Chinese once a client exceeds the per-minute limit', async () => {
    const limited = await createTestApp({ loginRateLimitPerMinute: 3 });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) {
        codes.push(
          (
            await limited.app.inject({
              method: 'POST',
              url: '/api/v1/auth/login',
              payload: { username: 'a', password: 'b' },
            })
          ).statusCode,
        );
      }
      expect(codes).toEqual([401, 401, 401, 429]);
      const last = await limited.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'a', password: 'b' },
      });
      expect(last.json().error.code).toBe('RATE_LIMITED');
      expect(last.json().error.message).toContain('请求过于频繁');
    } finally {
      await limited.close();
    }
  });
});
