import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/test-app';

/**
 * The OpenAPI document is complete enough to generate the web client from (issue 19): every
 * operation says what each of its successes returns, no object is left open, every `$ref`
 * resolves, and a download names its content type. The checker is tested on a document made
 * wrong on purpose, then run on the server's own.
 */

type Schema = Record<string, unknown>;
type Operation = {
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
};
interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch']);
const REF = '#/components/schemas/';
/** Keywords that annotate a schema without constraining it: a schema of only these admits anything. */
const ANNOTATIONS = new Set(['description', 'title', 'default', 'examples', 'deprecated', 'readOnly']);

const isSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The places in one schema that admit any value or any member: each as `where: why`. */
function loosenessOf(schema: unknown, where: string, found: string[]): void {
  if (!isSchema(schema)) return;
  if (typeof schema.$ref === 'string') return;
  if (Object.keys(schema).every((key) => ANNOTATIONS.has(key))) {
    found.push(`${where}: a schema that admits anything`);
    return;
  }
  const extra = schema.additionalProperties;
  const openExtra = extra === true || (isSchema(extra) && Object.keys(extra).length === 0);
  const isObject = schema.type === 'object' || 'properties' in schema || 'additionalProperties' in schema;
  if (isObject && !isSchema(schema.properties) && !(isSchema(extra) && !openExtra))
    found.push(`${where}: an object with neither properties nor typed additionalProperties`);
  else if (isObject && openExtra) found.push(`${where}: an object open to members of any kind`);
  for (const [name, child] of Object.entries(isSchema(schema.properties) ? schema.properties : {}))
    loosenessOf(child, `${where}.${name}`, found);
  for (const key of ['items', 'not', 'contains'] as const)
    loosenessOf(schema[key], `${where}[${key}]`, found);
  if (isSchema(extra) && !openExtra) loosenessOf(extra, `${where}[additionalProperties]`, found);
  for (const key of ['anyOf', 'oneOf', 'allOf', 'prefixItems'] as const)
    if (Array.isArray(schema[key]))
      (schema[key] as unknown[]).forEach((branch, i) => {
        loosenessOf(branch, `${where}|${key}[${i}]`, found);
      });
}

/** Every `$ref` anywhere in a value. */
function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) refsIn(item, found);
  else if (isSchema(value))
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') found.push(child);
      else refsIn(child, found);
    }
  return found;
}

/**
 * What keeps a document from being complete, one line each: an operation without a success
 * answer or a success without a schema, a loose schema in a request or an answer (or in a
 * component), a `$ref` to nothing, no components, an answer typed `*` / `*`.
 */
function incompleteness(doc: OpenApiDocument): string[] {
  const problems: string[] = [];
  const components = doc.components?.schemas ?? {};
  if (Object.keys(components).length === 0) problems.push('components.schemas is empty');
  for (const [path, operations] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(operations)) {
      if (!METHODS.has(method)) continue;
      const name = `${method.toUpperCase()} ${path}`;
      for (const [type, media] of Object.entries(op.requestBody?.content ?? {}))
        loosenessOf(media.schema ?? {}, `${name} request ${type}`, problems);
      const answers = Object.entries(op.responses ?? {});
      if (!answers.some(([status]) => status.startsWith('2'))) problems.push(`${name}: no success answer`);
      for (const [status, answer] of answers) {
        const content = Object.entries(answer.content ?? {});
        const success = status.startsWith('2');
        if (success && content.length === 0 && status !== '204')
          problems.push(`${name} ${status}: no content`);
        for (const [type, media] of content) {
          if (type === '*/*') problems.push(`${name} ${status}: a download typed */*`);
          if (!media.schema) problems.push(`${name} ${status} ${type}: no schema`);
          else loosenessOf(media.schema, `${name} ${status} ${type}`, problems);
        }
      }
    }
  for (const [id, schema] of Object.entries(components)) loosenessOf(schema, `components.${id}`, problems);
  for (const ref of new Set(refsIn(doc)))
    if (!ref.startsWith(REF) || !(ref.slice(REF.length) in components))
      problems.push(`$ref ${ref} resolves to nothing`);
  return problems;
}

describe('the completeness check itself', () => {
  const complete: OpenApiDocument = {
    paths: {
      '/a': {
        get: {
          responses: {
            200: { content: { 'application/json': { schema: { $ref: `${REF}Thing` } } } },
            404: { content: { 'application/json': { schema: { $ref: `${REF}Thing` } } } },
          },
        },
        post: {
          requestBody: { content: { 'application/json': { schema: { $ref: `${REF}Thing` } } } },
          responses: { 204: {} },
        },
      },
      '/a.pdf': {
        get: {
          responses: {
            200: { content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } },
          },
        },
      },
    },
    components: {
      schemas: {
        Thing: {
          type: 'object',
          properties: { facts: { type: 'object', additionalProperties: { $ref: `${REF}Json` } } },
        },
        Json: { anyOf: [{ type: 'string' }, { type: 'array', items: { $ref: `${REF}Json` } }] },
      },
    },
  };

  it('passes a complete document', () => {
    expect(incompleteness(complete)).toEqual([]);
  });

  it('names each way a document can fall short', () => {
    const broken = structuredClone(complete);
    const thing = broken.components!.schemas!.Thing as { properties: Record<string, Schema> };
    thing.properties.loose = {
      type: 'object',
      properties: { known: { type: 'string' } },
      additionalProperties: true,
    };
    thing.properties.record = { type: 'object', additionalProperties: {} };
    thing.properties.empty = { type: 'object' };
    thing.properties.anything = { description: '任意' };
    broken.paths['/a']!.get!.responses![200]!.content!['application/json']!.schema = { $ref: `${REF}Gone` };
    broken.paths['/a.pdf']!.get!.responses![200]!.content = { '*/*': { schema: { type: 'string' } } };
    broken.paths['/b'] = { get: { responses: { 404: {} } } };
    expect(incompleteness(broken)).toEqual([
      'GET /a.pdf 200: a download typed */*',
      'GET /b: no success answer',
      'components.Thing.loose: an object open to members of any kind',
      'components.Thing.record: an object with neither properties nor typed additionalProperties',
      'components.Thing.empty: an object with neither properties nor typed additionalProperties',
      'components.Thing.anything: a schema that admits anything',
      `$ref ${REF}Gone resolves to nothing`,
    ]);
    expect(incompleteness({ paths: {} })).toEqual(['components.schemas is empty']);
  });
});

describe('the server’s OpenAPI document', () => {
  let t: TestApp;
  let doc: OpenApiDocument;
  beforeAll(async () => {
    t = await createTestApp();
    doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
  });
  afterAll(() => t?.close());

  it('is complete: exact answers for every success, no loose object, every $ref resolved, typed downloads', () => {
    expect(Object.keys(doc.paths).length).toBeGreaterThan(100);
    expect(incompleteness(doc)).toEqual([]);
  });

  it('names the shared shapes, so the generated client has them by name', () => {
    const names = Object.keys(doc.components?.schemas ?? {});
    expect(names).toEqual(
      expect.arrayContaining([
        'Error',
        'FieldProblem',
        'ApplicationDetail',
        'EligibilityResult',
        'Profile',
        'Expert',
        'ApplicationListItemPage',
      ]),
    );
  });
});
