import type { Actor } from '../../domain/access/actor';

/** Who publishes each kind of notice, and so handles its objections. */
const PUBLISHER_ROLE = { unit: 'employer', dispatch: 'dispatcher', result: 'committee-office' } as const;

/** The role that publishes a notice of this kind (a unit's, when the kind is unknown). */
export function publisherRoleOf(kind: string) {
  return PUBLISHER_ROLE[kind as keyof typeof PUBLISHER_ROLE] ?? 'employer';
}

/**
 * Whether the actor handles an objection (DESIGN rule 4): the organisation that published the
 * notice, acting in the role that publishes notices of its kind. Anyone else is told "not found".
 */
export function handlesObjection(
  actor: Actor,
  notice: { noticeKind: string; noticeOrganisationId: string },
): boolean {
  return (
    notice.noticeOrganisationId === actor.organisationId &&
    actor.roles.includes(publisherRoleOf(notice.noticeKind))
  );
}
