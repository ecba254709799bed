import { describe, expect, it } from 'vitest';
import { testAppSuite } from '../../test/helpers/app-suite';

const s = testAppSuite();

/** Routes anyone may call; every other API route must refuse an anonymous caller. */
const PUBLIC_ROUTES = new Set([
  'POST /api/v1/auth/login',
  'GET /api/v1/calendar/workdays',
  'GET /api/v1/calendar/is-workday',
  'GET /api/v1/calendar/years',
  'GET /api/v1/calendar/years/{year}',
  'POST /api/v1/identifiers/validate',
  'POST /api/v1/eligibility/check',
  'GET /api/v1/public/publicity',
  'POST /api/v1/public/publicity/{id}/objections',
  'GET /api/v1/public/complaints/recipients',
  'POST /api/v1/public/complaints',
  'GET /api/v1/public/certificates/{number}',
  'GET /api/v1/public/keys',
  'GET /api/v1/policies',
  'GET /api/v1/regions',
  'POST /api/v1/public/phone-codes',
  'POST /api/v1/public/registrations',
  'POST /api/v1/public/password-resets/codes',
  'POST /api/v1/public/password-resets',
  'POST /api/v1/public/unit-registrations',
  'GET /api/v1/public/departments',
]);

describe('platform', () => {
  it('reports health', async () => {
    const response = await s.t.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('publishes an OpenAPI 3.1 document of exactly the /api/ routes, and its reference page', async () => {
    const doc = (await s.t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    // Every reference resolves inside the document, so a client can be generated from it.
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map(
      (m) => m[1]!,
    );
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((name) => !doc.components?.schemas?.[name])).toEqual([]);
    const paths = Object.keys(doc.paths);
    expect(paths.length).toBeGreaterThan(15);
    expect(paths.every((p) => p.startsWith('/api/'))).toBe(true);
    expect(paths).toContain('/api/v1/calendar/workdays');
    expect(doc.paths['/api/v1/admin/users'].post.requestBody).toBeDefined();
    const docs = await s.t.app.inject({ method: 'GET', url: '/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
  });

  it('denies every non-public API route to an anonymous caller (deny by default)', async () => {
    const doc = (await s.t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    const checked: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
      for (const method of Object.keys(methods)) {
        const key = `${method.toUpperCase()} ${path}`;
        if (PUBLIC_ROUTES.has(key)) continue;
        const url = path
          .replace('{id}', '00000000-0000-4000-8000-000000000000')
          .replace('{year}', '2026')
          .replace('{date}', '2026-01-01');
        const response = await s.t.app.inject({
          method: method.toUpperCase() as 'GET',
          url,
          payload: method === 'get' ? undefined : {},
        });
        expect(response.statusCode, key).toBe(401);
        expect(response.json().error.code, key).toBe('UNAUTHENTICATED');
        checked.push(key);
      }
    }
    expect(checked.length).toBeGreaterThan(12);
  });

  it('answers unknown API routes, bad JSON and wrong content types with Chinese 4xx errors', async () => {
    const missing = await s.t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ error: { code: 'NOT_FOUND', message: '接口不存在', details: [] } });

    // Bodies sent as written, under the content type named: what a client that gets the body wrong sends.
    const postRaw = (url: string, contentType: string, payload: string) =>
      s.t.app.inject({ method: 'POST', url, headers: { 'content-type': contentType }, payload });
    const badJson = await postRaw('/api/v1/auth/login', 'application/json', '{"username":');
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json().error.message).toBe('请求体不是有效的JSON');

    const wrongType = await postRaw('/api/v1/auth/login', 'application/xml', '<a/>');
    expect(wrongType.statusCode).toBe(415);
    expect(wrongType.json().error.message).toContain('不支持的请求内容类型');

    const huge = await postRaw(
      '/api/v1/identifiers/validate',
      'application/json',
      JSON.stringify({ type: 'id-number', value: 'x'.repeat(2_000_000) }),
    );
    expect(huge.statusCode).toBe(413);
  });
});

describe('identifier validation API', () => {
  const validate = (payload: object) =>
    s.t.app.inject({ method: 'POST', url: '/api/v1/identifiers/validate', payload });

  it.each([
    ['id-number', '11010519491231002X', { valid: true }],
    ['id-number', '11010519491231002x', { valid: true }],
    ['id-number', '110105194912310021', { valid: false, reason: '身份证号码校验码错误' }],
    ['id-number', '110105202702300012', { valid: false, reason: expect.stringContaining('出生日期') }],
    ['credit-code', '91350100M000100Y43', { valid: true }],
    ['credit-code', '91350100M000100Y42', { valid: false, reason: expect.stringContaining('校验码错误') }],
  ])('%s %s', async (type, value, expected) => {
    const response = await validate({ type, value });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(expected);
  });

  it('rejects an unknown identifier type naming the field', async () => {
    const response = await validate({ type: 'passport', value: 'E1234' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].path).toBe('type');
  });
});
