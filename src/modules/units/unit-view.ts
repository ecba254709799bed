import type { DispatchRelationRecord, OrganisationRecord } from '../../db/schema';
import { UNIT_STATUSES, type UnitStatus } from '../../domain/accounts/employment-relation';
import {
  DISPATCH_RELATION_STATUSES,
  type DispatchRelationStatus,
} from '../../domain/organisations/unit-registration';
import { type DepartmentRef, organisationView } from '../organisations';

/** What the actor may do with a unit, sent with it so the page offers exactly that (DESIGN rule 4). */
export interface UnitActions {
  approve: boolean;
  return: boolean;
  /** Change the competent department and, for an agency, its dispatch relations. */
  editRelations: boolean;
}

/** A unit as the HR bureau's review list shows it. */
export function unitRowView(row: OrganisationRecord, department: DepartmentRef | null, actions: UnitActions) {
  return {
    ...organisationView(row, department),
    statusName: UNIT_STATUSES[row.status as UnitStatus] ?? row.status,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    reviewNote: row.reviewNote,
    actions,
  };
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

export type UnitRowView = ReturnType<typeof unitRowView>;
export type DispatchRelationView = ReturnType<typeof dispatchRelationView>;
