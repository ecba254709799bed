import { canonicalJson } from '../canonical-json';
import type { ResolvedPolicy } from './resolve-policy';

export type DiffStatus = 'only-a' | 'only-b' | 'changed' | 'same';

export interface PolicyDiffRow {
  kind: 'parameter' | 'general' | 'pathway' | 'standard';
  key: string;
  status: DiffStatus;
  a: unknown;
  b: unknown;
}

/** Items of a resolved policy by kind and key, in a form two policies can be compared on. */
function itemsOf(
  policy: ResolvedPolicy,
): Map<string, { kind: PolicyDiffRow['kind']; key: string; value: unknown }> {
  const items = new Map<string, { kind: PolicyDiffRow['kind']; key: string; value: unknown }>();
  for (const [key, p] of policy.parameters)
    items.set(`parameter:${key}`, { kind: 'parameter', key, value: p });
  for (const r of policy.general) items.set(`general:${r.id}`, { kind: 'general', key: r.id, value: r });
  for (const v of policy.pathways) items.set(`pathway:${v.id}`, { kind: 'pathway', key: v.id, value: v });
  for (const [key, s] of policy.standards) items.set(`standard:${key}`, { kind: 'standard', key, value: s });
  return items;
}

/** Compares a rule or parameter by substance; the citation differs between documents anyway. */
function substance(value: unknown): string {
  const {
    citation: _c,
    note: _n,
    effectiveFrom: _f,
    effectiveUntil: _u,
    ...rest
  } = value as Record<string, unknown>;
  const strip = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(strip)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .filter(([k]) => k !== 'citation')
              .map(([k, x]) => [k, strip(x)]),
          )
        : v;
  return canonicalJson(strip(rest));
}

/**
 * Side-by-side difference of two resolved policy sets: what only one has, and what both
 * have in a different form. Citations alone do not make a difference.
 */
export function comparePolicies(a: ResolvedPolicy, b: ResolvedPolicy): PolicyDiffRow[] {
  const left = itemsOf(a);
  const right = itemsOf(b);
  const rows: PolicyDiffRow[] = [];
  for (const key of new Set([...left.keys(), ...right.keys()])) {
    const x = left.get(key);
    const y = right.get(key);
    const item = (x ?? y)!;
    const status: DiffStatus = !x
      ? 'only-b'
      : !y
        ? 'only-a'
        : substance(x.value) === substance(y.value)
          ? 'same'
          : 'changed';
    rows.push({ kind: item.kind, key: item.key, status, a: x?.value ?? null, b: y?.value ?? null });
  }
  const order = { parameter: 0, general: 1, standard: 2, pathway: 3 };
  return rows.sort((p, q) => order[p.kind] - order[q.kind] || p.key.localeCompare(q.key));
}
