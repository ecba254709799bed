import { isExamSeries, levelName } from '../catalogue';
import type { Citation } from './citation';
import { evaluateBasicStandard } from './conditions/basic-standard';
import { evaluateCondition } from './conditions/evaluate-condition';
import type { EvaluationContext, Failure } from './conditions/evaluation-context';
import type { EligibilityRequest, HeldTitle, Pathway } from './eligibility-request';
import { type EligibilityResult, NO_EFFECTS, type PathwayResult, type Unmet } from './eligibility-result';
import {
  appointmentCombinedKey,
  type ParameterValue,
  passRateCapKey,
  type RequiredParameterKey,
} from './parameter-registry';
import { optionalParameter, ruleParameterValue } from './parameter-values';
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
  if (scope.excludeSeries?.includes(request.target.series)) return false;
  if (scope.levels && !scope.levels.includes(request.target.level)) return false;
  return true;
}

/** The evaluation context as a class, so no closures are created per request. */
class Context implements EvaluationContext {
  constructor(
    readonly request: EligibilityRequest,
    private readonly policy: ResolvedPolicy,
  ) {}

  isExamSeries(series: string): boolean {
    return isExamSeries(series);
  }

  param<K extends RequiredParameterKey>(key: K): ParameterValue<K> {
    return ruleParameterValue(this.policy, key);
  }
}

function toUnmet(rule: string, citation: Citation, failures: Failure[]): TimedUnmet[] {
  return failures.map((f) => ({
    rule: f.part ? `${rule}.${f.part}` : rule,
    message: f.message,
    citation,
    facts: f.facts,
    ...(f.metOn ? { metOn: f.metOn } : {}),
  }));
}

/** Pass-rate caps by target and appointment mode, per resolved policy: parameters do not change once resolved. */
const caps = new WeakMap<ResolvedPolicy, Map<string, number | null>>();

/**
 * Whether the applicant's unit practises 评聘结合 (titles reviewed within the post structure):
 * the unit says so in the profile, or else the series' rule (e.g. Jilin: every university).
 */
function combinedAppointment(policy: ResolvedPolicy, request: EligibilityRequest): boolean {
  for (const w of request.applicant.work) {
    if (w.appointmentMode && w.from <= request.asOf && (w.to === null || w.to > request.asOf))
      return w.appointmentMode === 'combined';
  }
  return optionalParameter(policy, appointmentCombinedKey(request.target.series))?.value === true;
}

/**
 * The pass-rate cap a policy sets for the target, most specific parameter first. The seeds'
 * 50% senior cap is for 评聘分开 series (anshan 九, liaoyang 十一, 2025 #17); 评聘结合 units
 * review within their post structure, so they have only a cap a policy sets for them
 * (`passRate.combinedCap.*`, e.g. Jilin's universities 45/55/70%).
 */
function passRateCap(policy: ResolvedPolicy, request: EligibilityRequest): number | null {
  const { series, level } = request.target;
  const combined = combinedAppointment(policy, request);
  const key = `${combined ? 'combined' : 'separated'}.${series}.${level}`;
  let byTarget = caps.get(policy);
  if (!byTarget) {
    byTarget = new Map();
    caps.set(policy, byTarget);
  }
  let cap = byTarget.get(key);
  if (cap === undefined) {
    const p =
      optionalParameter(policy, passRateCapKey(combined, level, series)) ??
      optionalParameter(policy, passRateCapKey(combined, level));
    cap = p?.value ?? null;
    byTarget.set(key, cap);
  }
  return cap;
}

type TimedUnmet = Unmet & { metOn?: string };
type GeneralFailures = { id: string; pathways?: readonly Pathway[]; unmet: TimedUnmet[] }[];
const MISSING_STANDARD = { document: 'national', clause: '评价基本标准' };

/** The general rules' failures, evaluated once per request and shared by every variant. */
function generalFailures(
  policy: ResolvedPolicy,
  request: EligibilityRequest,
  ctx: EvaluationContext,
): GeneralFailures {
  const byRule: GeneralFailures = [];
  for (const rule of policy.general) {
    if (!applies(rule.appliesTo, request)) continue;
    const failures = evaluateCondition(rule.condition, ctx);
    if (failures.length)
      byRule.push({ id: rule.id, pathways: rule.pathways, unmet: toUnmet(rule.id, rule.citation, failures) });
  }
  return byRule;
}

/** Evaluates one variant: general rules, the basic standard, and its own conditions. */
function evaluateVariant(
  variant: PathwayVariant,
  policy: ResolvedPolicy,
  request: EligibilityRequest,
  ctx: EvaluationContext,
  general: GeneralFailures,
) {
  // The variant's own conditions first: whether the applicant has the facts this basis is
  // for (its `basis` conditions hold) decides whether its waivers apply.
  const own: TimedUnmet[] = [];
  let basisHeld = true;
  let namesBasis = false;
  for (const rule of variant.conditions) {
    if (!applies(rule.appliesTo, request)) continue;
    if (rule.basis) namesBasis = true;
    const failures = evaluateCondition(rule.condition, ctx);
    if (failures.length) {
      if (rule.basis) basisHeld = false;
      for (const u of toUnmet(rule.id, rule.citation, failures)) own.push(u);
    }
  }
  const unmet: TimedUnmet[] = [];
  for (const rule of general) {
    // An exception is for those it names (二(一) lets postdocs skip a level, nobody else).
    if (basisHeld && variant.waives?.includes(rule.id)) continue;
    if (rule.pathways && !rule.pathways.includes(variant.pathway)) continue;
    for (const u of rule.unmet) unmet.push(u);
  }
  // Shortened seniority (e.g. 提前2年申报) brings its own effects, which win over the variant's.
  let reduction = 0;
  let reductionEffects: Partial<Effects> | undefined;
  for (const r of variant.seniorityReductions ?? []) {
    if (evaluateCondition(r.when, ctx).length === 0) {
      reduction += r.years;
      reductionEffects = { ...reductionEffects, ...r.effects };
    }
  }
  const { series, level } = request.target;
  const standard = policy.standards.get(standardKey(series, level));
  const standardFailures = evaluateBasicStandard(
    standard,
    variant.standard,
    reduction,
    ctx,
    variant.educationRelaxedBy ?? 0,
  );
  if (standardFailures.length) {
    for (const u of toUnmet(`${series}.${level}`, standard?.citation ?? MISSING_STANDARD, standardFailures))
      unmet.push(u);
  }
  for (const u of own) unmet.push(u);
  const cap = variant.effects?.directRecognition ? null : passRateCap(policy, request);
  const effects: Effects = { ...NO_EFFECTS, passRateCap: cap, ...variant.effects, ...reductionEffects };
  // Only time missing: the day the last time-bound condition is met; anything else: null.
  let earliest: string | null = null;
  for (const u of unmet) {
    if (!u.metOn) {
      earliest = null;
      break;
    }
    if (earliest === null || u.metOn > earliest) earliest = u.metOn;
  }
  const plain: Unmet[] = [];
  for (const u of unmet)
    plain.push({ rule: u.rule, message: u.message, citation: u.citation, facts: u.facts });
  return {
    variant,
    eligible: unmet.length === 0,
    // 2: the applicant has the facts this basis names; 1: it names none; 0: they lack them.
    pointedTo: basisHeld ? (namesBasis ? 2 : 1) : 0,
    unmet: plain,
    effects,
    earliestEligibleOn: earliest,
  };
}

/**
 * A pathway is open when any applicable variant is. With none open it answers with the basis
 * the applicant's own facts point to (一次性告知): one whose defining facts they have, then the
 * one with fewest unmet conditions, then by priority and declaration — and lists every basis.
 */
function evaluatePathway(
  pathway: Pathway,
  variants: PathwayVariant[],
  policy: ResolvedPolicy,
  request: EligibilityRequest,
  ctx: EvaluationContext,
  general: GeneralFailures,
): PathwayResult {
  const results: VariantResult[] = [];
  for (const v of variants) results.push(evaluateVariant(v, policy, request, ctx, general));
  // Among open bases the more specific one says more about the effects (e.g. 单独评定 over
  // plain review).
  let open: VariantResult | undefined;
  let nearest: VariantResult | undefined;
  let wait: string | null = null;
  for (const r of results) {
    if (r.eligible && (!open || byPriorityThenSpecificity(r, open) < 0)) open = r;
    if (!nearest || byNearness(r, nearest) < 0) nearest = r;
    if (r.earliestEligibleOn && (!wait || r.earliestEligibleOn < wait)) wait = r.earliestEligibleOn;
  }
  const chosen = open ?? nearest!;
  return {
    pathway,
    eligible: Boolean(open),
    basis: basisOf(chosen),
    unmet: chosen.unmet,
    effects: chosen.effects,
    earliestEligibleOn: open ? null : (chosen.earliestEligibleOn ?? wait),
    ...(results.length > 1
      ? {
          bases: results.map((r) => ({
            ...basisOf(r),
            eligible: r.eligible,
            unmet: r.unmet,
            earliestEligibleOn: r.earliestEligibleOn,
          })),
        }
      : {}),
  };
}

type VariantResult = ReturnType<typeof evaluateVariant>;
const basisOf = (r: VariantResult) => ({
  id: r.variant.id,
  name: r.variant.name,
  citation: r.variant.citation,
});
const priorityOf = (r: VariantResult) => r.variant.priority ?? 0;
const byPriorityThenSpecificity = (a: VariantResult, b: VariantResult) =>
  priorityOf(b) - priorityOf(a) || b.variant.conditions.length - a.variant.conditions.length;
/**
 * Negative when `a` is nearer than `b`; ties keep declaration order (the earlier stays).
 * A basis whose named facts the applicant has comes before one that names none (such as
 * 学历破格, open to anyone), and that before one whose facts they lack. Among bases the facts
 * point to, the one with fewest unmet conditions; among
 * the rest nothing points anywhere, so priority and declaration decide (the primary basis).
 */
const byNearness = (a: VariantResult, b: VariantResult) =>
  b.pointedTo - a.pointedTo ||
  (a.pointedTo > 0 ? a.unmet.length - b.unmet.length : 0) ||
  priorityOf(b) - priorityOf(a);

/**
 * The answer for a pathway that the policy set does not offer for this target — with the
 * general rules that govern that pathway, so every reason is told at once.
 */
function unavailable(
  pathway: Pathway,
  policy: ResolvedPolicy,
  request: EligibilityRequest,
  general: GeneralFailures,
): PathwayResult {
  // An absence has no clause of its own: the whole document is where it is (not) provided.
  const citation = { document: policy.id, clause: '全文' };
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
      ...general
        .filter((rule) => rule.pathways?.includes(pathway))
        .flatMap((rule) =>
          rule.unmet.map((u) => ({ rule: u.rule, message: u.message, citation: u.citation, facts: u.facts })),
        ),
    ],
    effects: { ...NO_EFFECTS },
    earliestEligibleOn: null,
  };
}

/** A policy's variants grouped by pathway in order of preference, computed once per policy. */
const grouped = new WeakMap<ResolvedPolicy, [Pathway, PathwayVariant[]][]>();

function variantsByPathway(policy: ResolvedPolicy): [Pathway, PathwayVariant[]][] {
  let groups = grouped.get(policy);
  if (!groups) {
    groups = PREFERENCE.map(
      (p) => [p, policy.pathways.filter((v) => v.pathway === p)] as [Pathway, PathwayVariant[]],
    ).filter(([, vs]) => vs.length > 0);
    grouped.set(policy, groups);
  }
  return groups;
}

/**
 * The titles that qualifications confer under the policy's correspondence catalogue (jilin-2022
 * 一(一)2: "取得职业资格后即具备相对应系列和层级职称"), added as held from the day the
 * qualification was obtained, so they count when applying for the next level.
 */
function withQualificationTitles(request: EligibilityRequest, policy: ResolvedPolicy): EligibilityRequest {
  const catalogue = policy.qualificationTitles;
  if (!catalogue) return request;
  const { applicant, asOf } = request;
  const conferred: HeldTitle[] = [];
  for (const a of applicant.achievements) {
    if (a.kind !== 'professional-qualification' || !a.name) continue;
    for (const m of catalogue.mapping) {
      if (m.name !== a.name) continue;
      const obtainedOn = a.on ?? asOf;
      const already = applicant.titles.some(
        (t) => t.series === m.series && t.level === m.level && t.obtainedOn <= obtainedOn,
      );
      if (!already) conferred.push({ series: m.series, level: m.level, obtainedOn, via: 'qualification' });
    }
  }
  if (conferred.length === 0) return request;
  return { ...request, applicant: { ...applicant, titles: [...applicant.titles, ...conferred] } };
}

/**
 * Evaluates a request against a resolved policy set: every pathway the set offers for the
 * target, each with every unmet condition at once, its effects, and — when only time is
 * missing — the first date it would open.
 */
export function evaluateEligibility(given: EligibilityRequest, policy: ResolvedPolicy): EligibilityResult {
  const request = withQualificationTitles(given, policy);
  const ctx = new Context(request, policy);
  const general = generalFailures(policy, request, ctx);
  // CONTRACTS §1: a requested pathway is evaluated alone; with none requested, every pathway.
  const pathways: PathwayResult[] = [];
  for (const [pathway, variants] of variantsByPathway(policy)) {
    if (request.pathway && pathway !== request.pathway) continue;
    const applicable = variants.every((v) => !v.appliesTo)
      ? variants
      : variants.filter((v) => applies(v.appliesTo, request));
    if (applicable.length) pathways.push(evaluatePathway(pathway, applicable, policy, request, ctx, general));
  }
  const warnings: string[] = [];
  if (policy.status === 'draft')
    warnings.push(`「${policy.name}」为征求意见稿，结果仅供模拟测算，不作为申报依据`);
  if (!policy.withinPeriod)
    warnings.push(`申报日期${request.asOf}不在「${policy.name}」的适用年度内，结果仅供参考`);

  let chosen: PathwayResult | undefined;
  if (request.pathway) {
    chosen =
      pathways.find((p) => p.pathway === request.pathway) ??
      unavailable(request.pathway, policy, request, general);
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
    nearestPathway: !chosen && reference ? reference.pathway : null,
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
