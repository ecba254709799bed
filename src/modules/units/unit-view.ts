import type { DispatchRelationRecord, OrganisationRecord } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import { presentAll } from '../../domain/access/record-policy';
import { UNIT_STATUSES, type UnitStatus } from '../../domain/accounts/employment-relation';
import {
  DISPATCH_RELATION_STATUSES,
  type DispatchRelationStatus,
} from '../../domain/organisations/unit-registration';
import { type DepartmentRef, organisationView } from '../organisations';
import { unitActionsOf, unitRegistrationPolicy } from './units.policy';

/** A unit as the HR bureau's review list shows it, with its competent department from `departments`. */
function unitRowView(row: OrganisationRecord, departments: ReadonlyMap<string, DepartmentRef>) {
  const department = row.departmentId ? (departments.get(row.departmentId) ?? null) : null;
  return {
    ...organisationView(row, department),
    statusName: UNIT_STATUSES[row.status as UnitStatus] ?? row.status,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    reviewNote: row.reviewNote,
  };
}

/**
 * The units the actor reviews, each with what the actor may do with it, sent so the page offers
 * exactly that (DESIGN rule 4); the API states the abilities as flags.
 */
export function presentUnits(
  actor: Actor,
  rows: readonly OrganisationRecord[],
  departments: ReadonlyMap<string, DepartmentRef>,
) {
  return presentAll(unitRegistrationPolicy, actor, rows, (row: OrganisationRecord) =>
    unitRowView(row, departments),
  ).map((unit) => ({ ...unit, actions: unitActionsOf(unit.actions) }));
}

/** One dispatch relation of an agency, with the unit it sends staff to. */
export function dispatchRelationView(
  relation: DispatchRelationRecord,
  unit: { id: string; name: string; creditCode: string },
) {
  return {
    id: relation.id,
    unit: { id: unit.id, name: unit.name, creditCode: unit.creditCode },
    status: relation.status as DispatchRelationStatus,
    statusName: DISPATCH_RELATION_STATUSES[relation.status as DispatchRelationStatus] ?? relation.status,
    createdAt: relation.createdAt.toISOString(),
    decidedAt: relation.decidedAt?.toISOString() ?? null,
  };
}

export type UnitRowView = ReturnType<typeof presentUnits>[number];
export type DispatchRelationView = ReturnType<typeof dispatchRelationView>;
