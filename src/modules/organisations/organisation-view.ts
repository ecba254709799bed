import type { OrganisationRecord } from '../../db/schema';
import type { UnitStatus } from '../../domain/accounts/employment-relation';
import type { EmployerKind, OrganisationKind } from '../../domain/organisations/organisation-kinds';
import { findRegion } from '../../domain/regions';

/** A competent department as an organisation view names it. */
export interface DepartmentRef {
  id: string;
  name: string;
}

/**
 * The shape every client sees for an organisation: with its review status, its competent
 * department (主管部门) and, for a registered unit, its address and contact (phone masked).
 */
export function organisationView(row: OrganisationRecord, department: DepartmentRef | null = null) {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as OrganisationKind,
    creditCode: row.creditCode,
    employerKind: row.employerKind as EmployerKind | null,
    jurisdiction: {
      code: row.jurisdictionCode,
      name: findRegion(row.jurisdictionCode)?.name ?? row.jurisdictionCode,
    },
    status: row.status as UnitStatus,
    department,
    address: row.address,
    contact: row.contactName ? { name: row.contactName, phoneMasked: row.contactPhoneMasked } : null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Views of many organisations, each with its department from `departments` (keyed by id). */
export function organisationViews(
  rows: readonly OrganisationRecord[],
  departments: ReadonlyMap<string, DepartmentRef>,
) {
  return rows.map((row) =>
    organisationView(row, row.departmentId ? (departments.get(row.departmentId) ?? null) : null),
  );
}

export type OrganisationView = ReturnType<typeof organisationView>;
