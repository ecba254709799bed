import type { CommitteeRecord } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import { isWithinRegion } from '../../domain/regions';

export type SessionAccess = 'manage' | 'read';

/**
 * Who may see a committee's sessions: its own office manages them; the HR bureau and the
 * supervisor of the committee's region read them. Everyone else is told "not found".
 * Experts reach their sessions only through the expert portal, which is blind.
 */
export function sessionAccess(
  actor: Actor,
  committee: Pick<CommitteeRecord, 'officeOrganisationId' | 'regionCode'>,
): SessionAccess | null {
  if (actor.roles.includes('committee-office') && actor.organisationId === committee.officeOrganisationId)
    return 'manage';
  if (
    (actor.roles.includes('hr') || actor.roles.includes('supervisor')) &&
    isWithinRegion(committee.regionCode, actor.jurisdictionCode)
  )
    return 'read';
  return null;
}
