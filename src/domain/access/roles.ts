/** The roles of DOMAIN §1, with the names users see. */
export const ROLES = {
  applicant: '专业技术人员',
  employer: '用人单位',
  dispatcher: '劳务派遣单位',
  department: '主管部门',
  hr: '人社部门',
  'committee-office': '评委会办事机构',
  expert: '评审专家',
  supervisor: '监管',
  admin: '系统管理员',
} as const;

export type Role = keyof typeof ROLES;

export const ROLE_CODES = Object.keys(ROLES) as Role[];

export function isRole(value: string): value is Role {
  return Object.hasOwn(ROLES, value);
}

export function roleName(role: Role): string {
  return ROLES[role];
}

/**
 * The roles that review applications somewhere along the pre-review chain, or oversee them: the
 * server admits them to the reviewers' routes, the web shows them the reviewers' pages.
 */
export const APPLICATION_REVIEWER_ROLES = [
  'employer',
  'dispatcher',
  'department',
  'hr',
  'committee-office',
  'supervisor',
] as const satisfies readonly Role[];
