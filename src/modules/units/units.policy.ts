import { type Actor, hasPermission } from '../../domain/access/actor';
import { isWithinRegion, regionPrefix } from '../../domain/regions';

/**
 * The HR bureau reviews the units of its own jurisdiction: a city bureau its city's, the
 * provincial bureau the province's. The region prefix its lists are filtered by; null when the
 * actor reviews none.
 */
export function reviewRegionPrefix(actor: Actor): string | null {
  return hasPermission(actor, 'units.review') ? regionPrefix(actor.jurisdictionCode) : null;
}

/** Whether the actor may review (approve, return, read) the registration of a unit in `regionCode`. */
export function reviewsUnitIn(actor: Actor, regionCode: string): boolean {
  return hasPermission(actor, 'units.review') && isWithinRegion(regionCode, actor.jurisdictionCode);
}

/**
 * Whether the actor may change a unit's competent department and dispatch relations: the HR
 * bureau of its region, or an administrator (who manages every organisation).
 */
export function maintainsUnitIn(actor: Actor, regionCode: string): boolean {
  return hasPermission(actor, 'organisations.manage') || reviewsUnitIn(actor, regionCode);
}
