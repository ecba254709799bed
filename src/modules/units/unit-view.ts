import type { DispatchRelationRecord, OrganisationRecord } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import { presentAll } from '../../domain/access/record-policy';
import { UNIT_STATUSES, type UnitStatus } from '../../domain/accounts/employment-relation';
import { shanghaiTime } from '../../domain/calendar/shanghai-time';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../domain/organisations/organisation-kinds';
import {
  DISPATCH_RELATION_STATUSES,
  type DispatchRelationStatus,
} from '../../domain/organisations/unit-registration';
import type { ExcelColumn } from '../../platform/excel';
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

/** The columns of the 单位注册 一览表. */
export const UNIT_COLUMNS: ExcelColumn<UnitRowView>[] = [
  { header: '单位名称', width: 36, value: (u) => u.name },
  { header: '类型', value: (u) => ORGANISATION_KINDS[u.kind as OrganisationKind] ?? u.kind },
  { header: '统一社会信用代码', width: 22, value: (u) => u.creditCode },
  { header: '所在地区', value: (u) => u.jurisdiction.name },
  { header: '主管部门', width: 30, value: (u) => u.department?.name ?? '' },
  { header: '单位地址', width: 36, value: (u) => u.address ?? '' },
  { header: '联系人', value: (u) => u.contact?.name ?? '' },
  { header: '联系电话', value: (u) => u.contact?.phoneMasked ?? '' },
  { header: '状态', value: (u) => u.statusName },
  { header: '注册时间', width: 20, value: (u) => shanghaiTime(u.createdAt) },
  { header: '审核时间', width: 20, value: (u) => shanghaiTime(u.reviewedAt) },
  { header: '审核意见', width: 36, value: (u) => u.reviewNote ?? '' },
];
