import type { Db } from '../../db/client';
import type { CommitteeRecord, ReviewSessionRecord } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import { AppError, notFound } from '../../domain/errors';
import { SESSION_STATES, type SessionState } from '../../domain/review/session-states';
import { findCommittee } from '../committees/committees.repository';
import { type SessionAccess, sessionAccess } from './review.policy';
import { findSession } from './review.repository';

export interface SessionContext {
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
  return { session, committee, access };
}

/** The session for a step of its committee office, in the stage the step needs. */
export async function loadManagedSession(
  db: Db,
  actor: Actor,
  id: string,
  stages: readonly SessionState[],
  step: string,
): Promise<SessionContext> {
  const ctx = await loadSession(db, actor, id);
  if (ctx.access !== 'manage')
    throw new AppError('forbidden', 'SESSION_READ_ONLY', '只有该评委会办事机构可以办理会议事项');
  if (!stages.includes(ctx.session.status as SessionState))
    throw new AppError(
      'conflict',
      'SESSION_WRONG_STAGE',
      `会议当前为「${SESSION_STATES[ctx.session.status as SessionState] ?? ctx.session.status}」，不能${step}`,
    );
  return ctx;
}

/** Stores the session's next stage; a concurrent step by someone else is refused, not merged. */
export function staleSession(): AppError {
  return new AppError('conflict', 'SESSION_CHANGED', '会议已被他人处理，请刷新后重试');
}
