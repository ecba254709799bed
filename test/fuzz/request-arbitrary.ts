import fc from 'fast-check';
import { MINIMAL_PDF } from '../helpers/minimal-pdf';
import { multipartBody } from '../helpers/multipart';
import type { ExistingRecords } from './field-hints';
import { type JsonSchema, validValue } from './json-schema-arbitrary';
import { HOSTILE_CHARACTERS, text } from './text-arbitraries';
import { mutated } from './value-mutations';

/** One operation of the OpenAPI document, as far as the fuzzer reads it. */
export interface OpenApiOperation {
  parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, unknown>;
}

/** A request without its session: the test adds the caller's cookie and CSRF header. */
export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  /** What was generated, named in a failure report: `valid`, `mutated`, `malformed-json`, … */
  shape: string;
}

/** Files an upload may carry: the smallest real PDF, any `.xlsx` the server gave out, junk. */
export interface SampleFiles {
  xlsx: Buffer;
  /** A filled bulk staff registration template (one new person), so that import gets past the header. */
  staffXlsx: Buffer;
}

/** A raw (already encoded) piece of URL: malformed escapes must reach the server as written. */
const raw = (s: string) => ({ raw: s });
type UrlPart = string | { raw: string };

/** Percent-encodes like encodeURIComponent, but writes a lone surrogate as its (invalid) UTF-8 bytes instead of throwing. */
export function encodeUrlPart(part: UrlPart): string {
  if (typeof part !== 'string') return part.raw;
  let out = '';
  for (const char of part) {
    const unit = char.charCodeAt(0);
    if (char.length === 1 && unit >= 0xd800 && unit <= 0xdfff) {
      out += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else out += encodeURIComponent(char);
  }
  return out;
}

/** Values no parameter should take: wrong types, bad escapes, NUL as `%00`, far too long. */
const badParameter: fc.Arbitrary<UrlPart> = fc.oneof(
  text(0, 20),
  fc.constantFrom<UrlPart>(
    'abc',
    '-1',
    '0',
    '1.5',
    '１２',
    '1e400',
    'NaN',
    'true',
    '',
    '..',
    'x'.repeat(5_000),
    raw('%ZZ'),
    raw('%E4%B8'),
    raw('..%2F..%2Fetc%2Fpasswd'),
    ...(HOSTILE_CHARACTERS.length > 0 ? [raw('%00'), raw('a%00b'), raw('%ED%A0%80')] : []),
  ),
);

function parameterValue(schema: JsonSchema, name: string, existing: ExistingRecords): fc.Arbitrary<UrlPart> {
  const valid = validValue(schema, name, existing).map((v) =>
    typeof v === 'string' ? v : JSON.stringify(v),
  );
  return fc.oneof({ weight: 5, arbitrary: valid }, { weight: 1, arbitrary: badParameter });
}

/** The name a path parameter's value is known by: `{id}` after `review-sessions` names a review session. */
function pathParameterName(path: string, name: string): string {
  if (name !== 'id') return name;
  const segments = path.split('/');
  return segments[segments.indexOf('{id}') - 1] ?? name;
}

function pathArbitrary(path: string, op: OpenApiOperation, existing: ExistingRecords): fc.Arbitrary<string> {
  const params = (op.parameters ?? []).filter((p) => p.in === 'path');
  return fc
    .tuple(...params.map((p) => parameterValue(p.schema, pathParameterName(path, p.name), existing)))
    .map((values) =>
      params.reduce((url, p, i) => url.replace(`{${p.name}}`, encodeUrlPart(values[i]!)), path),
    );
}

function queryArbitrary(op: OpenApiOperation, existing: ExistingRecords): fc.Arbitrary<string> {
  const params = (op.parameters ?? []).filter((p) => p.in === 'query');
  const each = params.map((p) =>
    fc.option(parameterValue(p.schema, p.name, existing), { nil: undefined, freq: p.required ? 8 : 2 }),
  );
  const extras = fc.oneof(
    { weight: 6, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: fc.constantFrom('unknown=1', '未知=值', '__proto__=x', 'a[b]=c', '&&', '=') },
    // A parameter given twice arrives as an array.
    { weight: 1, arbitrary: fc.constant(params[0] ? `${params[0].name}=1&${params[0].name}=2` : '') },
  );
  return fc.tuple(fc.tuple(...each), extras).map(([values, extra]) => {
    const pairs = params.flatMap((p, i) =>
      values[i] === undefined ? [] : [`${encodeURIComponent(p.name)}=${encodeUrlPart(values[i]!)}`],
    );
    const query = [...pairs, extra].filter(Boolean).join('&');
    return query ? `?${query}` : '';
  });
}

function headerArbitrary(
  op: OpenApiOperation,
  existing: ExistingRecords,
): fc.Arbitrary<Record<string, string>> {
  const params = (op.parameters ?? []).filter((p) => p.in === 'header');
  // Header values stay printable ASCII: Node refuses anything else before the server sees it.
  const bad = fc.constantFrom('short', 'x'.repeat(65), 'a b c d e f', '');
  return fc
    .tuple(
      ...params.map((p) =>
        fc.option(
          fc.oneof(
            { weight: 5, arbitrary: validValue(p.schema, p.name, existing).map(String) },
            { weight: 1, arbitrary: bad },
          ),
          { nil: undefined, freq: 8 },
        ),
      ),
    )
    .map((values) =>
      Object.fromEntries(params.flatMap((p, i) => (values[i] === undefined ? [] : [[p.name, values[i]!]]))),
    );
}

interface Body {
  payload?: string | Buffer;
  contentType?: string;
  shape: string;
}

const json = (payload: string, shape: string): Body => ({ payload, contentType: 'application/json', shape });

/** Bodies that are not JSON a parser should accept, and JSON sent as something else. */
function malformedBody(valid: fc.Arbitrary<unknown>): fc.Arbitrary<Body> {
  const broken = fc.constantFrom(
    '{',
    '{"a":',
    '[1,]',
    "{'a':1}",
    '{"a":1}}',
    'nul',
    '',
    '   ',
    '{"__proto__":{"isAdmin":true}}',
    '{"constructor":{"prototype":{"isAdmin":true}}}',
    `${'['.repeat(5_000)}${']'.repeat(5_000)}`,
    `${'{"a":'.repeat(3_000)}1${'}'.repeat(3_000)}`,
    'null',
    '[]',
    '"文本"',
    '42',
    'true',
    `{"a":"${'x'.repeat(1_100_000)}"}`,
  );
  const otherTypes = fc.constantFrom(
    undefined,
    'text/plain',
    'application/x-www-form-urlencoded',
    'application/xml',
    'multipart/form-data; boundary=nothing',
    'application/json; charset=utf-16',
    'application/json; charset=gbk',
    'application/vnd.api+json',
    'APPLICATION/JSON',
    'application/json, text/plain',
  );
  return fc.oneof(
    broken.map((payload) => json(payload, 'malformed-json')),
    valid.map((v) => json(`\ufeff${JSON.stringify(v)}`, 'json-with-bom')),
    fc.tuple(valid, otherTypes).map(([v, contentType]) => ({
      payload: JSON.stringify(v),
      contentType,
      shape: `json-as-${contentType ?? 'no-content-type'}`,
    })),
  );
}

/** Multipart forms: the JSON in a field (as filing takes it) with files of every sort. */
function multipartArbitrary(valid: fc.Arbitrary<unknown>, files: SampleFiles): fc.Arbitrary<Body> {
  const file = fc.constantFrom(
    { contentType: 'application/pdf', fileName: '证明.pdf', bytes: Buffer.from(MINIMAL_PDF) },
    {
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      fileName: '名单.xlsx',
      bytes: files.xlsx,
    },
    {
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      fileName: '人员名单.xlsx',
      bytes: files.staffXlsx,
    },
    { contentType: 'image/png', fileName: 'x.png', bytes: Buffer.from('not a png') },
    { contentType: 'application/pdf', fileName: 'empty.pdf', bytes: Buffer.alloc(0) },
    { contentType: 'text/plain', fileName: '../../etc/passwd', bytes: Buffer.from('root:x:0:0') },
  );
  const field = fc.constantFrom('file', 'degree-certificate', 'application', '文件');
  return fc
    .tuple(valid, fc.array(fc.tuple(field, file), { maxLength: 3 }), fc.boolean())
    .map(([value, parts, withJson]) => {
      const form = multipartBody([
        ...(withJson ? [{ name: 'application', value: JSON.stringify(value) }] : []),
        ...parts.map(([name, f]) => ({ name, ...f })),
      ]);
      return { payload: form.payload, contentType: form.headers['content-type'], shape: 'multipart' };
    });
}

function bodyArbitrary(
  method: string,
  op: OpenApiOperation,
  existing: ExistingRecords,
  files: SampleFiles,
): fc.Arbitrary<Body> {
  if (method === 'GET') return fc.constant({ shape: 'no-body' });
  const schema = op.requestBody?.content['application/json']?.schema;
  if (!schema) {
    // No JSON body documented: mostly none, then stray bodies, and files for the upload routes.
    const anything = fc.jsonValue({ maxDepth: 2 });
    return fc.oneof(
      { weight: 4, arbitrary: fc.constant<Body>({ shape: 'no-body' }) },
      { weight: 1, arbitrary: fc.constant(json('{}', 'empty-object')) },
      { weight: 1, arbitrary: malformedBody(anything) },
      { weight: 3, arbitrary: multipartArbitrary(anything, files) },
    );
  }
  const valid = validValue(schema, 'body', existing);
  return fc.oneof(
    { weight: 5, arbitrary: valid.map((v) => json(JSON.stringify(v), 'valid')) },
    { weight: 4, arbitrary: mutated(valid).map((v) => json(JSON.stringify(v), 'mutated')) },
    { weight: 2, arbitrary: malformedBody(valid) },
    ...(op.requestBody?.required ? [] : [{ weight: 1, arbitrary: fc.constant<Body>({ shape: 'no-body' }) }]),
    ...(op.requestBody?.content['multipart/form-data']
      ? [{ weight: 2, arbitrary: multipartArbitrary(valid, files) }]
      : []),
  );
}

/** Valid and invalid requests for one operation, generated from its parameters and body schema. */
export function requestArbitrary(
  method: string,
  path: string,
  op: OpenApiOperation,
  existing: ExistingRecords,
  files: SampleFiles,
): fc.Arbitrary<FuzzRequest> {
  return fc
    .tuple(
      pathArbitrary(path, op, existing),
      queryArbitrary(op, existing),
      headerArbitrary(op, existing),
      bodyArbitrary(method, op, existing, files),
    )
    .map(([url, query, headers, body]) => ({
      method,
      url: `${url}${query}`,
      headers: body.contentType ? { ...headers, 'content-type': body.contentType } : headers,
      ...(body.payload === undefined ? {} : { payload: body.payload }),
      shape: body.shape,
    }));
}
