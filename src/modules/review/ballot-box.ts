import crypto from 'node:crypto';
import type { Db } from '../../db/client';
import { AppError } from '../../domain/errors';
import {
  type BallotChoice,
  ballotContent,
  readBallotContent,
  type Tally,
  tallyBallots,
} from '../../domain/review/sealed-ballot';
import { sessionAllows, stepRefused } from '../../domain/review/session-steps';
import type { FieldCipher } from '../../platform/crypto';
import * as box from './ballot-box.repository';
import * as repo from './review.repository';

/**
 * The secret ballot (无记名投票) against everyone, the database's readers included.
 *
 * Casting writes who voted (participation) and a sealed ballot — item and choice encrypted
 * under a key derived from the master secret and the round's salt — in the ballot's own
 * transaction; it touches no counter, so no transaction id, row version or commit order
 * pairs an expert with a choice. Closing opens every sealed ballot, adds the counts in one
 * statement ordered by item, empties the box and erases the salt, all in the close's
 * transaction; the box's freed pages are then vacuumed.
 */
export function createBallotBox(deps: { cipher: FieldCipher }) {
  const sealerOf = (sessionId: string, salt: string) => deps.cipher.forContext(`ballot/${sessionId}/${salt}`);
  return {
    /** A fresh salt for a round about to open. */
    newSalt: () => crypto.randomBytes(16).toString('hex'),

    /**
     * Casts inside `tx`; refuses a closed round and a second ballot. Whether the round is open
     * is read from the session row held in this transaction, whatever the caller checked before.
     */
    async cast(
      tx: Db,
      ballot: { sessionId: string; applicationId: string; expertId: string; choice: BallotChoice },
    ) {
      const session = await box.holdSessionForBallot(tx, ballot.sessionId);
      if (!session?.ballotSalt || !sessionAllows(session.status, 'vote'))
        throw stepRefused(session?.status ?? '', 'vote');
      const first = await repo.recordParticipation(tx, {
        sessionId: ballot.sessionId,
        applicationId: ballot.applicationId,
        expertId: ballot.expertId,
      });
      if (!first)
        throw new AppError(
          'conflict',
          'BALLOT_ALREADY_CAST',
          '您已对该申报投票；每人每项只投一票，不进行第二轮投票',
        );
      const seal = sealerOf(ballot.sessionId, session.ballotSalt).encrypt(
        ballotContent(ballot.applicationId, ballot.choice),
      );
      await box.insertSealedBallot(tx, ballot.sessionId, seal);
    },

    /**
     * Opens and counts the box inside the close's `tx` (which has already moved the session
     * out of voting and erases the salt). Every participation must have its sealed ballot.
     */
    async count(tx: Db, sessionId: string, salt: string | null): Promise<Tally[]> {
      const sealed = await box.sealedBallotsOf(tx, sessionId);
      const participation = await repo.participationOf(tx, sessionId);
      if (sealed.length > 0 && !salt) throw new Error(`表决轮次缺少密钥盐，无法开启票箱：${sessionId}`);
      const sealer = salt ? sealerOf(sessionId, salt) : null;
      const opened = sealed.map((b) => readBallotContent(sealer!.decrypt(b.seal)));
      // Ballots cast before sealing shipped were counted as cast; only newer ones are in the box.
      const countedBefore = (await repo.talliesOf(tx, sessionId)).reduce(
        (n, t) => n + t.agree + t.disagree + t.abstain,
        0,
      );
      if (opened.length + countedBefore !== participation.length)
        throw new Error(
          `票箱与投票记录不一致：密封选票${opened.length}张，已计票${countedBefore}张，投票记录${participation.length}条`,
        );
      const tallies = tallyBallots(opened);
      await box.addTallies(tx, sessionId, tallies);
      await box.emptyBallotBox(tx, sessionId);
      return tallies;
    },

    vacuum: box.vacuumBallotBox,
  };
}

export type BallotBox = ReturnType<typeof createBallotBox>;
