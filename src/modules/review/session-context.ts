import type { Db } from '../../db/client';
import type { CommitteeRecord, ReviewSessionRecord } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import { AppError, notFound } from '../../domain/errors';
import { assertSessionAllows, type OfficeStep } from '../../domain/review/session-steps';
import { findCommittee } from '../committees';
import { type SessionAccess, sessionAccess } from './review.policy';
import { findSession } from './review.repository';

export interface SessionContext {
  /** Whom the session was loaded for. */
  actor: Actor;
  session: ReviewSessionRecord;
  committee: CommitteeRecord;
  access: SessionAccess;
}

/** The session if the actor may see it (404 otherwise), with the actor's access to it. */
export async function loadSession(db: Db, actor: Actor, id: string): Promise<SessionContext> {
  const session = await findSession(db, id);
  const committee = session ? await findCommittee(db, session.committeeId) : undefined;
  const access = committee ? sessionAccess(actor, committee) : null;
  if (!session || !committee || !access) throw notFound('评审会议', 'SESSION_NOT_FOUND');
  return { actor, session, committee, access };
}

/** Refused to anyone but the session's committee office. */
export function readOnlySession(): AppError {
  return new AppError('forbidden', 'SESSION_READ_ONLY', '只有该评委会办事机构可以办理会议事项');
}

/**
 * The session for a step of its committee office, in a stage the step may be taken from:
 * checked before the use case prepares its work, so a step out of turn is refused as such
 * and not by whatever its preparation would trip over. `advanceSession` checks again under
 * the row's lock.
 */
export async function loadManagedSession(
  db: Db,
  actor: Actor,
  id: string,
  step: OfficeStep,
): Promise<SessionContext> {
  const ctx = await loadSession(db, actor, id);
  if (ctx.access !== 'manage') throw readOnlySession();
  assertSessionAllows(ctx.session.status, step);
  return ctx;
}
