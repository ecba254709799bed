// Names come from the domain modules (pure TypeScript, no I/O), so the UI and the server never word a
// role, kind or level differently.

import { ROLES } from '../../../src/domain/access/roles';
import { UNIT_STATUSES } from '../../../src/domain/accounts/employment-relation';
import { ATTACHMENT_KINDS, ATTACHMENT_TYPES } from '../../../src/domain/attachments/file-type';
import { LEVEL_NAMES, LEVELS } from '../../../src/domain/catalogue/levels';
import { EMPLOYER_KINDS, ORGANISATION_KINDS } from '../../../src/domain/organisations/organisation-kinds';
import type { AttachmentKind } from '../api/attachments';
import type { Permission, Role } from '../api/auth';
import type { EmployerKind, OrganisationKind, UnitStatus } from '../api/organisations';
import type { LevelCode } from '../api/reference';
import type { UserStatus } from '../api/users';

/** Role names as DOMAIN.md §1 gives them; the order is the order roles are listed in the UI. */
export const roleNames: Record<Role, string> = ROLES;

export const roleOptions = optionsOf(roleNames);

/** Short names for the UI's menus; the domain's own descriptions are longer sentences. */
export const permissionNames: Record<Permission, string> = {
  'users.manage': '用户管理',
  'organisations.manage': '单位管理',
  'calendar.edit': '工作日历维护',
  'people.stats': '人员统计',
  'policies.browse': '政策规则浏览',
  'deadlines.manage': '后台任务',
  'staff.bind': '人员绑定',
  'units.review': '单位注册审核',
  'bindings.unlink': '解除绑定',
  'posts.plan': '岗位设置',
  'posts.review': '岗位设置审核',
  'posts.approve': '岗位设置审批',
};

export const organisationKindNames: Record<OrganisationKind, string> = ORGANISATION_KINDS;

export const organisationKindOptions = optionsOf(organisationKindNames);

/** The kinds that register themselves (单位注册), as the registration form and its review list offer them. */
export const registrableKindOptions = organisationKindOptions.filter(
  (option) => option.value === 'employer' || option.value === 'dispatch-agency',
);

export const employerKindNames: Record<EmployerKind, string> = EMPLOYER_KINDS;

export const employerKindOptions = optionsOf(employerKindNames);

/** An account: active green, disabled grey, waiting for its unit's review orange. */
export const { names: userStatusNames, colours: userStatusColours } = statusTable<UserStatus>({
  active: ['正常', 'green'],
  disabled: ['已停用', 'default'],
  pending: ['待审核', 'orange'],
});

export const userStatusOptions = optionsOf(userStatusNames);

/** A unit's review status (单位注册): 待审核, 已通过, 已退回. */
export const unitStatusNames: Record<UnitStatus, string> = UNIT_STATUSES;

export const unitStatusOptions = optionsOf(unitStatusNames);

/** Title levels from the highest down, the order every table and chart uses. */
export const levelOrder: LevelCode[] = [...LEVELS];

export const levelNames: Record<LevelCode, string> = LEVEL_NAMES;

export const attachmentKindNames: Record<AttachmentKind, string> = ATTACHMENT_KINDS;

export const attachmentKindOptions = optionsOf(attachmentKindNames);

/** `application/pdf` → `PDF`: the short names the server also uses in its messages. */
export const attachmentTypeNames: Record<string, string> = Object.fromEntries(
  Object.entries(ATTACHMENT_TYPES).map(([contentType, type]) => [contentType, type.name]),
);

/** A code → name table as Select options, in the table's order. */
export function optionsOf<K extends string>(names: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(names) as K[]).map((value) => ({ value, label: names[value] }));
}

/**
 * A status table with each status's name and antd tag colour on one row, split into the two lookups the
 * tags and filters read, so a status never gets a name without a colour.
 */
export function statusTable<K extends string>(
  rows: Record<K, readonly [name: string, colour: string]>,
): { names: Record<K, string>; colours: Record<K, string> } {
  const entries = Object.entries(rows) as [K, readonly [string, string]][];
  return {
    names: Object.fromEntries(entries.map(([status, [name]]) => [status, name])) as Record<K, string>,
    colours: Object.fromEntries(entries.map(([status, [, colour]]) => [status, colour])) as Record<K, string>,
  };
}

/** Looks a code up in a name table, showing the raw code rather than nothing if the server sends a new one. */
export function nameOf<K extends string>(table: Record<K, string>, code: string | null | undefined): string {
  if (!code) return '—';
  return (table as Record<string, string>)[code] ?? code;
}
