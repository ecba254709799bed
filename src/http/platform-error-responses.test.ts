import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInRequests } from '../../test/helpers/app-suite';
import { signIn } from '../../test/helpers/factories';
import { createTestApp, type TestApp } from '../../test/helpers/test-app';
import { PUBLIC } from './access';
import { platformErrorStatuses } from './platform-error-responses';

describe('the statuses the platform answers on a route', () => {
  it('follow from its access, method, path and rate limit', () => {
    const route = (method: string, url: string, config: Record<string, unknown> = {}) => ({
      method,
      url,
      config,
    });
    expect(platformErrorStatuses(route('GET', '/api/v1/policies'), PUBLIC)).toEqual([400]);
    expect(platformErrorStatuses(route('GET', '/api/v1/me/profile'), { authenticated: true })).toEqual([
      400, 401,
    ]);
    expect(platformErrorStatuses(route('GET', '/api/v1/x/:id'), { roles: ['hr'] })).toEqual([
      400, 401, 403, 404,
    ]);
    // A public form still checks the CSRF token of a caller who sends a session.
    expect(
      platformErrorStatuses(route('POST', '/api/v1/public/complaints', { rateLimit: { max: 1 } }), PUBLIC),
    ).toEqual([400, 403, 413, 415, 429]);
    expect(platformErrorStatuses(route('POST', '/api/v1/auth/login', { csrf: false }), PUBLIC)).toEqual([
      400, 413, 415,
    ]);
  });
});

describe('the OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  type Doc = { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
  const statuses = (doc: Doc, path: string, method: string) =>
    Object.keys(doc.paths[path]![method]!.responses);

  it('declares on every operation the errors the platform can answer, beside the route’s own', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json() as Doc;
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const codes = Object.keys(op.responses);
        expect(codes, `${method} ${path}`).toContain('400');
        expect(
          codes.some((c) => c.startsWith('2')),
          `${method} ${path} has a success`,
        ).toBe(true);
        if (path.includes('{')) expect(codes, `${method} ${path}`).toContain('404');
        if (method !== 'get')
          expect(codes, `${method} ${path}`).toEqual(expect.arrayContaining(['413', '415']));
      }
    }
    // The route's own statuses stay: creating a user that exists is a 409.
    expect(statuses(doc, '/api/v1/admin/users', 'post')).toEqual(
      expect.arrayContaining(['201', '400', '401', '403', '409', '413', '415']),
    );
    expect(statuses(doc, '/api/v1/auth/logout', 'post')).toContain('204');
    expect(statuses(doc, '/api/v1/auth/logout', 'post')).not.toContain('200');
    expect(statuses(doc, '/api/v1/public/complaints', 'post')).toContain('429');
    expect(statuses(doc, '/api/v1/policies', 'get')).not.toContain('401');
    const notFound = doc.paths['/api/v1/applications/{id}']!.get!.responses['404'] as {
      content: Record<string, { schema: { $ref: string } }>;
    };
    // The error JSON is a named component, which every error answer refers to.
    const errorSchema = (
      doc as unknown as { components: { schemas: Record<string, { properties: object }> } }
    ).components.schemas[
      notFound.content['application/json']!.schema.$ref.replace('#/components/schemas/', '')
    ];
    expect(Object.keys(errorSchema!.properties)).toEqual(['error']);
    // A file route documents its success too.
    expect(statuses(doc, '/api/v1/applications/{id}/form.pdf', 'get')).toContain('200');
  });

  it('answers as documented: a 404 and a 403 the route itself did not declare', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json() as Doc;
    const { get } = signedInRequests(() => t);
    const nowhere = '/api/v1/applications/00000000-0000-4000-8000-000000000000';
    const missing = await get(await signIn(t, { roles: ['admin'] }), nowhere);
    expect(missing.statusCode).toBe(403);
    expect(statuses(doc, '/api/v1/applications/{id}', 'get')).toContain('403');
    const unknown = await get(await signIn(t, { roles: ['hr'] }), nowhere);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('APPLICATION_NOT_FOUND');
  });
});
