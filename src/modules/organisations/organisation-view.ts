import type { OrganisationRecord } from '../../db/schema';
import type { UnitStatus } from '../../domain/accounts/employment-relation';
import { UNIT_STATUSES } from '../../domain/accounts/employment-relation';
import type { EmployerKind, OrganisationKind } from '../../domain/organisations/organisation-kinds';
import { EMPLOYER_KINDS, ORGANISATION_KINDS } from '../../domain/organisations/organisation-kinds';
import { findRegion } from '../../domain/regions';
import type { ExcelColumn } from '../../platform/excel';

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

/** The columns of the 机构 一览表. */
export const ORGANISATION_COLUMNS: ExcelColumn<OrganisationView>[] = [
  { header: '机构名称', width: 36, value: (o) => o.name },
  { header: '类型', value: (o) => ORGANISATION_KINDS[o.kind as OrganisationKind] ?? o.kind },
  {
    header: '单位性质',
    value: (o) => (o.employerKind ? EMPLOYER_KINDS[o.employerKind as EmployerKind] : ''),
  },
  { header: '统一社会信用代码', width: 22, value: (o) => o.creditCode },
  { header: '所在地区', value: (o) => o.jurisdiction.name },
  { header: '行政区划代码', value: (o) => o.jurisdiction.code },
  { header: '状态', value: (o) => UNIT_STATUSES[o.status as UnitStatus] ?? o.status },
  { header: '主管部门', width: 30, value: (o) => o.department?.name ?? '' },
];
