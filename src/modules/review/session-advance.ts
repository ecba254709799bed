import type { Db } from '../../db/client';
import type { ReviewSessionRecord } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import { AppError, notFound } from '../../domain/errors';
import { assertSessionAllows, type OfficeStep, SESSION_STEP_RULES } from '../../domain/review/session-steps';
import { sessionAccess } from './review.policy';
import { lockSession, updateSession } from './review.repository';
import { readOnlySession } from './session-context';

/** The columns a step writes besides the stage, which only the table moves. */
export type SessionChanges = Omit<Partial<ReviewSessionRecord>, 'id' | 'status' | 'version'>;

/** A concurrent step by someone else is refused, not merged. */
function staleSession(): AppError {
  return new AppError('conflict', 'SESSION_CHANGED', '会议已被他人处理，请刷新后重试');
}

/**
 * Takes one of the committee office's steps on a session, first thing inside the use case's
 * transaction: locks the session row (FOR UPDATE — a ballot in flight holds it FOR SHARE, so
 * closing waits for it; on PGlite's one connection the lock is simply held), refuses anyone
 * but the office and a step the table does not allow in the row's stage, then writes the
 * stage the step leads to with the step's own columns, in one update. A step that writes
 * is also refused if the session moved on since the use case read it (`seen`: its work was
 * prepared from that version); one that stays and changes nothing (安排答辩) writes nothing
 * and does not care. Returns the row as stored.
 */
export async function advanceSession(
  tx: Db,
  actor: Actor,
  seen: Pick<ReviewSessionRecord, 'id' | 'version'>,
  step: OfficeStep,
  changes?: SessionChanges,
): Promise<ReviewSessionRecord> {
  const locked = await lockSession(tx, seen.id);
  const access = locked ? sessionAccess(actor, locked) : null;
  if (!locked || !access) throw notFound('评审会议', 'SESSION_NOT_FOUND');
  if (access !== 'manage') throw readOnlySession();
  const { session } = locked;
  const to = SESSION_STEP_RULES[step].to;
  const writes = to !== null || changes !== undefined;
  // What a writing step stores was prepared from the row the use case read: not from a newer one.
  if (writes && session.version !== seen.version) throw staleSession();
  assertSessionAllows(session.status, step);
  if (!writes) return session;
  const updated = await updateSession(tx, session.id, session.version, {
    ...changes,
    ...(to === null ? {} : { status: to }),
  });
  // Cannot miss while the row is locked; the compare-and-set stays as the row's only writer's rule.
  if (!updated) throw staleSession();
  return updated;
}
