import fc from 'fast-check';
import { HOSTILE_CHARACTERS, withHostileCharacter } from './text-arbitraries';

/** How a value is spoilt: each kind is one way a client (or an attacker) gets input wrong. */
const ALL_MUTATIONS = [
  'wrong-type',
  'drop-key',
  'extra-key',
  'huge-string',
  'bad-string',
  'hostile-string',
  'hostile-everywhere',
  'number-out-of-range',
  'emptied',
  'long-array',
] as const;
export type Mutation = (typeof ALL_MUTATIONS)[number];

/** The mutations in use: without hostile characters (`ZHIPING_FUZZ_SKIP_TEXT_HYGIENE`), those that insert them are left out. */
export const MUTATIONS: readonly Mutation[] = ALL_MUTATIONS.filter(
  (m) => HOSTILE_CHARACTERS.length > 0 || !m.startsWith('hostile'),
);

const OTHER_TYPES: readonly unknown[] = [
  123,
  -1,
  1.5,
  true,
  false,
  null,
  '文本',
  '',
  [],
  {},
  [null],
  { a: {} },
];
const OUT_OF_RANGE: readonly number[] = [
  -1,
  0,
  0.5,
  -2_147_483_649,
  2_147_483_648,
  2 ** 53,
  1e21,
  1e308,
  -1e308,
  5e-324,
];
/** Strings a field refined beyond its schema (a date, an id, a code) must refuse. */
const BAD_STRINGS: readonly string[] = [
  '2026-02-29',
  '2026-13-01',
  '2026-3-2',
  '0000-00-00',
  '',
  ' ',
  'null',
  '0',
  '-1',
  '1e9',
  '../..',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '%',
  '\\',
  '职'.repeat(300),
];
const HUGE: readonly string[] = ['x'.repeat(100_000), '职'.repeat(300_000), '长'.repeat(400_001)];

type Path = (string | number)[];

/** Every node of a JSON value with the path to it, the root first. */
function nodesOf(value: unknown, path: Path = [], into: { path: Path; value: unknown }[] = []) {
  into.push({ path, value });
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) nodesOf(item, [...path, i], into);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) nodesOf(item, [...path, key], into);
  }
  return into;
}

function typeOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

function replaceAt(root: unknown, path: Path, make: (old: unknown) => unknown): unknown {
  if (path.length === 0) return make(root);
  const [head, ...rest] = path;
  if (Array.isArray(root)) return root.map((item, i) => (i === head ? replaceAt(item, rest, make) : item));
  const copy: Record<string, unknown> = { ...(root as Record<string, unknown>) };
  copy[head as string] = replaceAt(copy[head as string], rest, make);
  return copy;
}

function mapStrings(value: unknown, f: (s: string, i: number) => string, counter = { i: 0 }): unknown {
  if (typeof value === 'string') return f(value, counter.i++);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, f, counter));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f, counter)]));
  }
  return value;
}

/**
 * Spoils `value` one way: `pick` chooses the node (among those the mutation applies to), `variant`
 * the replacement. A mutation with no node to apply to spoils the root instead.
 */
export function mutate(value: unknown, mutation: Mutation, pick: number, variant: number): unknown {
  const nodes = nodesOf(value);
  const choose = (keep: (v: unknown) => boolean) => {
    const fitting = nodes.filter((n) => keep(n.value));
    return fitting.length > 0 ? fitting[pick % fitting.length]! : null;
  };
  const isObject = (v: unknown) => typeOf(v) === 'object';
  const at = (node: { path: Path } | null, make: (old: unknown) => unknown) =>
    node ? replaceAt(value, node.path, make) : OTHER_TYPES[variant % OTHER_TYPES.length];
  switch (mutation) {
    case 'wrong-type':
      return at(nodes[pick % nodes.length]!, (old) => {
        const others = OTHER_TYPES.filter((o) => typeOf(o) !== typeOf(old));
        return others[variant % others.length];
      });
    case 'drop-key':
      return at(
        choose((v) => isObject(v) && Object.keys(v as object).length > 0),
        (old) => {
          const keys = Object.keys(old as object);
          const { [keys[variant % keys.length]!]: _dropped, ...rest } = old as Record<string, unknown>;
          return rest;
        },
      );
    case 'extra-key':
      return at(choose(isObject), (old) => ({
        ...(old as object),
        [['未知字段', 'constructor', 'toString', 'isAdmin'][variant % 4]!]: variant % 2 ? 'x' : { 1: 2 },
      }));
    case 'huge-string':
      return at(
        choose((v) => typeof v === 'string'),
        () => HUGE[variant % HUGE.length],
      );
    case 'bad-string':
      return at(
        choose((v) => typeof v === 'string'),
        () => BAD_STRINGS[variant % BAD_STRINGS.length],
      );
    case 'hostile-string':
      return at(
        choose((v) => typeof v === 'string'),
        (old) => withHostileCharacter(old as string, variant, pick),
      );
    case 'hostile-everywhere':
      return mapStrings(value, (s, i) => withHostileCharacter(s, variant + i, pick + i));
    case 'number-out-of-range':
      return at(
        choose((v) => typeof v === 'number'),
        () => OUT_OF_RANGE[variant % OUT_OF_RANGE.length],
      );
    case 'emptied':
      return at(nodes[pick % nodes.length]!, (old) =>
        typeof old === 'string' ? '' : Array.isArray(old) ? [] : isObject(old) ? {} : null,
      );
    case 'long-array':
      return at(
        choose((v) => Array.isArray(v)),
        (old) => Array.from({ length: 5000 }, () => (old as unknown[])[0] ?? 'x'),
      );
  }
}

/** A valid value spoilt by one mutation. */
export function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.constantFrom(...MUTATIONS), fc.nat(), fc.nat())
    .map(([value, mutation, pick, variant]) => mutate(value, mutation, pick, variant));
}
