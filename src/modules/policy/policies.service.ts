import { policySetForPlace } from '../../domain/applications/policy-set-for-place';
import { todayInShanghai } from '../../domain/calendar';
import { AppError } from '../../domain/errors';
import { comparePolicies, type ResolvedPolicy, resolvePolicy } from '../../domain/policy';
import { checkCoverage, type Provision, ruleIdsOf, summarizeCoverage } from '../../domain/policy/coverage';
import { assertParameterLayers } from '../../domain/policy/parameter-check';
import { POLICY_LAYERS, POLICY_SETS } from '../../policies';
import { SEED_COVERAGE } from '../../policies/coverage';
import { resolvedPolicy } from '../eligibility';
import { parameterView, pathwayView, policyView, ruleView, standardView } from './policy-view';

/**
 * The date a policy set is shown at when none is given: mid-year of a yearly document,
 * otherwise today.
 */
export function defaultAsOf(id: string, now: Date): string {
  const from = POLICY_LAYERS.get(id)?.effectiveFrom;
  return from ? `${from.slice(0, 4)}-06-30` : todayInShanghai(now);
}

/**
 * The rule base in force for a place on a date — the set `policySetForPlace` chooses, resolved
 * once and cached — for reading its parameters (`parameterValue` in domain/policy).
 */
export function policyForPlace(regionCode: string, date: string): ResolvedPolicy {
  return resolvedPolicy(policySetForPlace(POLICY_LAYERS, regionCode, date).policySet, date);
}

let parametersChecked = false;

/**
 * Refuses to build the services over a rule base with a parameter the registry does not know,
 * a value of the wrong type, or a key some policy set would lack when read. Once per process:
 * the layers are data loaded with the code.
 */
export function checkPolicyParameters(): void {
  if (parametersChecked) return;
  assertParameterLayers(POLICY_LAYERS);
  parametersChecked = true;
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

/** A provision with every field present (null or empty when it does not apply), as clients read it. */
function provisionView(p: Provision) {
  return {
    summary: p.summary,
    status: p.status,
    rules: [...(p.rules ?? [])],
    where: p.where ? { file: p.where.file, symbol: p.where.symbol } : null,
    issue: p.issue ?? null,
    why: p.why ?? null,
  };
}

/**
 * The clause coverage map of a seed document: every clause with its provisions and their
 * status, the counts per status, and what the check finds wrong (empty when clean). The
 * national layer has no seed document, so it has no map.
 */
export function showCoverage(id: string) {
  const coverage = SEED_COVERAGE.get(id);
  const layer = POLICY_LAYERS.get(id);
  if (!coverage || !layer)
    throw new AppError('not-found', 'COVERAGE_NOT_FOUND', `政策集 ${id} 没有对应的种子文件，无条款覆盖表`);
  return {
    policy: coverage.policy,
    name: layer.name,
    status: layer.status,
    clauses: coverage.clauses.map((c) => ({
      clause: c.clause,
      heading: c.heading,
      provisions: c.provisions.map(provisionView),
    })),
    summary: summarizeCoverage(coverage),
    problems: checkCoverage(coverage, ruleIdsOf(POLICY_LAYERS, id)).map((p) => ({
      clause: p.clause,
      provision: p.provision ?? null,
      message: p.message,
    })),
  };
}
