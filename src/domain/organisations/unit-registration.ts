import { isWithinRegion, regionPath } from '../regions';

/**
 * Unit self-registration (单位注册, DOMAIN §14): which kinds of unit may register themselves, the
 * role of the account each opens, and the rules a registration's competent department and dispatch
 * relations must meet. HR bureaus, departments and committee offices are set up by administrators.
 */
export const REGISTRABLE_UNIT_KINDS = ['employer', 'dispatch-agency'] as const;
export type RegistrableUnitKind = (typeof REGISTRABLE_UNIT_KINDS)[number];

/** The role the unit's own administrator account acts in. */
export const UNIT_ADMIN_ROLE = {
  employer: 'employer',
  'dispatch-agency': 'dispatcher',
} as const satisfies Record<RegistrableUnitKind, string>;

/** The states of a dispatch relation (派遣关系): named at registration, approved with the agency by HR. */
export const DISPATCH_RELATION_STATUSES = {
  pending: '待审核',
  approved: '有效',
  ended: '已终止',
} as const;
export type DispatchRelationStatus = keyof typeof DISPATCH_RELATION_STATUSES;

/** The regions whose competent departments a unit of `regionCode` may answer to: its own and those above it. */
export function departmentRegions(regionCode: string): string[] {
  return regionPath(regionCode).map((r) => r.code);
}

/** What a unit is checked against when it is named as a department or a dispatch target. */
export interface UnitFacts {
  kind: string;
  status: string;
  jurisdictionCode: string;
}

/**
 * Why `department` cannot be the competent department (主管部门) of a unit in `unitRegion`, or
 * null when it can: an approved department of the unit's region or one above it (a city unit may
 * answer to a provincial department, never to another city's).
 */
export function departmentProblem(department: UnitFacts | undefined, unitRegion: string): string | null {
  if (department?.kind !== 'department') return '不是已登记的主管部门';
  if (department.status !== 'approved') return '该主管部门尚未通过审核';
  if (!isWithinRegion(unitRegion, department.jurisdictionCode)) return '该主管部门不管辖本单位所在地区';
  return null;
}

/** Why `unit` cannot be a unit a dispatch agency sends staff to, or null when it can: an approved employer. */
export function dispatchTargetProblem(unit: UnitFacts | undefined): string | null {
  if (unit?.kind !== 'employer') return '不是已登记的用人单位';
  if (unit.status !== 'approved') return '该用人单位尚未通过审核';
  return null;
}

/**
 * Why an account of a unit still under review cannot log in: its own code and a message saying
 * what to do, with the bureau's note when the registration was returned.
 */
export function unitLoginRefusal(unit: { status: string; reviewNote: string | null } | undefined): {
  code: string;
  message: string;
} {
  if (unit?.status === 'returned')
    return {
      code: 'UNIT_REGISTRATION_RETURNED',
      message: `单位注册已被退回：${unit.reviewNote ?? '请联系所在地人社部门'}。请按意见修改后，使用原联系人手机号重新提交单位注册。`,
    };
  return {
    code: 'UNIT_PENDING_REVIEW',
    message: '单位注册正在审核中，审核通过后将以短信通知，届时即可登录。如需查询进度，请联系所在地人社部门。',
  };
}
