import type { Permission, Role } from '../api/auth';
import type { EmployerKind, OrganisationKind } from '../api/organisations';
import type { LevelCode } from '../api/reference';
import type { UserStatus } from '../api/users';

/** Role names as DOMAIN.md §1 gives them; the order is the order roles are listed in the UI. */
export const roleNames: Record<Role, string> = {
  applicant: '专业技术人员',
  employer: '用人单位',
  dispatcher: '劳务派遣单位',
  department: '主管部门',
  hr: '人社部门',
  'committee-office': '评委会办事机构',
  expert: '评审专家',
  supervisor: '监管',
  admin: '系统管理员',
};

export const roleOptions = (Object.keys(roleNames) as Role[]).map((role) => ({
  value: role,
  label: roleNames[role],
}));

export const permissionNames: Record<Permission, string> = {
  'users.manage': '用户管理',
  'organisations.manage': '单位管理',
  'calendar.edit': '工作日历维护',
  'people.stats': '人员统计',
};

export const organisationKindNames: Record<OrganisationKind, string> = {
  employer: '用人单位',
  'hr-bureau': '人社部门',
  department: '主管部门',
  'committee-office': '评委会办事机构',
  'dispatch-agency': '劳务派遣单位',
  other: '其他',
};

export const organisationKindOptions = (Object.keys(organisationKindNames) as OrganisationKind[]).map(
  (kind) => ({ value: kind, label: organisationKindNames[kind] }),
);

export const employerKindNames: Record<EmployerKind, string> = {
  'public-institution': '事业单位',
  'state-enterprise': '国有企业',
  'private-enterprise': '民营企业',
  government: '机关',
  military: '部队',
  other: '其他',
};

export const employerKindOptions = (Object.keys(employerKindNames) as EmployerKind[]).map((kind) => ({
  value: kind,
  label: employerKindNames[kind],
}));

export const userStatusNames: Record<UserStatus, string> = {
  active: '正常',
  disabled: '已停用',
};

export const userStatusOptions = (Object.keys(userStatusNames) as UserStatus[]).map((status) => ({
  value: status,
  label: userStatusNames[status],
}));

/** Title levels from the highest down, the order every table and chart uses. */
export const levelOrder: LevelCode[] = ['senior', 'associate-senior', 'intermediate', 'assistant', 'entry'];

export const levelNames: Record<LevelCode, string> = {
  senior: '正高级',
  'associate-senior': '副高级',
  intermediate: '中级',
  assistant: '助理级',
  entry: '员级',
};

/** Looks a code up in a name table, showing the raw code rather than nothing if the server sends a new one. */
export function nameOf<K extends string>(table: Record<K, string>, code: string | null | undefined): string {
  if (!code) return '—';
  return (table as Record<string, string>)[code] ?? code;
}
