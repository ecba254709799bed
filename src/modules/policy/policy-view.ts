import { findSeries, type Level, levelName } from '../../domain/catalogue';
import {
  type BasicStandard,
  type ConditionRule,
  describeCondition,
  type Parameter,
  type PathwayVariant,
  type ResolvedPolicy,
  type TargetScope,
} from '../../domain/policy';
import { DEGREE_NAMES } from '../../domain/policy/profile-facts';

const dates = (d: { effectiveFrom?: string; effectiveUntil?: string }) => ({
  effectiveFrom: d.effectiveFrom ?? null,
  effectiveUntil: d.effectiveUntil ?? null,
});

/** A rule's scope with its lists copied: the rule base's are frozen, an answer's are plain lists. */
function scopeView(scope: TargetScope | undefined) {
  if (!scope) return null;
  const view: { series?: string[]; excludeSeries?: string[]; levels?: Level[] } = {};
  if (scope.series) view.series = [...scope.series];
  if (scope.excludeSeries) view.excludeSeries = [...scope.excludeSeries];
  if (scope.levels) view.levels = [...scope.levels];
  return view;
}

export function parameterView(p: Parameter, layer: string) {
  return { key: p.key, value: p.value, citation: p.citation, note: p.note ?? null, layer, ...dates(p) };
}

export function ruleView(r: ConditionRule, layer: string) {
  return {
    id: r.id,
    description: describeCondition(r.condition),
    citation: r.citation,
    appliesTo: scopeView(r.appliesTo),
    layer,
    ...dates(r),
  };
}

const STANDARD_PARTS = {
  full: '学历与资历',
  'seniority-only': '资历（学历破格）',
  'education-only': '学历',
  none: '不适用',
} as const;

export function pathwayView(v: PathwayVariant, layer: string) {
  return {
    id: v.id,
    pathway: v.pathway,
    name: v.name,
    citation: v.citation,
    appliesTo: scopeView(v.appliesTo),
    standard: `${STANDARD_PARTS[v.standard]}${v.educationRelaxedBy ? `（学历要求放宽${v.educationRelaxedBy}个层次）` : ''}`,
    /** General rules this basis is exempt from, for those it names (e.g. 二(一) and 六(一)'s no 越级). */
    waives: [...(v.waives ?? [])],
    conditions: v.conditions.map((c) => ruleView(c, layer)),
    reductions: (v.seniorityReductions ?? []).map((r) => ({
      years: r.years,
      description: describeCondition(r.when),
      citation: r.citation,
    })),
    effects: v.effects ?? {},
    layer,
    ...dates(v),
  };
}

export function standardView(s: BasicStandard, layer: string) {
  return {
    series: s.series,
    seriesName: findSeries(s.series)?.name ?? s.series,
    level: s.level,
    levelName: levelName(s.level),
    citation: s.citation,
    routes: s.routes.map((r) =>
      [
        `${DEGREE_NAMES[r.minDegree]}及以上`,
        r.titleYears !== undefined ? `取得${s.belowTitle ?? '下一级'}职称后满${r.titleYears}年` : '',
        r.yearsSinceGraduation !== undefined ? `毕业后从事本专业技术工作满${r.yearsSinceGraduation}年` : '',
        r.onlyAtGrassroots ? '（限县及以下单位）' : '',
      ]
        .filter(Boolean)
        .join('，'),
    ),
    layer,
    ...dates(s),
  };
}

/** A resolved policy set as the policy browser shows it: every item with its origin and citation. */
export function policyView(policy: ResolvedPolicy, asOf: string) {
  const origin = (kind: string, key: string) => policy.origin.get(`${kind}:${key}`) ?? policy.id;
  return {
    id: policy.id,
    name: policy.name,
    status: policy.status,
    layers: policy.layers,
    asOf,
    parameters: [...policy.parameters.values()].map((p) => parameterView(p, origin('parameter', p.key))),
    general: policy.general.map((r) => ruleView(r, origin('general', r.id))),
    standards: [...policy.standards.entries()].map(([key, s]) => standardView(s, origin('standard', key))),
    pathways: policy.pathways.map((v) => pathwayView(v, origin('pathway', v.id))),
  };
}
