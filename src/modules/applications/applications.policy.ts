import type { ApplicationRecord } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import type { Role } from '../../domain/access/roles';
import { isWithinRegion } from '../../domain/regions';

// Who may see an application is a condition on the query, so it is built where queries are.
export { scopeCondition } from './application-scope.repository';

/**
 * The roles in which the actor stands in relation to this application: an employer's staff
 * act as `employer` only on their own unit's applications. Transitions are decided with these
 * roles, so a user with several roles cannot borrow one from another record.
 */
export function rolesOnRecord(
  actor: Actor,
  app: ApplicationRecord,
  extra: { personId: string | null; committeeOfficeId: string | null },
): Role[] {
  const org = actor.organisationId;
  return actor.roles.filter((role) => {
    if (role !== 'applicant' && app.state === 'draft') return false;
    switch (role) {
      case 'applicant':
        return extra.personId !== null && extra.personId === app.personId;
      case 'employer':
        return org !== null && org === app.employerId;
      case 'dispatcher':
        return org !== null && org === app.dispatchAgencyId;
      case 'department':
        return org !== null && org === app.departmentId;
      case 'committee-office':
        return org !== null && org === extra.committeeOfficeId;
      case 'hr':
      case 'supervisor':
        return isWithinRegion(app.jurisdictionCode, actor.jurisdictionCode);
      default:
        return false;
    }
  });
}
