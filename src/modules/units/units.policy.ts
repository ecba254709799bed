import type { OrganisationRecord } from '../../db/schema';
import { type Actor, hasPermission } from '../../domain/access/actor';
import { type RecordPolicy, requireAbility } from '../../domain/access/record-policy';
import { notFound } from '../../domain/errors';
import { isWithinRegion, regionPrefix } from '../../domain/regions';

type Unit = Pick<OrganisationRecord, 'status' | 'jurisdictionCode'>;

/**
 * The HR bureau reviews the units of its own jurisdiction: a city bureau its city's, the
 * provincial bureau the province's.
 */
function reviewsUnitIn(actor: Actor, regionCode: string): boolean {
  return hasPermission(actor, 'units.review') && isWithinRegion(regionCode, actor.jurisdictionCode);
}

/**
 * A unit's competent department and dispatch relations are kept by the HR bureau of its region,
 * or by an administrator (who manages every organisation). The scope is the region prefix of
 * the units the actor keeps ('' for all, null for none).
 */
export const unitRelationsPolicy: RecordPolicy<Unit, 'edit-relations', string | null> = {
  scopeOf: (actor) =>
    hasPermission(actor, 'organisations.manage') ? '' : unitRegistrationPolicy.scopeOf(actor),
  abilitiesOf: (actor, unit) =>
    hasPermission(actor, 'organisations.manage') || reviewsUnitIn(actor, unit.jurisdictionCode)
      ? ['edit-relations']
      : null,
};

/** What the reviewing bureau may do with a unit's registration. */
export type UnitAbility = 'approve' | 'return' | 'edit-relations';

/**
 * A unit registration is the reviewing bureau's: it approves or returns a pending one, and keeps
 * the unit's relations. Anyone else is told the unit does not exist. The scope is the region
 * prefix the review list is filtered by; null when the actor reviews none.
 */
export const unitRegistrationPolicy: RecordPolicy<Unit, UnitAbility, string | null> = {
  scopeOf: (actor) => (hasPermission(actor, 'units.review') ? regionPrefix(actor.jurisdictionCode) : null),
  abilitiesOf(actor, unit) {
    if (!reviewsUnitIn(actor, unit.jurisdictionCode)) return null;
    const abilities: UnitAbility[] = unit.status === 'pending' ? ['approve', 'return'] : [];
    if (unitRelationsPolicy.abilitiesOf(actor, unit)) abilities.push('edit-relations');
    return abilities;
  },
};

/** What the actor may do with a unit as the API states it (its `actions` field), from its abilities. */
export interface UnitActions {
  approve: boolean;
  return: boolean;
  /** Change the competent department and, for an agency, its dispatch relations. */
  editRelations: boolean;
}

export function unitActionsOf(abilities: readonly UnitAbility[]): UnitActions {
  return {
    approve: abilities.includes('approve'),
    return: abilities.includes('return'),
    editRelations: abilities.includes('edit-relations'),
  };
}

/** Refuses a unit whose relations the actor does not keep: to them it does not exist. */
export function requireKeepsRelations(actor: Actor, unit: Unit | undefined): void {
  requireAbility(unit ? unitRelationsPolicy.abilitiesOf(actor, unit) : null, 'edit-relations', {
    hidden: () => notFound('单位'),
    refused: () => notFound('单位'),
  });
}
