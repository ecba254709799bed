import { and, count, eq, isNotNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signedInRequests, testAppSuite } from '../../../test/helpers/app-suite';
import {
  authed,
  createOrganisation,
  createUser,
  type Session,
  signIn,
  TEST_PASSWORD,
} from '../../../test/helpers/factories';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { auditEvents, sessions } from '../../db/schema';

const DESKTOP =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36';
const PHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

const s = testAppSuite({ loginRateLimitPerMinute: 10_000 });
const api = signedInRequests(() => s.t);

/** Logs in from a browser with this User-Agent; returns what the browser keeps. */
async function loginFrom(app: TestApp, username: string, userAgent: string): Promise<Session> {
  const response = await app.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers: { 'user-agent': userAgent },
    payload: { username, password: TEST_PASSWORD },
  });
  expect(response.statusCode, response.body).toBe(200);
  const cookie = response.cookies.find((c) => c.name === 'zhiping_session')!;
  return { cookie: `zhiping_session=${cookie.value}`, csrfToken: response.json().csrfToken };
}

function me(app: TestApp, session: Session) {
  return app.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: session.cookie } });
}

const replacedEvents = async (userId: string) =>
  s.t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, userId), eq(auditEvents.action, 'auth.sessions-replaced')));

describe('one session per user and class of device (the default)', () => {
  it('ends the older desktop session at a new desktop login, telling its cookie it signed in elsewhere', async () => {
    const user = await createUser(s.t.database.db, { username: 'twodesks', roles: ['expert'] });
    const first = await loginFrom(s.t, 'twodesks', DESKTOP);
    s.t.clock.advance(1000);
    const second = await loginFrom(s.t, 'twodesks', DESKTOP);
    expect((await me(s.t, second)).statusCode).toBe(200);

    const refused = await me(s.t, first);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error).toEqual({
      code: 'SESSION_REPLACED',
      message: '您的账号已在其他地方登录，本处登录已失效，请重新登录；如非本人操作，请联系管理员重置密码',
      details: [],
    });
    // The browser is told to drop the cookie.
    const cleared = refused.cookies.find((c) => c.name === 'zhiping_session');
    expect(cleared?.value).toBe('');
    // Every later request with it hears the same, a state-changing one too (before its CSRF check).
    expect((await me(s.t, first)).json().error.code).toBe('SESSION_REPLACED');
    const write = await api.post(first, '/api/v1/auth/logout');
    expect(write.statusCode).toBe(401);
    expect(write.json().error.code).toBe('SESSION_REPLACED');
    expect((await me(s.t, second)).statusCode).toBe(200);

    // Written in the login's transaction, with its audit event.
    const events = await replacedEvents(user.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorUserId: user.id,
      data: { deviceClass: 'desktop', sessions: 1, limit: 1 },
    });
  });

  it('keeps a phone and a desktop session side by side; a second phone replaces the first phone', async () => {
    await createUser(s.t.database.db, { username: 'deskandphone', roles: ['expert'] });
    const desk = await loginFrom(s.t, 'deskandphone', DESKTOP);
    const phone = await loginFrom(s.t, 'deskandphone', PHONE);
    expect((await me(s.t, desk)).statusCode).toBe(200);
    expect((await me(s.t, phone)).statusCode).toBe(200);
    s.t.clock.advance(1000);
    const otherPhone = await loginFrom(s.t, 'deskandphone', PHONE);
    expect((await me(s.t, phone)).json().error.code).toBe('SESSION_REPLACED');
    expect((await me(s.t, otherPhone)).statusCode).toBe(200);
    expect((await me(s.t, desk)).statusCode).toBe(200);
  });

  it('leaves one session of logins sent at the same moment', async () => {
    await createUser(s.t.database.db, { username: 'racer', roles: ['expert'] });
    const all = await Promise.all(Array.from({ length: 3 }, () => loginFrom(s.t, 'racer', DESKTOP)));
    const answers = await Promise.all(all.map(async (session) => (await me(s.t, session)).statusCode));
    expect(answers.filter((status) => status === 200)).toHaveLength(1);
    expect(answers.filter((status) => status === 401)).toHaveLength(2);
  });

  it('does not touch other users’ sessions', async () => {
    await createUser(s.t.database.db, { username: 'neighbour', roles: ['expert'] });
    await createUser(s.t.database.db, { username: 'newcomer', roles: ['expert'] });
    const neighbour = await loginFrom(s.t, 'neighbour', DESKTOP);
    await loginFrom(s.t, 'newcomer', DESKTOP);
    expect((await me(s.t, neighbour)).statusCode).toBe(200);
  });
});

describe('sessions that end otherwise', () => {
  it('logout ends the session; a new password set by an admin ends all of the user’s sessions', async () => {
    const bureau = await createOrganisation(s.t.database.db, {
      kind: 'hr-bureau',
      employerKind: 'government',
    });
    const admin = await signIn(s.t, { username: 'sessadmin', roles: ['admin'], organisationId: bureau.id });
    const user = await createUser(s.t.database.db, { username: 'forgetful', roles: ['expert'] });
    const desk = await loginFrom(s.t, 'forgetful', DESKTOP);
    const phone = await loginFrom(s.t, 'forgetful', PHONE);
    const reset = await api.post(admin, `/api/v1/admin/users/${user.id}/reset-password`, {
      password: 'Another2026pass',
    });
    expect(reset.statusCode).toBe(204);
    expect((await me(s.t, desk)).statusCode).toBe(401);
    expect((await me(s.t, phone)).statusCode).toBe(401);

    const out = await s.t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: authed(admin) });
    expect(out.statusCode).toBe(204);
    expect((await me(s.t, admin)).statusCode).toBe(401);
  });

  it('forgets replaced sessions once they would have timed out anyway', async () => {
    await createUser(s.t.database.db, { username: 'oldsession', roles: ['expert'] });
    await loginFrom(s.t, 'oldsession', DESKTOP);
    s.t.clock.advance(1000);
    const current = await loginFrom(s.t, 'oldsession', DESKTOP);
    const replaced = () =>
      s.t.database.db.select({ n: count() }).from(sessions).where(isNotNull(sessions.replacedAt));
    const before = (await replaced())[0]!.n;
    expect(before).toBeGreaterThan(0);
    // Within the idle timeout the cookie must still hear why; nothing is forgotten yet.
    expect((await s.t.services.auth.forgetExpired()).replacedSessions).toBe(0);
    s.t.clock.advance(s.t.config.sessionIdleMinutes * 60_000 + 1000);
    expect((await s.t.services.auth.forgetExpired()).replacedSessions).toBe(before);
    expect((await replaced())[0]!.n).toBe(0);
    // The current session had idled out too, and says so.
    expect((await me(s.t, current)).json().error.code).toBe('SESSION_EXPIRED');
  });
});

describe('a configured limit', () => {
  it('keeps that many sessions per class of device and ends the oldest beyond it', async () => {
    const two = await createTestApp({ sessionsPerDeviceClass: 2, loginRateLimitPerMinute: 10_000 });
    try {
      await createUser(two.database.db, { username: 'threedesks', roles: ['expert'] });
      const logins: Session[] = [];
      for (let i = 0; i < 3; i++) {
        logins.push(await loginFrom(two, 'threedesks', DESKTOP));
        two.clock.advance(1000);
      }
      const statuses = await Promise.all(logins.map(async (session) => (await me(two, session)).statusCode));
      expect(statuses).toEqual([401, 200, 200]);
    } finally {
      await two.close();
    }
  });
});
