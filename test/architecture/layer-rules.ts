import type { ImportEdge } from './import-graph';

/**
 * The rules of the house's layers (DESIGN), as data: what a file in one place may not import.
 * The layers run one way — domain ← platform, db ← http ← modules ← server ← cli — and the
 * domain is pure: no I/O, no framework.
 */
export interface ImportRule {
  name: string;
  /** Why the rule holds, shown beside each violation. */
  because: string;
  applies: (edge: ImportEdge) => boolean;
}

const under = (prefix: string) => (file: string) => file.startsWith(prefix);
const isTest = (file: string) => /\.test\.tsx?$/.test(file);
const inDomain = under('src/domain/');
const inModules = under('src/modules/');

/** Packages a pure domain file may import: hashing from node, and the test tools in its tests. */
const DOMAIN_PACKAGES = new Set(['node:crypto', 'vitest', 'fast-check']);

/** The module a file under src/modules belongs to (`applications`), else null. */
export function moduleOf(file: string): string | null {
  return /^src\/modules\/([^/]+)\//.exec(file)?.[1] ?? null;
}

export const LAYER_RULES: readonly ImportRule[] = [
  {
    name: 'domain is pure',
    because:
      'src/domain holds the rules as pure functions: it imports only itself (and node:crypto for hashing)',
    applies: (e) =>
      inDomain(e.from) &&
      (e.local
        ? // A domain test may use the shared test helpers; the domain itself only the domain.
          !inDomain(e.to) && !(isTest(e.from) && e.to.startsWith('test/helpers/'))
        : !DOMAIN_PACKAGES.has(e.to) || (e.to !== 'node:crypto' && !isTest(e.from))),
  },
  {
    name: 'platform and db sit below the application',
    because: 'platform adapters and the database layer serve every module and must not know any',
    applies: (e) =>
      e.local &&
      (e.from.startsWith('src/platform/') || e.from.startsWith('src/db/')) &&
      /^src\/(modules|server|http|cli)\//.test(e.to),
  },
  {
    name: 'http helpers sit below the modules',
    because:
      'src/http holds what routes share (access, schemas, lists, files); modules build on it, not it on them',
    applies: (e) => e.local && e.from.startsWith('src/http/') && /^src\/(modules|server|cli)\//.test(e.to),
  },
  {
    name: 'modules never import the server',
    because: 'the server assembles the modules; a module reaching back makes the two depend on each other',
    applies: (e) => e.local && inModules(e.from) && /^src\/(server|cli)\//.test(e.to),
  },
  {
    name: 'the server never imports the CLI',
    because: 'the CLI drives the server, not the other way round',
    applies: (e) => e.local && e.from.startsWith('src/server/') && e.to.startsWith('src/cli/'),
  },
  {
    name: 'a module uses another through its public interface',
    because:
      'a module’s internals (repositories, helpers) are its own; others import only its index.ts, the one file that says what it offers',
    applies: (e) => {
      if (!e.local || isTest(e.from)) return false;
      const from = moduleOf(e.from);
      const to = moduleOf(e.to);
      return from !== null && to !== null && from !== to && e.to !== `src/modules/${to}/index.ts`;
    },
  },
  {
    name: 'only repositories build queries',
    because:
      'SQL lives in repositories, so a service reads as the use case it is (a type such as SQL may be named elsewhere)',
    applies: (e) =>
      !e.local &&
      e.to === 'drizzle-orm' &&
      !e.typeOnly &&
      inModules(e.from) &&
      !isTest(e.from) &&
      !/\.repository\.ts$/.test(e.from),
  },
];

export interface Violation {
  rule: string;
  edge: string;
}

/** The breaches of the rules among the edges, each as `from → to`. */
export function violations(edges: readonly ImportEdge[], rules: readonly ImportRule[]): Violation[] {
  return rules.flatMap((rule) =>
    edges.filter(rule.applies).map((e) => ({ rule: rule.name, edge: `${e.from} → ${e.to}` })),
  );
}
