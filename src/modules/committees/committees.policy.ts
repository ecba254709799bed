import type { Actor } from '../../domain/access/actor';
import { isWithinRegion } from '../../domain/regions';

/**
 * Who may do what with the committee registry and self-review (DESIGN rule 4): the rules are
 * stated here, once; the services ask them and refuse with their own words.
 */

/** The HR bureau of the region approves and supervises the committees sitting in it. */
export function registersCommitteesIn(actor: Actor, regionCode: string): boolean {
  return actor.roles.includes('hr') && isWithinRegion(regionCode, actor.jurisdictionCode);
}

/** An employer (with its unit) asks to review its own staff. */
export function mayApplySelfReview(actor: Actor): actor is Actor & { organisationId: string } {
  return actor.roles.includes('employer') && actor.organisationId !== null;
}

/**
 * Which self-review applications the actor reads: an HR bureau those of units in its
 * jurisdiction, an employer its own; anyone else none (null).
 */
export function selfReviewScopeOf(
  actor: Actor,
): { jurisdictionCode: string } | { organisationId: string | null } | null {
  if (actor.roles.includes('hr')) return { jurisdictionCode: actor.jurisdictionCode };
  if (actor.roles.includes('employer')) return { organisationId: actor.organisationId };
  return null;
}
