import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ImportEdge, importGraph, importsOf, loadCycles, sourceFiles } from './import-graph';
import { LAYER_RULES, violations } from './layer-rules';

/**
 * The house's layers, checked on every import of src: a breach of any rule fails at once —
 * there are no recorded debts. A module reaches another only through its index.ts, queries are
 * built only in repositories, and no module interface sits in a load cycle.
 */
const ROOT = path.resolve(__dirname, '../..');
const graph = importGraph(ROOT, ['src']);
const isTest = (file: string) => /\.test\.tsx?$/.test(file);
/** A query through a database handle (`db.select(…)`, `tx\n  .insert(…)`, `db.query.users…`). */
const QUERY_CALL =
  /\b(?:db|tx)\s*\.\s*(?:select|selectDistinct|insert|update|delete|execute|query|\$count)\b/;
const isModuleInterface = (file: string) => /^src\/modules\/[^/]+\/index\.ts$/.test(file);

describe('the layers of the code', () => {
  it('reads the whole import graph of src', () => {
    expect(graph.length).toBeGreaterThan(2000);
    expect(graph.some((e) => e.from === 'src/server/app.ts' && e.to === 'src/http/access.ts')).toBe(true);
  });

  it('keeps every layer rule: domain pure, platform and db below, http below the modules, modules below the server, modules through their interfaces, queries in repositories', () => {
    expect(violations(graph, LAYER_RULES)).toEqual([]);
  });

  it('builds no query outside a repository, even through a handle without importing the query builder', () => {
    const services = sourceFiles(ROOT, ['src/modules']).filter(
      (file) => !isTest(file) && !file.endsWith('.repository.ts'),
    );
    const querying = services.filter((file) =>
      QUERY_CALL.test(fs.readFileSync(path.join(ROOT, file), 'utf8')),
    );
    expect(querying).toEqual([]);
  });

  it('loads no module interface in a ring: a barrel in an import cycle breaks at load time', () => {
    const throughInterfaces = loadCycles(graph.filter((e) => !isTest(e.from))).filter((files) =>
      files.some(isModuleInterface),
    );
    expect(throughInterfaces).toEqual([]);
  });
});

describe('the checker itself', () => {
  const edge = (from: string, to: string, local = true): ImportEdge => ({ from, to, local });

  it('catches a deliberate breach of each layer rule', () => {
    const breaches = [
      edge('src/domain/review/quorum.ts', 'src/db/client.ts'),
      edge('src/domain/review/quorum.ts', 'drizzle-orm', false),
      edge('src/platform/excel.ts', 'src/modules/users/users.service.ts'),
      edge('src/http/access.ts', 'src/server/app.ts'),
      edge('src/modules/users/users.routes.ts', 'src/server/services.ts'),
      edge('src/server/app.ts', 'src/cli/main.ts'),
      edge('src/modules/users/users.service.ts', 'src/modules/people/people.repository.ts'),
      edge('src/modules/users/users.service.ts', 'src/modules/audit/audit.service.ts'),
    ];
    expect(violations(breaches, LAYER_RULES).map((v) => v.edge)).toHaveLength(breaches.length);
    // And lets the allowed ones pass.
    const allowed = [
      edge('src/modules/users/users.routes.ts', 'src/http/access.ts'),
      edge('src/domain/review/quorum.test.ts', 'test/helpers/caught-app-error.ts'),
      edge('src/domain/certificates/number.ts', 'node:crypto', false),
      edge('src/server/app.ts', 'src/modules/users/users.routes.ts'),
      edge('src/modules/users/users.service.ts', 'src/modules/audit/index.ts'),
      edge('src/modules/users/users.service.test.ts', 'src/modules/people/people.repository.ts'),
    ];
    expect(violations(allowed, LAYER_RULES)).toEqual([]);
  });

  it('catches a query outside a repository, and lets a repository query and anyone name its types', () => {
    const found = violations(
      [
        edge('src/modules/users/users.service.ts', 'drizzle-orm', false),
        edge('src/modules/users/users.repository.ts', 'drizzle-orm', false),
        { ...edge('src/modules/users/users.policy.ts', 'drizzle-orm', false), typeOnly: true },
        edge('src/modules/users/users.service.test.ts', 'drizzle-orm', false),
      ],
      LAYER_RULES,
    );
    expect(found).toEqual([
      { rule: 'only repositories build queries', edge: 'src/modules/users/users.service.ts → drizzle-orm' },
    ]);
  });

  it('sees a query through a handle, and not the transaction that a service opens', () => {
    expect(QUERY_CALL.test('const [row] = await tx\n    .insert(users)')).toBe(true);
    expect(QUERY_CALL.test('await db.query.users.findFirst()')).toBe(true);
    expect(QUERY_CALL.test('return db.transaction(async (tx) => audit.record(tx, id, entry));')).toBe(false);
  });

  it('catches a load cycle through a module interface, and not one of types only', () => {
    const ring = [
      edge('src/modules/profile/profile.service.ts', 'src/modules/employment/index.ts'),
      edge('src/modules/employment/index.ts', 'src/modules/employment/employment.service.ts'),
      edge('src/modules/employment/employment.service.ts', 'src/modules/profile/index.ts'),
      edge('src/modules/profile/index.ts', 'src/modules/profile/profile.service.ts'),
    ];
    expect(loadCycles(ring)).toEqual([[...new Set(ring.map((e) => e.from))].sort()]);
    expect(loadCycles(ring.map((e, i) => (i === 0 ? { ...e, typeOnly: true } : e)))).toEqual([]);
  });

  it('reads static, re-exported, dynamic and type imports', () => {
    const text = [
      "import { a } from '../../domain/errors';",
      "import type { B } from 'fastify';",
      "export { c } from './c';",
      "const d = await import('../d');",
      "import { type E, type F } from './e';",
      "export type G = { g: 1 };\nimport { h } from './h';",
    ].join('\n');
    const edges = importsOf(ROOT, 'src/modules/users/x.ts', text);
    expect(edges.map((e) => e.to)).toEqual([
      'src/domain/errors.ts',
      'fastify',
      'src/modules/users/c',
      'src/modules/d',
      'src/modules/users/e',
      'src/modules/users/h',
    ]);
    expect(edges.map((e) => e.typeOnly ?? false)).toEqual([false, true, false, false, true, false]);
  });
});
