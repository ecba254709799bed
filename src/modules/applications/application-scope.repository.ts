import { and, eq, inArray, like, ne, or, type SQL, sql } from 'drizzle-orm';
import { applications, committees, users } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import { regionPrefix } from '../../domain/regions';

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
