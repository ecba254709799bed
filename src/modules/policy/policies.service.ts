import { todayInShanghai } from '../../domain/calendar';
import { comparePolicies, resolvePolicy } from '../../domain/policy';
import { POLICY_LAYERS, POLICY_SETS } from '../../policies';
import { parameterView, pathwayView, policyView, ruleView, standardView } from './policy-view';

/**
 * The date a policy set is shown at when none is given: mid-year of a yearly document,
 * otherwise today.
 */
export function defaultAsOf(id: string, now: Date): string {
  const from = POLICY_LAYERS.get(id)?.effectiveFrom;
  return from ? `${from.slice(0, 4)}-06-30` : todayInShanghai(now);
}

export function listPolicySets() {
  return POLICY_SETS.map((id) => {
    const layer = POLICY_LAYERS.get(id)!;
    return {
      id,
      name: layer.name,
      status: layer.status,
      effectiveFrom: layer.effectiveFrom ?? null,
      effectiveUntil: layer.effectiveUntil ?? null,
    };
  });
}

export function showPolicy(id: string, asOf: string) {
  return policyView(resolvePolicy(POLICY_LAYERS, id, asOf), asOf);
}

const VIEWS = {
  parameter: (v: unknown, l: string) => parameterView(v as never, l),
  general: (v: unknown, l: string) => ruleView(v as never, l),
  pathway: (v: unknown, l: string) => pathwayView(v as never, l),
  standard: (v: unknown, l: string) => standardView(v as never, l),
};

/** Side-by-side comparison of two policy sets, each at its own date. */
export function diffPolicies(a: { id: string; asOf: string }, b: { id: string; asOf: string }) {
  const left = resolvePolicy(POLICY_LAYERS, a.id, a.asOf);
  const right = resolvePolicy(POLICY_LAYERS, b.id, b.asOf);
  const rows = comparePolicies(left, right).filter((r) => r.status !== 'same');
  const origin = (p: typeof left, kind: string, key: string) => p.origin.get(`${kind}:${key}`) ?? p.id;
  return {
    a: { id: left.id, name: left.name, asOf: a.asOf },
    b: { id: right.id, name: right.name, asOf: b.asOf },
    rows: rows.map((r) => ({
      kind: r.kind,
      key: r.key,
      status: r.status,
      a: r.a ? VIEWS[r.kind](r.a, origin(left, r.kind, r.key)) : null,
      b: r.b ? VIEWS[r.kind](r.b, origin(right, r.kind, r.key)) : null,
    })),
  };
}
