import type { Actor } from '../../domain/access/actor';
import { AppError, invalidInput } from '../../domain/errors';
import { parameterValue } from '../../domain/policy/parameter-values';
import { checkQuorum } from '../../domain/review/quorum';
import { shareOfRatio } from '../../domain/review/share';
import { policyForPlace } from '../policy';
import { createBallotBox } from './ballot-box';
import * as repo from './review.repository';
import type { ReviewDeps } from './review-sessions.service';
import { advanceSession } from './session-advance';
import { loadManagedSession } from './session-context';

/**
 * The meeting itself: the roll call and quorum that open the single round of voting, and its
 * close. Alternates sit only in place of absent members, so never more experts vote than the
 * panel has seats.
 */
export function createSessionVoting(deps: Pick<ReviewDeps, 'db' | 'clock' | 'audit' | 'cipher'>) {
  const { db, clock, audit } = deps;
  const ballotBox = createBallotBox(deps);
  return {
    async openVoting(actor: Actor, id: string, input: { present: string[] }) {
      const { session, committee } = await loadManagedSession(db, actor, id, 'open-voting');
      const seats = (await repo.seatsOf(db, session.id)).map(({ seat }) => seat);
      const present = new Set(input.present);
      const unknown = input.present.filter((expertId) => !seats.some((seat) => seat.expertId === expertId));
      if (unknown.length > 0)
        throw invalidInput([{ path: 'present', message: '名单中有不属于本次会议专家组的人员' }]);
      // Quorum and substitution are judged on the main panel; the green channel's 3 sit apart.
      const panel = seats.filter((seat) => !seat.greenChannel);
      const members = panel.filter((seat) => seat.role === 'member');
      const presentMembers = members.filter((seat) => present.has(seat.expertId)).length;
      const presentAlternates = panel.filter(
        (seat) => seat.role === 'alternate' && present.has(seat.expertId),
      ).length;
      if (presentAlternates > members.length - presentMembers)
        throw invalidInput([
          {
            path: 'present',
            message: `替补专家只能顶替缺席的委员：缺席${members.length - presentMembers}人，到会替补${presentAlternates}人`,
          },
        ]);
      const quorum = checkQuorum(
        members.length,
        presentMembers + presentAlternates,
        shareOfRatio(
          parameterValue(policyForPlace(committee.regionCode, session.heldOn), 'vote.quorumShare'),
        ),
      );
      if (!quorum.ok) throw new AppError('unprocessable', 'QUORUM_NOT_MET', quorum.message);
      const now = clock.now();
      return db.transaction(async (tx) => {
        await advanceSession(tx, actor, session, 'open-voting', {
          votingOpenedAt: now,
          ballotSalt: ballotBox.newSalt(),
          quorumRequired: quorum.required,
          attending: presentMembers + presentAlternates,
        });
        await repo.recordAttendance(tx, session.id, [...present]);
        await audit.record(tx, actor.userId, {
          action: 'session.voting-opened',
          entityType: 'review-session',
          entityId: session.id,
          data: {
            members: members.length,
            attending: presentMembers + presentAlternates,
            quorumRequired: quorum.required,
            present: [...present].sort(),
          },
        });
        return { attending: presentMembers + presentAlternates, quorumRequired: quorum.required };
      });
    },

    /**
     * Closes the single round: no ballot is taken after this, and there is no second round.
     * The ballot box is opened and counted in the same transaction, and the salt erased.
     */
    async closeVoting(actor: Actor, id: string) {
      const { session } = await loadManagedSession(db, actor, id, 'close-voting');
      const now = clock.now();
      const result = await db.transaction(async (tx) => {
        // The lock waits for ballots in flight (they hold the row FOR SHARE); later ones see the close.
        // The salt is the one read before: the version check makes sure no other round's replaced it.
        await advanceSession(tx, actor, session, 'close-voting', { votingClosedAt: now, ballotSalt: null });
        await ballotBox.count(tx, session.id, session.ballotSalt);
        const cast = (await repo.participationOf(tx, session.id)).length;
        await audit.record(tx, actor.userId, {
          action: 'session.voting-closed',
          entityType: 'review-session',
          entityId: session.id,
          data: { ballots: cast },
        });
        return { ballots: cast };
      });
      await ballotBox.vacuum(db);
      return result;
    },
  };
}

export type SessionVoting = ReturnType<typeof createSessionVoting>;
