import type { CommitteeRecord } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import type { RecordPolicy } from '../../domain/access/record-policy';
import { isWithinRegion } from '../../domain/regions';
import type { SessionState } from '../../domain/review/session-states';
import { type OfferedStep, officeSteps } from '../../domain/review/session-steps';

export type SessionAccess = 'manage' | 'read';

/** What the session rules judge of a committee: who runs it and where it sits. */
export type CommitteeAccessFacts = Pick<CommitteeRecord, 'officeOrganisationId' | 'regionCode'>;

/**
 * Who may see a committee's sessions: its own office manages them; the HR bureau and the
 * supervisor of the committee's region read them. Everyone else is told "not found".
 * Experts reach their sessions only through the expert portal, which is blind.
 */
export function sessionAccess(actor: Actor, committee: CommitteeAccessFacts): SessionAccess | null {
  if (actor.roles.includes('committee-office') && actor.organisationId === committee.officeOrganisationId)
    return 'manage';
  if (
    (actor.roles.includes('hr') || actor.roles.includes('supervisor')) &&
    isWithinRegion(committee.regionCode, actor.jurisdictionCode)
  )
    return 'read';
  return null;
}

/** A review session as its policy judges it. */
export interface SessionAccessRecord {
  status: string;
  committee: CommitteeAccessFacts;
  /** Whether a 评聘结合 bonus applies to its agenda (`capBonusApplies`). */
  capAdjustable: boolean;
}

/** A step the actor may take on the session now, with its name for the button. */
export type SessionAction = OfferedStep;

/** The committees whose sessions the actor may see (the sessions' scope). */
export type CommitteeScope = (committee: CommitteeAccessFacts) => boolean;

/**
 * Review sessions' one policy: visible to their committee's office and, reading, to the HR
 * bureau and the supervisor of its region; the abilities are the office's steps the session's
 * stage allows now (the step table); readers may take none.
 */
export const sessionPolicy: RecordPolicy<SessionAccessRecord, SessionAction, CommitteeScope> = {
  scopeOf: (actor) => (committee) => sessionAccess(actor, committee) !== null,
  abilitiesOf(actor, record) {
    const access = sessionAccess(actor, record.committee);
    if (access === null) return null;
    return access === 'manage' ? officeSteps(record.status as SessionState, record.capAdjustable) : [];
  },
};
