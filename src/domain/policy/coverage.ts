import type { PolicyLayer } from './rule-base';

/**
 * How one provision of a seed document stands in the product:
 * - encoded: a rule of the policy base (rule ids) decides it;
 * - elsewhere: code outside the rule base enforces it (workflow, review, certificates …);
 * - planned: a system rule not built yet, with the open issue it belongs to;
 * - not-a-rule: an exhortation, campaign or duty of an office that no system can check.
 */
export const COVERAGE_STATUSES = ['encoded', 'elsewhere', 'planned', 'not-a-rule'] as const;
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number];

/** Chinese labels, the same in the CLI, the API's consumers and the web page. */
export const COVERAGE_STATUS_NAMES: Record<CoverageStatus, string> = {
  encoded: '已编码',
  elsewhere: '其他模块执行',
  planned: '待建设',
  'not-a-rule': '非系统规则',
};

/** One enforceable or descriptive provision of a clause. */
export interface Provision {
  /** Short Chinese summary of the provision. */
  summary: string;
  status: CoverageStatus;
  /** For encoded: rule ids of the policy set's layer chain (parameter keys, rule, variant, condition or routing ids). */
  rules?: readonly string[];
  /** For elsewhere: repo-relative path and an exported name in that file. */
  where?: { file: string; symbol: string };
  /** For planned: the open issue the rule belongs to. */
  issue?: number;
  /** One Chinese line: mandatory for not-a-rule and planned, optional otherwise. */
  why?: string;
}

export interface ClauseCoverage {
  /** The clause id exactly as citations write it (CONTRACTS §1), or '结语' for the closing sentence. */
  clause: string;
  heading: string;
  provisions: readonly Provision[];
}

export interface SetCoverage {
  policy: string;
  clauses: readonly ClauseCoverage[];
}

export type CoverageSummary = Record<CoverageStatus, number> & { clauses: number; provisions: number };

export interface CoverageProblem {
  clause: string;
  /** Index of the provision within its clause, when the problem is one provision's. */
  provision?: number;
  message: string;
}

/** The layers from `setId` up to the root (national), nearest first. */
function layerChain(layers: ReadonlyMap<string, PolicyLayer>, setId: string): PolicyLayer[] {
  const chain: PolicyLayer[] = [];
  const seen = new Set<string>();
  for (let id: string | null = setId; id !== null; ) {
    if (seen.has(id)) throw new Error(`政策层级存在循环引用：${id}`);
    seen.add(id);
    const layer = layers.get(id);
    if (!layer) throw new Error(`未知的政策层级：${id}`);
    chain.push(layer);
    id = layer.extends;
  }
  return chain;
}

/**
 * Every rule id a policy set defines across its layer chain, whatever their dates: parameter
 * keys, general rule ids, pathway variant ids, the ids of the conditions inside variants and
 * routing rule ids. Repeals are not subtracted: a coverage entry may name a rule that a later
 * layer repeals, and it still exists in the base.
 */
export function ruleIdsOf(layers: ReadonlyMap<string, PolicyLayer>, setId: string): Set<string> {
  const ids = new Set<string>();
  for (const layer of layerChain(layers, setId)) {
    for (const p of layer.parameters ?? []) ids.add(p.key);
    for (const r of layer.general ?? []) ids.add(r.id);
    for (const v of layer.pathways ?? []) {
      ids.add(v.id);
      for (const c of v.conditions) ids.add(c.id);
    }
    for (const r of layer.routing ?? []) ids.add(r.id);
  }
  return ids;
}

/** Counts of provisions per status, with the number of clauses and provisions. */
export function summarizeCoverage(coverage: SetCoverage): CoverageSummary {
  const summary: CoverageSummary = {
    encoded: 0,
    elsewhere: 0,
    planned: 0,
    'not-a-rule': 0,
    clauses: coverage.clauses.length,
    provisions: 0,
  };
  for (const clause of coverage.clauses) {
    for (const provision of clause.provisions) {
      summary[provision.status]++;
      summary.provisions++;
    }
  }
  return summary;
}

/** What one provision lacks for its status, or names that do not exist. */
function provisionProblems(p: Provision, knownRuleIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  if (!p.summary.trim()) problems.push('缺少条款摘要');
  switch (p.status) {
    case 'encoded':
      if (!p.rules?.length) problems.push('状态为已编码，但未列出规则编号');
      for (const id of p.rules ?? [])
        if (!knownRuleIds.has(id)) problems.push(`规则编号 ${id} 在该政策集的规则库中不存在`);
      break;
    case 'elsewhere':
      if (!p.where?.file.trim() || !p.where.symbol.trim())
        problems.push('状态为其他模块执行，但未写明文件和函数');
      break;
    case 'planned':
      if (!p.issue) problems.push('状态为待建设，但未写明所属议题编号');
      if (!p.why?.trim()) problems.push('状态为待建设，但未写明原因');
      break;
    case 'not-a-rule':
      if (!p.why?.trim()) problems.push('状态为非系统规则，但未写明原因');
      break;
  }
  if (p.status !== 'encoded' && p.rules?.length) problems.push('只有已编码的条款才列出规则编号');
  return problems;
}

/**
 * Problems of a coverage map against the rule ids of its policy set: unknown rule ids,
 * a status without what it needs, a clause listed twice or with no provision. Empty = clean.
 */
export function checkCoverage(coverage: SetCoverage, knownRuleIds: ReadonlySet<string>): CoverageProblem[] {
  const problems: CoverageProblem[] = [];
  const seen = new Set<string>();
  for (const clause of coverage.clauses) {
    if (seen.has(clause.clause))
      problems.push({ clause: clause.clause, message: `条款 ${clause.clause} 重复列出` });
    seen.add(clause.clause);
    if (clause.provisions.length === 0)
      problems.push({ clause: clause.clause, message: `条款 ${clause.clause} 未列出任何规定` });
    clause.provisions.forEach((p, index) => {
      for (const message of provisionProblems(p, knownRuleIds))
        problems.push({ clause: clause.clause, provision: index, message });
    });
  }
  return problems;
}
