import { findRegion, regionFullName } from '../regions';

/**
 * The HR bureau that keeps a jurisdiction's ledger, as printed on its certificates: a
 * province's 人力资源和社会保障厅, a city's or county's 人力资源和社会保障局.
 */
export function hrBureauName(regionCode: string): string {
  const region = findRegion(regionCode);
  const name = regionFullName(regionCode) ?? regionCode;
  return region?.level === 'province' ? `${name}人力资源和社会保障厅` : `${name}人力资源和社会保障局`;
}
