import type { Actor } from '../../domain/access/actor';

/**
 * Who keeps the expert pool at all (DESIGN rule 4): the committee offices and the HR bureaus.
 * A committee's own pool follows its sessions' rule (`sessionAccess`): its office adjusts it.
 */
export function keepsExperts(actor: Actor): boolean {
  return actor.roles.includes('committee-office') || actor.roles.includes('hr');
}
