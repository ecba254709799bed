import { inForce } from '../policy/resolve-policy';
import type { PolicyLayer } from '../policy/rule-base';
import { isWithinRegion, regionPrefix } from '../regions';

export interface PolicySetChoice {
  policySet: string;
  /** Set when the chosen document's own period does not cover the date (沿用). */
  note: string | null;
}

/**
 * The policy set an application is judged under, from the employer's jurisdiction and the
 * date: the in-force layer governing the most specific region that contains the employer;
 * among those, one whose period covers the date, else the latest one already in force —
 * a yearly document stays the working rule until the next one is issued (沿用), and the
 * application records that it was carried forward. Drafts are never chosen: a 征求意见稿 is
 * not law. With no layer for the place, the national rules apply.
 */
export function policySetForPlace(
  layers: ReadonlyMap<string, PolicyLayer>,
  jurisdictionCode: string,
  date: string,
): PolicySetChoice {
  const candidates = [...layers.values()]
    .filter((l) => l.status === 'in-force' && (!l.effectiveFrom || l.effectiveFrom <= date))
    .flatMap((l) =>
      (l.jurisdictions ?? [])
        .filter((code) => isWithinRegion(jurisdictionCode, code))
        .map((code) => ({ layer: l, specificity: regionPrefix(code).length })),
    )
    .sort(
      (a, b) =>
        b.specificity - a.specificity ||
        Number(inForce(b.layer, date)) - Number(inForce(a.layer, date)) ||
        (b.layer.effectiveFrom ?? '').localeCompare(a.layer.effectiveFrom ?? ''),
    );
  const best = candidates[0];
  if (!best) return { policySet: 'national', note: '所在地区未收录地方政策文件，按国家规定执行' };
  if (inForce(best.layer, date)) return { policySet: best.layer.id, note: null };
  return {
    policySet: best.layer.id,
    note: `${date.slice(0, 4)}年度政策文件尚未收录，沿用《${best.layer.name}》`,
  };
}
