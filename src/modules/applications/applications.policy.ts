import { and, eq, inArray, like, ne, or, type SQL, sql } from 'drizzle-orm';
import type { ApplicationRecord } from '../../db/schema';
import { applications, committees, users } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import type { Role } from '../../domain/access/roles';
import { isWithinRegion, regionPrefix } from '../../domain/regions';

/**
 * Who may see an application (DESIGN rule 4), by the relation between the actor's role and
 * the record: the applicant their own (drafts included); a unit the applications it reviews;
 * the HR bureau and the supervisor those in their jurisdiction; a committee office those
 * routed to its committees — none of them a draft. Everyone else is told "not found".
 */
export function scopeCondition(actor: Actor): SQL | undefined {
  const parts: SQL[] = [];
  let own: SQL | undefined;
  const org = actor.organisationId;
  for (const role of actor.roles) {
    if (role === 'applicant')
      own = sql`${applications.personId} = (select ${users.personId} from ${users} where ${users.id} = ${actor.userId})`;
    if (!org) continue;
    if (role === 'employer') parts.push(eq(applications.employerId, org));
    if (role === 'dispatcher') parts.push(eq(applications.dispatchAgencyId, org));
    if (role === 'department') parts.push(eq(applications.departmentId, org));
    if (role === 'committee-office')
      parts.push(
        inArray(
          applications.committeeId,
          sql`(select ${committees.id} from ${committees} where ${committees.officeOrganisationId} = ${org})`,
        ),
      );
  }
  if (actor.roles.includes('hr') || actor.roles.includes('supervisor'))
    parts.push(like(applications.jurisdictionCode, `${regionPrefix(actor.jurisdictionCode)}%`));
  // A draft is the applicant's own until it is submitted: no reviewer sees it.
  const reviewing = parts.length > 0 ? and(ne(applications.state, 'draft'), or(...parts)) : undefined;
  if (own && reviewing) return or(own, reviewing);
  return own ?? reviewing;
}

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
