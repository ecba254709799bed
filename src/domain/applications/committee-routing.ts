import type { Level } from '../catalogue';
import type { Citation } from '../policy/citation';
import type { RoutingRule } from '../policy/rule-base';
import { isWithinRegion, regionPrefix } from '../regions';

export interface CommitteeScope {
  id: string;
  name: string;
  tier: string;
  series: string;
  levels: readonly string[];
  /** Empty means every specialty of the series. */
  specialties: readonly string[];
  regionCode: string;
  status: string;
  approvedOn: string;
  validUntil: string;
}

export interface RoutingTarget {
  series: string;
  level: Level;
  specialty: string;
}

export interface RoutingDecision {
  /** Committees that may accept the application, the most local first. */
  committees: CommitteeScope[];
  /** The policy rule that sends the application to a provincial committee, if one does. */
  rule: { id: string; citation: Citation } | null;
}

function ruleMatches(rule: RoutingRule, target: RoutingTarget): boolean {
  return (
    (!rule.series || rule.series.includes(target.series)) &&
    (!rule.levels || rule.levels.includes(target.level)) &&
    (!rule.specialties || rule.specialties.includes(target.specialty))
  );
}

/** Whether a committee may review this target for an employer in `jurisdictionCode` on `date`. */
export function committeeCovers(
  committee: CommitteeScope,
  target: RoutingTarget,
  jurisdictionCode: string,
  date: string,
): boolean {
  return (
    committee.status === 'active' &&
    committee.approvedOn <= date &&
    date <= committee.validUntil &&
    committee.series === target.series &&
    committee.levels.includes(target.level) &&
    (committee.specialties.length === 0 || committee.specialties.includes(target.specialty)) &&
    isWithinRegion(jurisdictionCode, committee.regionCode)
  );
}

/**
 * Routing (DOMAIN §4.1): the committees whose registered scope covers the target and the
 * employer's region, in force on the date. When the policy set sends the specialty and level
 * to the province (e.g. anshan-2023 §六), only provincial committees qualify; otherwise
 * the most local committee comes first.
 */
export function routeToCommittee(
  target: RoutingTarget,
  jurisdictionCode: string,
  date: string,
  routing: readonly RoutingRule[],
  committees: readonly CommitteeScope[],
): RoutingDecision {
  const rule = routing.find((r) => ruleMatches(r, target)) ?? null;
  const covering = committees
    .filter((c) => committeeCovers(c, target, jurisdictionCode, date))
    .filter((c) => !rule || c.tier === rule.tier)
    .sort((a, b) => regionPrefix(b.regionCode).length - regionPrefix(a.regionCode).length);
  return { committees: covering, rule: rule && { id: rule.id, citation: rule.citation } };
}
