import {
  findStructureRatio,
  isLevel,
  isSeriesSlug,
  REGION_TIERS,
  WITHIN_LEVEL_PROMOTION_GRADES,
} from '../catalogue';
import { isMonthDay } from '../review/review-dates';
import { ACHIEVEMENT_KINDS } from './eligibility-request';
import { PARAMETER_FAMILIES, PARAMETERS, type ParameterSpec, type ParameterType } from './parameter-registry';
import { inForce, type ResolvedPolicy, resolvePolicy } from './resolve-policy';
import type { Dated, Parameter, PolicyLayer } from './rule-base';

const PLACEHOLDERS: Record<string, { name: string; valid: (segment: string) => boolean }> = {
  '<series>': { name: '职称系列', valid: isSeriesSlug },
  '<level>': { name: '层级', valid: isLevel },
  '<kind>': { name: '业绩类型', valid: (s) => (ACHIEVEMENT_KINDS as readonly string[]).includes(s) },
  '<grade>': {
    name: '可在层级内晋升到的岗位等级',
    valid: (s) => WITHIN_LEVEL_PROMOTION_GRADES.some((grade) => String(grade) === s),
  },
  '<ratio>': { name: '结构比例', valid: (s) => findStructureRatio(s) !== undefined },
  '<tier>': { name: '单位层级', valid: (s) => (REGION_TIERS as readonly string[]).includes(s) },
};

/** '1:3:6' — two or more positive figures, as the documents write a proportion. */
const RATIO = /^\d+(\.\d+)?(:\d+(\.\d+)?)+$/;

const FAMILY_SEGMENTS = Object.entries(PARAMETER_FAMILIES).map(([template, spec]) => ({
  template,
  segments: template.split('.'),
  spec: spec as ParameterSpec,
}));

/** The registry entry of a key, or why it has none (an unknown key, or a template filled wrongly). */
function registryEntryOf(key: string): { spec: ParameterSpec; entry: string } | { problem: string } {
  const fixed = (PARAMETERS as Record<string, ParameterSpec>)[key];
  if (fixed) return { spec: fixed, entry: key };
  const parts = key.split('.');
  for (const family of FAMILY_SEGMENTS) {
    if (family.segments.length !== parts.length) continue;
    if (!family.segments.every((s, i) => PLACEHOLDERS[s] || s === parts[i])) continue;
    for (const [i, segment] of family.segments.entries()) {
      const placeholder = PLACEHOLDERS[segment];
      if (placeholder && !placeholder.valid(parts[i]!))
        return { problem: `不是已知的${placeholder.name}「${parts[i]}」（参数族 ${family.template}）` };
    }
    return { spec: family.spec, entry: family.template };
  }
  const near = nearestKey(key);
  return { problem: `未在参数登记表中${near ? `，是否应为 ${near}` : ''}` };
}

const TYPE_NAMES: Record<ParameterType, string> = {
  integer: '非负整数',
  share: '0至1之间的比例',
  year: '年份（整数）',
  'month-day': '“月-日”（MM-DD）',
  boolean: '是/否（true 或 false）',
  ratio: '比例（如 1:3:6）',
};

function hasType(value: Parameter['value'], type: ParameterType): boolean {
  switch (type) {
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0;
    case 'share':
      return typeof value === 'number' && value >= 0 && value <= 1;
    case 'year':
      return typeof value === 'number' && Number.isInteger(value) && value >= 1949 && value <= 2100;
    case 'month-day':
      return typeof value === 'string' && isMonthDay(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'ratio':
      return (
        typeof value === 'string' && RATIO.test(value) && value.split(':').some((part) => Number(part) > 0)
      );
  }
}

/** What is wrong with one declared parameter: an unknown key or a value not of its type. */
function declarationProblem(p: Parameter): string | null {
  const found = registryEntryOf(p.key);
  if ('problem' in found) return found.problem;
  const { spec } = found;
  if (p.value === null) return spec.nullable ? null : `的值不能为空（应为${TYPE_NAMES[spec.type]}）`;
  if (!hasType(p.value, spec.type))
    return `的值 ${JSON.stringify(p.value)} 不是${TYPE_NAMES[spec.type]}${spec.nullable ? '或空' : ''}`;
  return ratioShapeProblem(p);
}

/** A structure ratio must have one figure per group it compares ('posts.ratio.tiers' → 3). */
function ratioShapeProblem(p: Parameter): string | null {
  const [prefix, family, key] = p.key.split('.');
  const ratio = prefix === 'posts' && family === 'ratio' && key ? findStructureRatio(key) : undefined;
  if (!ratio || typeof p.value !== 'string') return null;
  const parts = p.value.split(':').length;
  return parts === ratio.groups.length
    ? null
    : `的比例 ${p.value} 有${parts}项，${ratio.description}应有${ratio.groups.length}项`;
}

/** Keys a condition names for the engine to read (`monthsParam`, `yearsParam`, `longPracticeParam`, nested too). */
function namedParameters(spec: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(spec)) for (const item of spec) namedParameters(item, into);
  else if (spec && typeof spec === 'object')
    for (const [field, value] of Object.entries(spec)) {
      if (field.endsWith('Param') && typeof value === 'string') into.add(value);
      else namedParameters(value, into);
    }
  return into;
}

/** The conditions in force in a resolved policy, each with the id of the rule that states it. */
function conditionsOf(policy: ResolvedPolicy, asOf: string): { id: string; spec: unknown }[] {
  return [
    ...policy.general.map((r) => ({ id: r.id, spec: r.condition })),
    ...policy.pathways.flatMap((v) => [
      ...v.conditions.filter((c) => inForce(c, asOf)).map((c) => ({ id: c.id, spec: c.condition })),
      ...(v.seniorityReductions ?? []).map((r) => ({ id: `${v.id}.reduction`, spec: r.when })),
    ]),
  ];
}

/**
 * The days on which a set's resolution can change: every boundary of a dated item in its
 * chain, and a day before all of them. Resolving on each covers every period there is.
 */
function probeDates(layers: ReadonlyMap<string, PolicyLayer>, chain: readonly string[]): string[] {
  const dates = new Set(['0001-01-01']);
  const add = (item: Dated) => {
    if (item.effectiveFrom) dates.add(item.effectiveFrom);
    if (item.effectiveUntil) dates.add(item.effectiveUntil);
  };
  for (const id of chain) {
    const layer = layers.get(id)!;
    for (const items of [layer.parameters, layer.general, layer.pathways, layer.standards, layer.routing])
      for (const item of items ?? []) add(item);
    for (const v of layer.pathways ?? []) for (const c of v.conditions) add(c);
  }
  return [...dates].sort();
}

const NATIONAL_KEYS = Object.entries(PARAMETERS as Record<string, ParameterSpec>)
  .filter(([, spec]) => spec.provider === 'national')
  .map(([key]) => key);

/**
 * Everything wrong with the parameters of a rule base, in Chinese, each naming the layer
 * (or policy set and date) and the key:
 * - every parameter a layer declares is in the registry, with a value of its type;
 * - every `national` key is declared by the national layer (each layer extending none), and
 *   resolves in every policy set — every layer, as any may be chosen for a place — on every
 *   day its rules change, so no repeal or dating below leaves the services without it;
 * - every key a condition names is a required count the registry knows, and resolves in
 *   every set and period in which that condition is in force.
 */
export function parameterLayerProblems(layers: ReadonlyMap<string, PolicyLayer>): string[] {
  const problems: string[] = [];
  for (const layer of layers.values()) {
    for (const p of layer.parameters ?? []) {
      const problem = declarationProblem(p);
      if (problem) problems.push(`政策层 ${layer.id}：参数 ${p.key} ${problem}`);
    }
    if (layer.extends === null) {
      const declared = new Set((layer.parameters ?? []).map((p) => p.key));
      for (const key of NATIONAL_KEYS)
        if (!declared.has(key)) problems.push(`国家层 ${layer.id}：未提供参数 ${key}（登记为由国家层提供）`);
    }
  }
  if (problems.length > 0) return problems;
  const reported = new Set<string>();
  const report = (message: string) => {
    if (!reported.has(message)) problems.push(message);
    reported.add(message);
  };
  for (const id of layers.keys()) {
    const first = resolvePolicy(layers, id, '0001-01-01');
    for (const asOf of probeDates(layers, first.layers)) {
      const policy = resolvePolicy(layers, id, asOf);
      for (const key of NATIONAL_KEYS)
        if (!policy.parameters.has(key))
          report(`政策集 ${id}：自 ${asOf} 起缺少参数 ${key}（被废止或不在有效期内）`);
      for (const { id: rule, spec } of conditionsOf(policy, asOf))
        for (const key of namedParameters(spec, new Set())) {
          const found = registryEntryOf(key);
          if ('problem' in found) report(`政策集 ${id}：规则 ${rule} 引用的参数 ${key} ${found.problem}`);
          else if (found.spec.provider === 'optional' || found.spec.type !== 'integer' || found.spec.nullable)
            report(`政策集 ${id}：规则 ${rule} 引用的参数 ${key} 须为必须提供的非负整数，登记表中不是`);
          else if (!policy.parameters.has(key))
            report(`政策集 ${id}：规则 ${rule} 引用的参数 ${key} 自 ${asOf} 起没有取值`);
        }
    }
  }
  return problems;
}

/** Refuses a rule base with any problem of `parameterLayerProblems`, listing them all. */
export function assertParameterLayers(layers: ReadonlyMap<string, PolicyLayer>): void {
  const problems = parameterLayerProblems(layers);
  if (problems.length > 0) throw new Error(`规则库的参数有误，拒绝启动：\n${problems.join('\n')}`);
}

/** The registered key closest to a mistyped one, when it is close (at most 3 edits). */
function nearestKey(key: string): string | null {
  let best: { key: string; distance: number } | null = null;
  for (const candidate of [...Object.keys(PARAMETERS), ...Object.keys(PARAMETER_FAMILIES)]) {
    const distance = editDistance(key, candidate);
    if (distance <= 3 && (!best || distance < best.distance)) best = { key: candidate, distance };
  }
  return best?.key ?? null;
}

/** Levenshtein distance, one row at a time. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        previous[j]! + 1,
        row[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = row;
  }
  return previous[b.length]!;
}
