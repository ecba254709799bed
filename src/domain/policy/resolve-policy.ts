import { AppError } from '../errors';
import type {
  BasicStandard,
  ConditionRule,
  Dated,
  Parameter,
  PathwayVariant,
  PolicyLayer,
  QualificationTitles,
  RoutingRule,
} from './rule-base';

/** The rule base of one policy set at one date, layers merged (national → province → set). */
export interface ResolvedPolicy {
  id: string;
  name: string;
  status: 'in-force' | 'draft';
  /** The chain of layer ids, national first. */
  layers: string[];
  /** Whether the date lies inside the set's own period (a yearly document). */
  withinPeriod: boolean;
  parameters: Map<string, Parameter>;
  general: ConditionRule[];
  pathways: PathwayVariant[];
  standards: Map<string, BasicStandard>;
  routing: RoutingRule[];
  /** The qualification–title catalogue in force, the lowest layer's. */
  qualificationTitles: QualificationTitles | null;
  /** The layer each item comes from, keyed `parameter:KEY`, `general:ID`, `pathway:ID`, `standard:SERIES.LEVEL`. */
  origin: Map<string, string>;
}

export function inForce(item: Dated, asOf: string): boolean {
  return (
    (!item.effectiveFrom || item.effectiveFrom <= asOf) &&
    (!item.effectiveUntil || asOf < item.effectiveUntil)
  );
}

export const standardKey = (series: string, level: string) => `${series}.${level}`;

/** The layers from national down to `id`. */
function chainOf(layers: ReadonlyMap<string, PolicyLayer>, id: string): PolicyLayer[] {
  const chain: PolicyLayer[] = [];
  let current = layers.get(id);
  if (!current) return [];
  while (current) {
    chain.unshift(current);
    if (chain.length > 10) throw new Error(`政策层级 ${id} 的继承关系有环`);
    current = current.extends ? layers.get(current.extends) : undefined;
  }
  return chain;
}

/**
 * Merges the layers of a policy set as of `asOf`: a lower layer's item with the same id
 * (or parameter key) replaces the inherited one, a repeal removes it, and items outside
 * their effective dates do not apply. History is never lost: superseded values stay in
 * the data with their dates.
 */
export function resolvePolicy(
  layers: ReadonlyMap<string, PolicyLayer>,
  id: string,
  asOf: string,
): ResolvedPolicy {
  const chain = chainOf(layers, id);
  const own = chain.at(-1);
  if (!own) {
    throw new AppError('invalid', 'UNKNOWN_POLICY', `policy：未知的政策集「${id}」`, [
      { path: 'policy', message: `未知的政策集「${id}」，可选：${[...layers.keys()].join('、')}` },
    ]);
  }
  const parameters = new Map<string, Parameter>();
  const general = new Map<string, ConditionRule>();
  const pathways = new Map<string, PathwayVariant>();
  const standards = new Map<string, BasicStandard>();
  const routing = new Map<string, RoutingRule>();
  const origin = new Map<string, string>();
  let qualificationTitles: QualificationTitles | null = null;
  for (const layer of chain) {
    if (layer.qualificationTitles) qualificationTitles = layer.qualificationTitles;
    for (const repealed of layer.repeals ?? []) {
      parameters.delete(repealed);
      general.delete(repealed);
      pathways.delete(repealed);
      standards.delete(repealed);
      routing.delete(repealed);
    }
    const take = <T>(map: Map<string, T>, kind: string, key: string, item: T) => {
      map.set(key, item);
      origin.set(`${kind}:${key}`, layer.id);
    };
    for (const p of layer.parameters ?? []) if (inForce(p, asOf)) take(parameters, 'parameter', p.key, p);
    for (const r of layer.general ?? []) if (inForce(r, asOf)) take(general, 'general', r.id, r);
    for (const v of layer.pathways ?? []) if (inForce(v, asOf)) take(pathways, 'pathway', v.id, v);
    for (const r of layer.routing ?? []) if (inForce(r, asOf)) take(routing, 'routing', r.id, r);
    for (const s of layer.standards ?? [])
      if (inForce(s, asOf)) take(standards, 'standard', standardKey(s.series, s.level), s);
  }
  return {
    id: own.id,
    name: own.name,
    status: own.status,
    layers: chain.map((l) => l.id),
    withinPeriod: inForce(own, asOf),
    parameters,
    general: [...general.values()],
    pathways: [...pathways.values()],
    standards,
    routing: [...routing.values()],
    qualificationTitles,
    origin,
  };
}
