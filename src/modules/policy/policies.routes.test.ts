import { beforeAll, describe, expect, it } from 'vitest';
import { testAppSuite } from '../../../test/helpers/app-suite';
import { createUser, login, type Session } from '../../../test/helpers/factories';

const s = testAppSuite();
let hr: Session;
beforeAll(async () => {
  await createUser(s.t.database.db, { username: 'coverage-hr', roles: ['hr'] });
  await createUser(s.t.database.db, { username: 'coverage-applicant', roles: ['applicant'] });
  hr = await login(s.t.app, 'coverage-hr');
});

const coverage = (id: string, cookie?: string) =>
  s.t.app.inject({
    method: 'GET',
    url: `/api/v1/policies/${encodeURIComponent(id)}/coverage`,
    ...(cookie ? { headers: { cookie } } : {}),
  });

describe('GET /api/v1/policies/:id/coverage', () => {
  it('answers every clause of the seed with its provisions and the counts', async () => {
    const response = await coverage('jilin-2022', hr.cookie);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ policy: 'jilin-2022', status: 'in-force', problems: [] });
    expect(body.name).toMatch(/吉林/);
    const ids = body.clauses.map((c: { clause: string }) => c.clause);
    expect(ids).toContain('一(四)1');
    expect(ids).toContain('六(四)');
    const item = body.clauses.find((c: { clause: string }) => c.clause === '六(一)');
    expect(item.provisions).toContainEqual({
      summary: expect.stringContaining('越级'),
      status: 'encoded',
      rules: ['no-level-skip'],
      where: null,
      issue: null,
      why: null,
    });
    const { summary } = body;
    expect(summary.clauses).toBe(ids.length);
    expect(summary.encoded + summary.elsewhere + summary.planned + summary['not-a-rule']).toBe(
      summary.provisions,
    );
  });

  it('keeps the map to those who may browse policies', async () => {
    expect((await coverage('anshan-2023')).statusCode).toBe(401);
    const applicant = await login(s.t.app, 'coverage-applicant');
    expect((await coverage('anshan-2023', applicant.cookie)).statusCode).toBe(403);
  });

  it('answers 404 with the error JSON for the national layer, which has no seed document', async () => {
    const response = await coverage('national', hr.cookie);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      error: { code: 'COVERAGE_NOT_FOUND', message: expect.stringMatching(/种子文件/), details: [] },
    });
    expect((await coverage('beijing-2024', hr.cookie)).statusCode).toBe(400);
  });

  it('is described exactly in the OpenAPI document', async () => {
    const doc = (await s.t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    // The shapes are named components; a schema that refers to one reads as that component.
    const resolved = (schema: { $ref?: string }) =>
      schema.$ref ? doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')] : schema;
    const schema = resolved(
      doc.paths['/api/v1/policies/{id}/coverage'].get.responses['200'].content['application/json'].schema,
    );
    expect(Object.keys(schema.properties)).toEqual([
      'policy',
      'name',
      'status',
      'clauses',
      'summary',
      'problems',
    ]);
    const provision = resolved(resolved(schema.properties.clauses.items).properties.provisions.items);
    expect(provision.properties.status.enum).toEqual(['encoded', 'elsewhere', 'planned', 'not-a-rule']);
    expect(provision.additionalProperties).toBe(false);
  });
});
