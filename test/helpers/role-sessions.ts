import { permissionsOf } from '../../src/domain/access/permissions';
import type { Role } from '../../src/domain/access/roles';
import type { Access } from '../../src/http/access';
import type { ApplicationWorld } from './application-world';
import { createUser, login, type Session } from './factories';
import type { TestApp } from './test-app';

/**
 * One logged-in session for each role of DOMAIN §1, taken from an application world: by
 * default users outside the world's application chain (another applicant, another employer,
 * the HR bureau of another city), so a test sees what a role may do, not what its scope allows.
 * `chosen` replaces the session of any role, e.g. with the chain's own employer.
 */
export async function sessionsOfEveryRole(
  t: TestApp,
  w: ApplicationWorld,
  chosen: Partial<Record<Role, Session>> = {},
): Promise<Map<Role, Session>> {
  const sessions = new Map<Role, Session>();
  sessions.set('applicant', chosen.applicant ?? (await w.applicant(w.orgs.employer.id)).session);
  sessions.set('employer', chosen.employer ?? w.sessions.otherEmployer);
  sessions.set('dispatcher', chosen.dispatcher ?? w.sessions.dispatcher);
  sessions.set('department', chosen.department ?? w.sessions.department);
  sessions.set('hr', chosen.hr ?? w.sessions.liaoyangHr);
  sessions.set('committee-office', chosen['committee-office'] ?? w.sessions.cityOffice);
  sessions.set('supervisor', chosen.supervisor ?? w.sessions.supervisor);
  sessions.set('admin', chosen.admin ?? w.sessions.admin);
  if (chosen.expert) sessions.set('expert', chosen.expert);
  else {
    const expert = await createUser(t.database.db, {
      roles: ['expert'],
      organisationId: w.orgs.withDepartment.id,
    });
    sessions.set('expert', await login(t.app, expert.username));
  }
  return sessions;
}

/** Whether a user with only `role` gets past a route's declared access (what the matrix expects). */
export function passesAccessGate(access: Access, role: Role): boolean {
  if ('public' in access || 'authenticated' in access) return true;
  // The local operator's routes admit no user account at all.
  if ('operator' in access) return false;
  if ('permission' in access) return permissionsOf([role]).includes(access.permission);
  return access.roles.includes(role);
}
