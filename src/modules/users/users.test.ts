import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedInRequests, testAppSuite } from '../../../test/helpers/app-suite';
import {
  createOrganisation,
  createUser,
  login,
  provincialAdmin,
  type Session,
} from '../../../test/helpers/factories';
import { firstSheet } from '../../../test/helpers/first-sheet';
import { auditEvents, users } from '../../db/schema';

const s = testAppSuite();
let admin: Session;
let employerOrgId: string;

const api = signedInRequests(() => s.t);
beforeAll(async () => {
  admin = await provincialAdmin(s.t);
  employerOrgId = (
    await createOrganisation(s.t.database.db, {
      name: '鞍山华宇通信工程有限公司',
      employerKind: 'private-enterprise',
    })
  ).id;
});

const valid = () => ({
  username: 'zhangsan',
  displayName: '张三',
  password: 'Passw0rd123',
  roles: ['employer'],
  organisationId: employerOrgId,
  jurisdictionCode: '210302',
});

async function counts() {
  const [u] = await s.t.database.db.select({ n: count() }).from(users);
  const [a] = await s.t.database.db.select({ n: count() }).from(auditEvents);
  return { users: u!.n, audit: a!.n };
}

/** Creates a user as the administrator, or as `session`. */
const post = (body: unknown, session: Session = admin) =>
  api.post(session, '/api/v1/admin/users', body as object);

describe('admin user management', () => {
  it('creates a user with its audit event', async () => {
    const before = await counts();
    const response = await post(valid());
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      username: 'zhangsan',
      roles: ['employer'],
      status: 'active',
      jurisdiction: { code: '210302', name: '铁东区' },
    });
    expect(response.json().organisation.name).toBe('鞍山华宇通信工程有限公司');
    expect(await counts()).toEqual({ users: before.users + 1, audit: before.audit + 1 });
    // The new user can log in.
    expect((await login(s.t.app, 'zhangsan', 'Passw0rd123')).csrfToken).toBeTruthy();
  });

  it.each([
    ['username', { username: '1bad' }, '字母开头'],
    ['password', { password: 'short1' }, '不能少于8个字符'],
    ['password', { password: 'onlyletters' }, '字母和数字'],
    ['roles', { roles: [] }, '至少应有1项'],
    ['roles[0]', { roles: ['boss'] }, '取值无效'],
    ['jurisdictionCode', { jurisdictionCode: '999999' }, '行政区划'],
    ['organisationId', { organisationId: 'not-a-uuid' }, '标识'],
    ['displayName', { displayName: undefined }, '必填'],
    ['nickname', { nickname: 'x' }, '不支持的字段'],
  ])('rejects a bad %s with a Chinese message naming it and writes nothing', async (path, patch, text) => {
    const before = await counts();
    const response = await post({ ...valid(), username: 'lisi', ...patch });
    expect(response.statusCode).toBe(400);
    const detail = response.json().error.details.find((d: { path: string }) => d.path === path);
    expect(detail?.message).toContain(text);
    expect(await counts()).toEqual(before);
  });

  it('requires an organisation of the matching kind for an organisational role', async () => {
    const hrWithoutBureau = await post({ ...valid(), username: 'wangwu', roles: ['hr'] });
    expect(hrWithoutBureau.statusCode).toBe(400);
    expect(hrWithoutBureau.json().error.details[0]).toEqual({
      path: 'organisationId',
      message: expect.stringContaining('须属于人社部门'),
    });
    const noOrg = await post({ ...valid(), username: 'wangwu', organisationId: null });
    expect(noOrg.json().error.details[0].message).toContain('须指定所属用人单位');
  });

  it('refuses a duplicate username with 409', async () => {
    const response = await post(valid());
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'USERNAME_TAKEN', details: [{ path: 'username' }] });
  });

  it('lists with filter, sort and paging', async () => {
    for (const name of ['alpha1', 'alpha2', 'alpha3'])
      await post({ ...valid(), username: name, displayName: '阿尔法' });
    const page1 = await api.get(admin, '/api/v1/admin/users?q=alpha&sort=-username&page=1&pageSize=2');
    expect(page1.statusCode).toBe(200);
    expect(page1.json().total).toBe(3);
    expect(page1.json().items.map((u: { username: string }) => u.username)).toEqual(['alpha3', 'alpha2']);
    const byRole = await api.get(admin, '/api/v1/admin/users?role=admin');
    expect(byRole.json().items.map((u: { username: string }) => u.username)).toEqual(['root']);
    const badSort = await api.get(admin, '/api/v1/admin/users?sort=password');
    expect(badSort.statusCode).toBe(400);
    expect(badSort.json().error.details[0].path).toBe('sort');
  });

  it('exports the filtered list as a real .xlsx', async () => {
    const response = await api.get(admin, '/api/v1/admin/users/export?q=alpha');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const sheet = await firstSheet(response.rawPayload);
    expect(sheet.getRow(1).getCell(1).value).toBe('用户名');
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(2).getCell(3).value).toBe('用人单位');
  });

  it('disables a user, which ends their sessions, and unlocks and resets passwords', async () => {
    const target = await createUser(s.t.database.db, { username: 'tobedisabled', roles: ['expert'] });
    const theirs = await login(s.t.app, 'tobedisabled');
    const disable = await api.patch(admin, `/api/v1/admin/users/${target.id}`, { status: 'disabled' });
    expect(disable.statusCode).toBe(200);
    expect(
      (await s.t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: theirs.cookie } }))
        .statusCode,
    ).toBe(401);
    const refused = await s.t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'tobedisabled', password: 'Test1234pass' },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('ACCOUNT_DISABLED');

    const reset = await api.post(admin, `/api/v1/admin/users/${target.id}/reset-password`, {
      password: 'weak',
    });
    expect(reset.statusCode).toBe(400);
    expect(reset.json().error.details[0].path).toBe('password');
    const unknown = await api.post(admin, '/api/v1/admin/users/00000000-0000-4000-8000-000000000000/unlock');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toBe('用户不存在');
  });

  it('gives each row the buttons the server accepts: not disabling oneself, enabling a disabled account, unlocking a running lock', async () => {
    const locked = await createUser(s.t.database.db, {
      username: 'lockedone',
      roles: ['expert'],
      lockedUntil: new Date(s.t.clock.now().getTime() + 3_600_000),
    });
    const off = await createUser(s.t.database.db, {
      username: 'switchedoff',
      roles: ['expert'],
      status: 'disabled',
    });
    const pending = await createUser(s.t.database.db, {
      username: 'unitpending',
      roles: ['employer'],
      status: 'pending',
    });
    const list = await api.get(admin, '/api/v1/admin/users?pageSize=100');
    expect(list.statusCode, list.body).toBe(200);
    const actionsOf = (username: string) =>
      (list.json().items as { username: string; actions: string[] }[]).find((u) => u.username === username)!
        .actions;
    expect(actionsOf('root')).toEqual(['edit', 'reset-password']);
    expect(actionsOf(locked.username)).toEqual(['edit', 'reset-password', 'disable', 'unlock']);
    expect(actionsOf(off.username)).toEqual(['edit', 'reset-password', 'enable']);
    expect(actionsOf(pending.username)).toEqual(['edit', 'reset-password']);
    // What a row leaves out, the server refuses.
    const rootId = (list.json().items as { id: string; username: string }[]).find(
      (u) => u.username === 'root',
    )!.id;
    const self = await api.patch(admin, `/api/v1/admin/users/${rootId}`, { status: 'disabled' });
    expect(self.statusCode).toBe(400);
    expect(self.json().error.details[0].message).toBe('不能停用自己的账号');
    const opening = await api.patch(admin, `/api/v1/admin/users/${pending.id}`, { status: 'active' });
    expect(opening.statusCode).toBe(409);
    expect(opening.json().error.code).toBe('UNIT_PENDING_REVIEW');
  });

  it('denies non-admins (403) and anonymous callers (401)', async () => {
    await createUser(s.t.database.db, { username: 'plainexpert', roles: ['expert'] });
    const expert = await login(s.t.app, 'plainexpert');
    expect((await api.get(expert, '/api/v1/admin/users')).statusCode).toBe(403);
    expect((await post(valid(), expert)).statusCode).toBe(403);
    expect((await s.t.app.inject({ method: 'GET', url: '/api/v1/admin/users' })).statusCode).toBe(401);
  });
});

describe('two requests creating the same username at once (found by the OpenAPI fuzzer)', () => {
  it('make one account: the other is a 409 USERNAME_TAKEN, not a 500', async () => {
    const before = await counts();
    const body = { ...valid(), username: 'twice.clicked' };
    const responses = await Promise.all([post(body), post(body)]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const refused = responses.find((r) => r.statusCode === 409)!;
    expect(refused.json().error).toMatchObject({ code: 'USERNAME_TAKEN', details: [{ path: 'username' }] });
    const after = await counts();
    expect(after.users).toBe(before.users + 1);
    expect(after.audit).toBe(before.audit + 1);
  });
});
