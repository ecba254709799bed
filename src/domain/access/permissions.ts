import type { Role } from './roles';

/**
 * What a role may do, as named capabilities. Routes declare the permission they need and
 * the web shows a menu item only for a permission the user has, so both read this table.
 */
export const PERMISSIONS = {
  'users.manage': '管理用户账号',
  'organisations.manage': '管理机构',
  'calendar.edit': '维护节假日安排',
  'people.stats': '查看本辖区（本单位）专业技术人员统计',
  'policies.browse': '查阅政策规则库及政策集对比',
  'deadlines.manage': '查看和重试后台期限任务',
  'staff.bind': '确认或拒绝本单位人员的绑定申请，批量登记本单位人员',
  'units.review': '审核本辖区单位注册，维护单位的主管部门和派遣关系',
  'bindings.unlink': '解除错误的人员与单位绑定',
  'posts.plan': '编制和报送本单位岗位设置方案，查看本单位岗位情况',
  'posts.review': '审核所属单位的岗位设置方案，查看所属单位岗位情况',
  'posts.approve': '审批本级单位的岗位设置方案，查看本辖区单位岗位情况',
} as const;

export type Permission = keyof typeof PERMISSIONS;

const GRANTS: Record<Role, readonly Permission[]> = {
  applicant: [],
  employer: ['people.stats', 'staff.bind', 'posts.plan'],
  dispatcher: ['people.stats'],
  department: ['people.stats', 'posts.review'],
  hr: ['people.stats', 'policies.browse', 'units.review', 'posts.approve'],
  'committee-office': ['policies.browse'],
  expert: [],
  supervisor: ['people.stats', 'policies.browse'],
  admin: [
    'users.manage',
    'organisations.manage',
    'calendar.edit',
    'people.stats',
    'policies.browse',
    'deadlines.manage',
    'bindings.unlink',
  ],
};

/** The union of the permissions of the given roles, in a stable order. */
export function permissionsOf(roles: readonly Role[]): Permission[] {
  const granted = new Set(roles.flatMap((role) => GRANTS[role]));
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => granted.has(p));
}
