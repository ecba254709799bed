import type { CommitteeRecord, ReviewSessionRecord } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import { notFound } from '../../domain/errors';
import { findCommittee } from '../committees';
import { drawSnapshotOf } from './draw-replay';
import * as repo from './review.repository';
import type { ReviewDeps } from './review-sessions.service';
import { loadSession } from './session-context';

/**
 * The draw as auditors receive it: the frozen pool snapshot and recusal inputs with their
 * published digests, and the drawn panel — for the committee office that ran it, and the HR
 * bureau and the supervisor of its region (review.policy.ts); anyone else is told "not found".
 */
export function createDrawAudit(deps: Pick<ReviewDeps, 'db'>) {
  const { db } = deps;

  async function snapshotOf(session: ReviewSessionRecord, committee: CommitteeRecord) {
    const seats = (await repo.seatsOf(db, session.id)).map(({ seat }) => seat);
    return {
      sessionName: session.name,
      committee: { id: committee.id, name: committee.name },
      ...drawSnapshotOf(session, seats),
    };
  }

  return {
    /** 专家库快照: what `zhiping review replay-draw` replays, for a user who may read the session. */
    async poolSnapshot(actor: Actor, sessionId: string) {
      const { session, committee } = await loadSession(db, actor, sessionId);
      return snapshotOf(session, committee);
    },

    /**
     * The same for the local operator (the CLI beside the server that holds the embedded
     * database), who could read the whole database were the server stopped.
     */
    async poolSnapshotForOperator(sessionId: string) {
      const session = await repo.findSession(db, sessionId);
      const committee = session ? await findCommittee(db, session.committeeId) : undefined;
      if (!session || !committee) throw notFound('评审会议', 'SESSION_NOT_FOUND');
      return snapshotOf(session, committee);
    },
  };
}

export type DrawAudit = ReturnType<typeof createDrawAudit>;
