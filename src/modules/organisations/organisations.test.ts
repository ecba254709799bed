import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedInRequests, testAppSuite } from '../../../test/helpers/app-suite';
import { authed, makeCreditCode, type Session, signIn } from '../../../test/helpers/factories';
import { organisations } from '../../db/schema';

const s = testAppSuite();
const api = signedInRequests(() => s.t);
let admin: Session;
beforeAll(async () => {
  admin = await signIn(s.t, { username: 'root', roles: ['admin'], jurisdictionCode: '210000' });
});

const create = (body: object) =>
  s.t.app.inject({ method: 'POST', url: '/api/v1/organisations', headers: authed(admin), payload: body });
const orgCount = async () => (await s.t.database.db.select({ n: count() }).from(organisations))[0]!.n;

describe('organisations', () => {
  it('creates an employer identified by a valid credit code (lower case accepted)', async () => {
    const code = makeCreditCode('210302');
    const response = await create({
      name: '鞍山市铁东区第二实验小学',
      kind: 'employer',
      employerKind: 'public-institution',
      creditCode: code.toLowerCase(),
      jurisdictionCode: '210302',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      creditCode: code,
      jurisdiction: { code: '210302', name: '铁东区' },
    });
  });

  it.each([
    ['91350100M000100Y44', '校验码错误'],
    ['91350100M000100Y4', '长度应为18位'],
    ['91350100M000100YO3', '非法字符'],
  ])('rejects credit code %s with the reason, naming the field', async (creditCode, reason) => {
    const before = await orgCount();
    const response = await create({
      name: '某单位',
      kind: 'employer',
      employerKind: 'other',
      creditCode,
      jurisdictionCode: '210300',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      { path: 'creditCode', message: expect.stringContaining(reason) },
    ]);
    expect(await orgCount()).toBe(before);
  });

  it('requires the employer kind of an employer, and refuses a credit code already used', async () => {
    const code = makeCreditCode();
    const noKind = await create({
      name: '某公司',
      kind: 'employer',
      creditCode: code,
      jurisdictionCode: '210300',
    });
    expect(noKind.statusCode).toBe(400);
    expect(noKind.json().error.details[0].path).toBe('employerKind');
    expect(
      (
        await create({
          name: '甲公司',
          kind: 'employer',
          employerKind: 'private-enterprise',
          creditCode: code,
          jurisdictionCode: '210300',
        })
      ).statusCode,
    ).toBe(201);
    const dup = await create({
      name: '乙公司',
      kind: 'employer',
      employerKind: 'private-enterprise',
      creditCode: code,
      jurisdictionCode: '210300',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.message).toContain('甲公司');
  });

  it('filters by jurisdiction including sub-regions, and by kind', async () => {
    await create({
      name: '长春市人力资源和社会保障局',
      kind: 'hr-bureau',
      employerKind: 'government',
      creditCode: makeCreditCode('220100', '11'),
      jurisdictionCode: '220100',
    });
    const jilin = await api.get(admin, '/api/v1/organisations?jurisdiction=220000');
    expect(jilin.json().items.map((o: { name: string }) => o.name)).toEqual(['长春市人力资源和社会保障局']);
    const anshan = await api.get(admin, '/api/v1/organisations?jurisdiction=210300&kind=employer');
    expect(anshan.json().total).toBeGreaterThanOrEqual(2);
    expect(
      anshan
        .json()
        .items.every((o: { jurisdiction: { code: string } }) => o.jurisdiction.code.startsWith('2103')),
    ).toBe(true);
  });

  it('updates an organisation and answers 404 for an unknown one', async () => {
    const created = await create({
      name: '旧名称',
      kind: 'other',
      creditCode: makeCreditCode(),
      jurisdictionCode: '210300',
    });
    const patched = await api.patch(admin, `/api/v1/organisations/${created.json().id}`, { name: '新名称' });
    expect(patched.json().name).toBe('新名称');
    const missing = await api.patch(admin, '/api/v1/organisations/00000000-0000-4000-8000-000000000000', {
      name: '新名称',
    });
    expect(missing.statusCode).toBe(404);
  });
});

describe('two requests registering the same credit code at once (found by the OpenAPI fuzzer)', () => {
  it('register one organisation: the others are 409s naming it, not 500s', async () => {
    const before = await orgCount();
    const body = {
      name: '鞍山市立山区第一初级中学',
      kind: 'employer',
      employerKind: 'public-institution',
      creditCode: makeCreditCode('210304'),
      jurisdictionCode: '210304',
    };
    // Several at once, so that some pass the check before the first one's insert commits (on
    // PostgreSQL; PGlite's single connection lets the first finish before the next one checks).
    const responses = await Promise.all(Array.from({ length: 6 }, () => create(body)));
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    const refused = responses.find((r) => r.statusCode === 409)!;
    expect(refused.json().error.code).toBe('CREDIT_CODE_TAKEN');
    expect(refused.json().error.message).toContain('鞍山市立山区第一初级中学');
    expect(await orgCount()).toBe(before + 1);
  });
});
