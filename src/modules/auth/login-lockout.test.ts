import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedInRequests, testAppSuite } from '../../../test/helpers/app-suite';
import {
  authed,
  createOrganisation,
  createUser,
  login,
  TEST_PASSWORD,
} from '../../../test/helpers/factories';
import { auditEvents, loginFailures, users } from '../../db/schema';

const s = testAppSuite({ loginRateLimitPerMinute: 10_000 });
const api = signedInRequests(() => s.t);
// Many attempts from one address in a few seconds: the per-address limit is not what is tested.
beforeAll(async () => {
  const bureau = await createOrganisation(s.t.database.db, { kind: 'hr-bureau', employerKind: 'government' });
  await createUser(s.t.database.db, { username: 'lockadmin', roles: ['admin'], organisationId: bureau.id });
});

const THRESHOLD = 5;

function attempt(username: string, password: string) {
  return s.t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
}

/** What a client outside sees of an attempt: the status and the whole body. */
async function seen(username: string, password: string) {
  const response = await attempt(username, password);
  return { status: response.statusCode, body: response.json() };
}

/** `n` wrong passwords in a row on a name, as seen from outside. */
async function wrongAttempts(username: string, n: number) {
  const answers = [];
  for (let i = 1; i <= n; i++) answers.push(await seen(username, `wrong-pass-${i}`));
  return answers;
}

const userRows = async () => (await s.t.database.db.select({ n: count() }).from(users))[0]!.n;

describe('lockout by login name, whether or not an account has it', () => {
  it('answers N+1 wrong attempts on a real and an unknown name identically, and locks both', async () => {
    await createUser(s.t.database.db, { username: 'realname', roles: ['expert'] });
    const usersBefore = await userRows();
    const real = await wrongAttempts('realname', THRESHOLD + 1);
    const unknown = await wrongAttempts('ghostname', THRESHOLD + 1);
    expect(unknown).toEqual(real);
    expect(real.map((a) => a.status)).toEqual([401, 401, 401, 401, 423, 423]);
    expect(real[0]!.body.error.code).toBe('INVALID_CREDENTIALS');
    expect(real[4]!.body.error).toMatchObject({ code: 'ACCOUNT_LOCKED' });
    expect(real[4]!.body.error.message).toContain('连续5次登录失败，账户已锁定15分钟');
    expect(real[5]!.body.error.message).toContain('账户已锁定');
    // No account was made up for the unknown name, and the counters do not name what was tried.
    expect(await userRows()).toBe(usersBefore);
    const counters = await s.t.database.db.select().from(loginFailures);
    expect(JSON.stringify(counters)).not.toContain('ghostname');
    expect(JSON.stringify(counters)).not.toContain('realname');
    expect(counters.every((c) => /^[0-9a-f]{64}$/.test(c.nameHash))).toBe(true);
  });

  it('refuses the right password while locked and accepts it once the lock has run out', async () => {
    await createUser(s.t.database.db, { username: 'lockedout', roles: ['expert'] });
    const answers = await wrongAttempts('lockedout', THRESHOLD);
    expect(answers.at(-1)!.status).toBe(423);
    // The right password and the wrong one get the same answer while the lock runs.
    const right = await seen('lockedout', TEST_PASSWORD);
    expect(right).toEqual(await seen('lockedout', 'still-wrong'));
    expect(right.status).toBe(423);
    s.t.clock.advance(14 * 60_000);
    expect((await attempt('lockedout', TEST_PASSWORD)).statusCode).toBe(423);
    expect((await attempt('nobody-at-all', 'x')).statusCode).toBe(401);
    s.t.clock.advance(60_000 + 1000);
    expect((await attempt('lockedout', TEST_PASSWORD)).statusCode).toBe(200);
    // The success forgot the failures: four more do not lock.
    const after = await wrongAttempts('lockedout', THRESHOLD - 1);
    expect(after.map((a) => a.status)).toEqual([401, 401, 401, 401]);
  });

  it('forgets failures further apart than the window, for real and unknown names alike', async () => {
    await createUser(s.t.database.db, { username: 'slowguess', roles: ['expert'] });
    const names = ['slowguess', 'slowghost'];
    for (const name of names) await wrongAttempts(name, THRESHOLD - 1);
    s.t.clock.advance(s.t.config.lockoutWindowMinutes * 60_000 + 1000);
    const next = await Promise.all(names.map((name) => seen(name, 'one-more-wrong')));
    expect(next[1]).toEqual(next[0]);
    expect(next[0]!.status).toBe(401);
    // A failure within the window still counts: four more lock both.
    const rest = await Promise.all(names.map((name) => wrongAttempts(name, THRESHOLD - 1)));
    expect(rest[1]).toEqual(rest[0]);
    expect(rest[0]!.at(-1)!.status).toBe(423);
  });

  it('deletes the counters that no longer matter, so made-up names do not pile up', async () => {
    await wrongAttempts('junk-one', 2);
    await wrongAttempts('junk-two', THRESHOLD); // locked
    const rows = async () => (await s.t.database.db.select({ n: count() }).from(loginFailures))[0]!.n;
    const before = await rows();
    // Past the window every counter here may go: none has failed since, and no lock still runs.
    s.t.clock.advance(s.t.config.lockoutWindowMinutes * 60_000 + 1000);
    await wrongAttempts('junk-three', 1);
    const forgotten = await s.t.services.auth.forgetExpired();
    expect(forgotten.loginNames).toBe(before);
    expect(await rows()).toBe(1);
  });

  it('writes the lock of an unknown name to the audit log by its keyed hash only', async () => {
    const nameLocks = () =>
      s.t.database.db.select().from(auditEvents).where(eq(auditEvents.entityType, 'login-name'));
    const before = (await nameLocks()).map((e) => e.seq);
    await wrongAttempts('audited-ghost', THRESHOLD);
    const added = (await nameLocks()).filter((e) => !before.includes(e.seq));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ action: 'auth.locked', actorUserId: null });
    expect(added[0]!.entityId).toMatch(/^[0-9a-f]{64}$/);
    const everything = JSON.stringify(await s.t.database.db.select().from(auditEvents));
    for (const name of ['audited-ghost', 'ghostname', 'slowghost', 'junk-two'])
      expect(everything).not.toContain(name);
  });
});

describe('what an account’s lock does besides', () => {
  it('ends the account’s sessions, shows the lock to admins, and an admin’s unlock lets the right password in', async () => {
    const user = await createUser(s.t.database.db, { username: 'tounlock', roles: ['expert'] });
    const session = await login(s.t.app, 'tounlock');
    await wrongAttempts('tounlock', THRESHOLD);
    const me = await api.get(session, '/api/v1/auth/me');
    expect(me.statusCode).toBe(401);
    const [row] = await s.t.database.db.select().from(users).where(eq(users.id, user.id));
    expect(row!.lockedUntil!.getTime()).toBeGreaterThan(s.t.clock.now().getTime());

    const unlock = await s.t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/users/${user.id}/unlock`,
      headers: authed(await login(s.t.app, 'lockadmin')),
    });
    expect(unlock.statusCode).toBe(204);
    expect((await attempt('tounlock', TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('forgets the failures with a new password set by an admin', async () => {
    const user = await createUser(s.t.database.db, { username: 'toreset', roles: ['expert'] });
    await wrongAttempts('toreset', THRESHOLD);
    const reset = await s.t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/users/${user.id}/reset-password`,
      headers: authed(await login(s.t.app, 'lockadmin')),
      payload: { password: 'Fresh2026pass' },
    });
    expect(reset.statusCode).toBe(204);
    expect((await attempt('toreset', 'Fresh2026pass')).statusCode).toBe(200);
  });

  it('still honours a lock recorded on the account before counters were kept by name', async () => {
    await createUser(s.t.database.db, {
      username: 'oldlock',
      roles: ['expert'],
      lockedUntil: new Date(s.t.clock.now().getTime() + 5 * 60_000),
    });
    const refused = await attempt('oldlock', TEST_PASSWORD);
    expect(refused.statusCode).toBe(423);
    expect(refused.json().error.code).toBe('ACCOUNT_LOCKED');
  });
});
