import { describe, expect, it } from 'vitest';
import { testAppSuite } from '../../test/helpers/app-suite';

const s = testAppSuite();

type Operation = { responses: Record<string, { description: string; content?: unknown; headers?: unknown }> };

describe('the OpenAPI document describes the answers every route can give', () => {
  it('400 (INVALID_TEXT among others) and 503 with Retry-After on every operation, beside its own answers', async () => {
    const doc = (await s.t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    const operations = Object.entries(doc.paths as Record<string, Record<string, Operation>>).flatMap(
      ([path, methods]) => Object.entries(methods).map(([method, op]) => [`${method} ${path}`, op] as const),
    );
    expect(operations.length).toBeGreaterThan(100);
    // The error JSON is one named component; an answer refers to it.
    const schemaOf = (answer: { content?: unknown }) => {
      const schema = (answer.content as { 'application/json': { schema: { $ref?: string } } })[
        'application/json'
      ].schema;
      return schema.$ref ? doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')] : schema;
    };
    for (const [name, op] of operations) {
      expect(op.responses['400'], name).toBeDefined();
      expect(op.responses['503'], name).toMatchObject({
        headers: { 'Retry-After': { schema: { type: 'integer' } } },
      });
      expect(schemaOf(op.responses['503']!), name).toMatchObject({ required: ['error'] });
      expect(op.responses['503']!.description, name).toContain('SERVICE_UNAVAILABLE');
    }
    const byName = new Map(operations);
    // A route's own answers stay: a file download keeps its 200, a form its documented 400.
    expect(byName.get('get /api/v1/admin/users/export')!.responses['200']).toBeDefined();
    expect(byName.get('post /api/v1/public/complaints')!.responses['201']).toBeDefined();
    expect(byName.get('get /api/v1/regions')!.responses['400']!.description).toContain('INVALID_TEXT');
  });
});
