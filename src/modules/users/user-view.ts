import type { OrganisationRecord, UserRecord } from '../../db/schema';
import { permissionsOf } from '../../domain/access/permissions';
import { isRole, ROLES } from '../../domain/access/roles';
import { shanghaiTime } from '../../domain/calendar/shanghai-time';
import { findRegion, regionFullName } from '../../domain/regions';
import type { ExcelColumn } from '../../platform/excel';

function jurisdictionOf(code: string) {
  return { code, name: findRegion(code)?.name ?? code, fullName: regionFullName(code) ?? code };
}

/**
 * The professional an account belongs to, as the admin sees it: name and masked ID number only, and
 * the unit they are bound to now (with the binding, which the admin may unlink).
 */
export interface LinkedPerson {
  id: string;
  name: string;
  idNumberMasked: string;
  currentUnit: { bindingId: string; organisationId: string; name: string } | null;
}

/** A user as the admin pages list it. */
export function userRowView(
  user: UserRecord,
  organisation: OrganisationRecord | undefined,
  person: LinkedPerson | null = null,
) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles.filter(isRole),
    organisation: organisation ? { id: organisation.id, name: organisation.name } : null,
    jurisdiction: {
      code: user.jurisdictionCode,
      name: findRegion(user.jurisdictionCode)?.name ?? user.jurisdictionCode,
    },
    status: user.status as 'active' | 'disabled' | 'pending',
    lockedUntil: user.lockedUntil?.toISOString() ?? null,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    person,
    phoneMasked: user.phoneMasked,
    mustChangePassword: user.mustChangePassword,
  };
}

/** The logged-in user as the web shell needs it: who, what they may do, where. */
export function meView(user: UserRecord, organisation: OrganisationRecord | undefined) {
  const roles = user.roles.filter(isRole);
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles,
    permissions: permissionsOf(roles),
    organisation: organisation
      ? {
          id: organisation.id,
          name: organisation.name,
          kind: organisation.kind,
          // The web hides pages a unit of this kind has no use for (岗位设置 outside public institutions).
          employerKind: organisation.employerKind,
        }
      : null,
    jurisdiction: jurisdictionOf(user.jurisdictionCode),
    mustChangePassword: user.mustChangePassword,
    phoneMasked: user.phoneMasked,
  };
}

export type UserRowView = ReturnType<typeof userRowView>;
export type MeView = ReturnType<typeof meView>;

/** The columns of the 用户 一览表. */
export const USER_COLUMNS: ExcelColumn<UserRowView>[] = [
  { header: '用户名', value: (u) => u.username },
  { header: '姓名', value: (u) => u.displayName },
  { header: '角色', width: 24, value: (u) => u.roles.map((r) => ROLES[r]).join('、') },
  { header: '所属机构', width: 32, value: (u) => u.organisation?.name ?? '' },
  { header: '辖区', value: (u) => u.jurisdiction.name },
  { header: '状态', value: (u) => ({ active: '正常', disabled: '停用', pending: '待审核' })[u.status] },
  { header: '最近登录', width: 20, value: (u) => shanghaiTime(u.lastLoginAt) },
  { header: '创建时间', width: 20, value: (u) => shanghaiTime(u.createdAt) },
];
