import type { Actor } from '../../domain/access/actor';
import { type CommitteeAccessFacts, sessionAccess } from '../review/review.policy';

/** Who keeps the expert pool at all (DESIGN rule 4): the committee offices and the HR bureaus. */
export function keepsExperts(actor: Actor): boolean {
  return actor.roles.includes('committee-office') || actor.roles.includes('hr');
}

/**
 * A committee's yearly pool is the committee's as its sessions are: its office adjusts it,
 * the HR bureau and the supervisor of its region read it, nobody else sees it.
 */
export function poolAccess(actor: Actor, committee: CommitteeAccessFacts): 'manage' | 'read' | null {
  return sessionAccess(actor, committee);
}
