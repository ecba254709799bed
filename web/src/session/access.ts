import type { Me, Permission, Role } from '../api/auth';

export function hasPermission(me: Me, permission: Permission): boolean {
  return me.permissions.includes(permission);
}

export function hasRole(me: Me, role: Role): boolean {
  return me.roles.includes(role);
}
