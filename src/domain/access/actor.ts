import type { Permission } from './permissions';
import type { Role } from './roles';

/**
 * Who is acting (DESIGN rule 3): one value passed explicitly to every service call.
 * `jurisdictionCode` is a GB/T 2260 code; a jurisdiction contains its sub-regions.
 */
export interface Actor {
  userId: string;
  roles: Role[];
  permissions: Permission[];
  organisationId: string | null;
  jurisdictionCode: string;
}

export function hasPermission(actor: Actor, permission: Permission): boolean {
  return actor.permissions.includes(permission);
}
