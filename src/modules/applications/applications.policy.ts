import type { SQL } from 'drizzle-orm';
import type { ApplicationRecord } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import type { RecordPolicy } from '../../domain/access/record-policy';
import type { Role } from '../../domain/access/roles';
import { isWithinRegion } from '../../domain/regions';
import type { ApplicationState } from '../../domain/workflow/application-states';
import { eventsFor } from '../../domain/workflow/application-workflow';

/**
 * An application as its policy judges it: the row, and the two facts the relation needs that
 * the row does not hold.
 */
export type ApplicationAccessRecord = ApplicationRecord & {
  /** The person the acting account belongs to, when it is an applicant's (else null). */
  actorPersonId: string | null;
  /** The organisation running the committee the application is routed to, if any. */
  committeeOfficeId: string | null;
};

/** A workflow event the actor may fire on the application now, with its name for the button. */
export interface ApplicationAction {
  event: string;
  name: string;
}

// Who may see an application is a condition on the query, so it is built where queries are.
import { scopeCondition } from './application-scope.repository';

export { scopeCondition };

/**
 * The roles in which the actor stands in relation to this application: an employer's staff
 * act as `employer` only on their own unit's applications. Transitions are decided with these
 * roles, so a user with several roles cannot borrow one from another record.
 */
export function rolesOnRecord(actor: Actor, app: ApplicationAccessRecord): Role[] {
  const org = actor.organisationId;
  return actor.roles.filter((role) => {
    if (role !== 'applicant' && app.state === 'draft') return false;
    switch (role) {
      case 'applicant':
        return app.actorPersonId !== null && app.actorPersonId === app.personId;
      case 'employer':
        return org !== null && org === app.employerId;
      case 'dispatcher':
        return org !== null && org === app.dispatchAgencyId;
      case 'department':
        return org !== null && org === app.departmentId;
      case 'committee-office':
        return org !== null && org === app.committeeOfficeId;
      case 'hr':
      case 'supervisor':
        return isWithinRegion(app.jurisdictionCode, actor.jurisdictionCode);
      default:
        return false;
    }
  });
}

/**
 * Applications' one policy: visible are those in `scopeCondition`; the abilities are the
 * workflow events the actor's roles on this record may fire from its state (the review
 * session's own steps are the console's, not the record's). No roles on it: not theirs to see.
 */
export const applicationPolicy: RecordPolicy<ApplicationAccessRecord, ApplicationAction, SQL | undefined> = {
  scopeOf: scopeCondition,
  abilitiesOf(actor, record) {
    const roles = rolesOnRecord(actor, record);
    return roles.length === 0 ? null : eventsFor(record.state as ApplicationState, roles);
  },
};

/** What the caller may do with the list of applications as a whole. */
export interface ApplicationListAction {
  action: 'notices-pdf';
  name: string;
}

/**
 * The list's own abilities: a unit or a dispatch agency publishes its applications' notices
 * (单位公示, 派遣单位公示), and so may print the 公示表 of those on notice now.
 */
export function listAbilitiesOf(actor: Actor): ApplicationListAction[] {
  const publishes = actor.roles.includes('employer') || actor.roles.includes('dispatcher');
  return publishes ? [{ action: 'notices-pdf', name: '公示表PDF' }] : [];
}

/**
 * Whether the actor handles the objections raised against a notice the organisation published:
 * the publisher (the unit, the agency, or for the results the committee office) acting in that
 * role on this application. Only they see a complainant's name and contact, and resolve it.
 */
export function handlesObjections(
  actor: Actor,
  record: ApplicationAccessRecord,
  publisherId: string,
): boolean {
  if (publisherId !== actor.organisationId) return false;
  const roles = rolesOnRecord(actor, record);
  return roles.includes('employer') || roles.includes('dispatcher') || roles.includes('committee-office');
}
