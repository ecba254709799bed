import { isExamSeries, levelName } from '../catalogue';
import type { Citation } from './citation';
import { evaluateBasicStandard } from './conditions/basic-standard';
import { evaluateCondition } from './conditions/evaluate-condition';
import type { EvaluationContext, Failure } from './conditions/evaluation-context';
import type { EligibilityRequest, Pathway } from './eligibility-request';
import { type EligibilityResult, NO_EFFECTS, type PathwayResult, type Unmet } from './eligibility-result';
import { type ResolvedPolicy, standardKey } from './resolve-policy';
import type { Effects, PathwayVariant, TargetScope } from './rule-base';

/** When several pathways are open, the one that serves the applicant best comes first. */
const PREFERENCE: Pathway[] = [
  'direct-recognition',
  'qualification-mapping',
  'green-channel',
  'recommendation',
  'one-step',
  'skills-bridge',
  'regular',
  'through-train',
  'exceptional',
];

function applies(scope: TargetScope | undefined, request: EligibilityRequest): boolean {
  if (!scope) return true;
  if (scope.series && !scope.series.includes(request.target.series)) return false;
  if (scope.levels && !scope.levels.includes(request.target.level)) return false;
  if (scope.excludeExamSeries && isExamSeries(request.target.series)) return false;
  return true;
}

function contextFor(request: EligibilityRequest, policy: ResolvedPolicy): EvaluationContext {
  return {
    request,
    isExamSeries,
    param<T>(key: string): T {
      const parameter = policy.parameters.get(key);
      if (!parameter) throw new Error(`规则库缺少参数 ${key}（政策集 ${policy.id}）`);
      return parameter.value as T;
    },
  };
}

function toUnmet(rule: string, citation: Citation, failures: Failure[]): (Unmet & { metOn?: string })[] {
  return failures.map((f) => ({
    rule: f.part ? `${rule}.${f.part}` : rule,
    message: f.message,
    citation,
    facts: f.facts,
    ...(f.metOn ? { metOn: f.metOn } : {}),
  }));
}

/** The pass-rate cap a policy sets for the target, most specific parameter first. */
function passRateCap(policy: ResolvedPolicy, request: EligibilityRequest): number | null {
  const { series, level } = request.target;
  const specific =
    policy.parameters.get(`passRate.cap.${series}.${level}`) ??
    policy.parameters.get(`passRate.cap.${level}`);
  return typeof specific?.value === 'number' ? specific.value : null;
}

/** Evaluates one variant: general rules, the basic standard, and its own conditions. */
function evaluateVariant(
  variant: PathwayVariant,
  policy: ResolvedPolicy,
  request: EligibilityRequest,
  ctx: EvaluationContext,
) {
  const unmet: (Unmet & { metOn?: string })[] = [];
  for (const rule of policy.general) {
    if (variant.waives?.includes(rule.id) || !applies(rule.appliesTo, request)) continue;
    unmet.push(...toUnmet(rule.id, rule.citation, evaluateCondition(rule.condition, ctx)));
  }
  // Shortened seniority (e.g. 提前2年申报) brings its own effects, which win over the variant's.
  let reduction = 0;
  let reductionEffects: Partial<Effects> = {};
  for (const r of variant.seniorityReductions ?? []) {
    if (evaluateCondition(r.when, ctx).length === 0) {
      reduction += r.years;
      reductionEffects = { ...reductionEffects, ...r.effects };
    }
  }
  const { series, level } = request.target;
  const standard = policy.standards.get(standardKey(series, level));
  unmet.push(
    ...toUnmet(
      `${series}.${level}`,
      standard?.citation ?? { document: 'national', clause: '评价基本标准' },
      evaluateBasicStandard(standard, variant.standard, reduction, ctx),
    ),
  );
  for (const rule of variant.conditions) {
    if (!applies(rule.appliesTo, request)) continue;
    unmet.push(...toUnmet(rule.id, rule.citation, evaluateCondition(rule.condition, ctx)));
  }
  const cap = variant.effects?.directRecognition ? null : passRateCap(policy, request);
  const effects: Effects = { ...NO_EFFECTS, passRateCap: cap, ...variant.effects, ...reductionEffects };
  const timeOnly = unmet.length > 0 && unmet.every((u) => u.metOn);
  const earliest = timeOnly
    ? unmet
        .map((u) => u.metOn!)
        .sort()
        .at(-1)!
    : null;
  return {
    variant,
    eligible: unmet.length === 0,
    unmet: unmet.map(({ metOn: _m, ...u }) => u),
    effects,
    earliestEligibleOn: earliest,
  };
}

/** A pathway is open when any applicable variant is; otherwise it answers with the nearest one. */
function evaluatePathway(
  pathway: Pathway,
  variants: PathwayVariant[],
  policy: ResolvedPolicy,
  request: EligibilityRequest,
  ctx: EvaluationContext,
): PathwayResult {
  const results = variants.map((v) => evaluateVariant(v, policy, request, ctx));
  // The most specific open basis says most about the effects (e.g. 单独评定 over plain review).
  const open = results
    .filter((r) => r.eligible)
    .sort((a, b) => b.variant.conditions.length - a.variant.conditions.length)[0];
  const chosen = open ?? [...results].sort((a, b) => a.unmet.length - b.unmet.length)[0]!;
  const waits = results
    .map((r) => r.earliestEligibleOn)
    .filter((d): d is string => d !== null)
    .sort();
  return {
    pathway,
    eligible: Boolean(open),
    basis: { id: chosen.variant.id, name: chosen.variant.name, citation: chosen.variant.citation },
    unmet: chosen.unmet,
    effects: chosen.effects,
    earliestEligibleOn: open ? null : (chosen.earliestEligibleOn ?? waits[0] ?? null),
  };
}

/** The answer for a pathway that the policy set does not offer for this target. */
function unavailable(pathway: Pathway, policy: ResolvedPolicy, request: EligibilityRequest): PathwayResult {
  const citation = { document: policy.id === 'national' ? 'national' : policy.id, clause: '' };
  return {
    pathway,
    eligible: false,
    basis: { id: `${pathway}.none`, name: '未设此途径', citation },
    unmet: [
      {
        rule: `pathway.${pathway}.unavailable`,
        message: `本政策未对${levelName(request.target.level)}职称设置该申报途径`,
        citation,
        facts: { pathway, series: request.target.series, level: request.target.level },
      },
    ],
    effects: { ...NO_EFFECTS },
    earliestEligibleOn: null,
  };
}

/**
 * Evaluates a request against a resolved policy set: every pathway the set offers for the
 * target, each with every unmet condition at once, its effects, and — when only time is
 * missing — the first date it would open.
 */
export function evaluateEligibility(request: EligibilityRequest, policy: ResolvedPolicy): EligibilityResult {
  const ctx = contextFor(request, policy);
  const byPathway = new Map<Pathway, PathwayVariant[]>();
  for (const variant of policy.pathways) {
    if (!applies(variant.appliesTo, request)) continue;
    byPathway.set(variant.pathway, [...(byPathway.get(variant.pathway) ?? []), variant]);
  }
  const pathways = PREFERENCE.filter((p) => byPathway.has(p)).map((p) =>
    evaluatePathway(p, byPathway.get(p)!, policy, request, ctx),
  );
  const warnings: string[] = [];
  if (policy.status === 'draft')
    warnings.push(`「${policy.name}」为征求意见稿，结果仅供模拟测算，不作为申报依据`);
  if (!policy.withinPeriod)
    warnings.push(`申报日期${request.asOf}不在「${policy.name}」的适用年度内，结果仅供参考`);

  let chosen: PathwayResult | undefined;
  if (request.pathway) {
    chosen =
      pathways.find((p) => p.pathway === request.pathway) ?? unavailable(request.pathway, policy, request);
    if (!pathways.includes(chosen)) pathways.push(chosen);
  } else {
    chosen = pathways.find((p) => p.eligible);
  }
  const reference = chosen ?? pathways.find((p) => p.pathway === 'regular') ?? pathways[0];
  const waits = pathways
    .map((p) => p.earliestEligibleOn)
    .filter((d): d is string => d !== null)
    .sort();
  return {
    policy: policy.id,
    asOf: request.asOf,
    target: request.target,
    eligible: chosen?.eligible ?? false,
    pathway: chosen?.eligible || request.pathway ? (chosen?.pathway ?? null) : null,
    unmet: reference?.unmet ?? [],
    pathways,
    effects: chosen?.eligible ? chosen.effects : (reference?.effects ?? { ...NO_EFFECTS }),
    earliestEligibleOn: chosen?.eligible
      ? null
      : request.pathway
        ? (chosen?.earliestEligibleOn ?? null)
        : (waits[0] ?? null),
    policyStatus: policy.status,
    warnings,
  };
}
