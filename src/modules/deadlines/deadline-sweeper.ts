import type { Db } from '../../db/client';
import type { DeadlineRecord } from '../../db/schema';
import { todayInShanghai } from '../../domain/calendar';
import {
  DEADLINE_KINDS,
  type DeadlineKind,
  MAX_DEADLINE_ATTEMPTS,
} from '../../domain/deadlines/deadline-kinds';
import { AppError } from '../../domain/errors';
import type { Clock } from '../../platform/clock';
import type { AuditLog } from '../audit';
import * as repo from './deadlines.repository';
import { failureMessage } from './failure-message';

/** What happens when a deadline of one kind falls due; runs in the sweeper's transaction. */
export type DeadlineHandler = (tx: Db, deadline: DeadlineRecord) => Promise<void>;

/** A handler for every kind that can be scheduled: a kind without one does not compile. */
export type DeadlineHandlers = { readonly [K in DeadlineKind]: DeadlineHandler };

/** What one sweep did, and what is left. */
export interface SweepOutcome {
  /** Handled in this sweep. */
  processed: number;
  /** Failed in this sweep (some will be retried, some were given up). */
  failed: number;
  /** Of those, the ones whose last allowed attempt this was. */
  givenUp: number;
  /** Due but failed before, waiting for the next sweep to try again. */
  retrying: number;
  /** Not due yet. */
  notDue: number;
  /** Given up, in this sweep or before: waiting for an operator to retry them. */
  failedTotal: number;
  /** Every deadline not yet handled (retrying + not due), as earlier versions reported it. */
  pending: number;
}

/**
 * Processes stored deadlines (DESIGN rule 5). Each due row is claimed, handled and marked in
 * one transaction, so a crash or restart half-way leaves it pending and it is handled by the
 * next sweep — never twice, never lost. A failing handler is retried on later sweeps, with its
 * error kept on the row; the last allowed attempt marks it failed, for an operator to see.
 */
export function createDeadlineSweeper(deps: {
  db: Db;
  clock: Clock;
  audit: Pick<AuditLog, 'record'>;
  handlers: DeadlineHandlers;
}) {
  const { db, clock, audit, handlers } = deps;

  async function sweepOne(
    today: string,
    failedIds: number[],
  ): Promise<'done' | 'failed' | 'given-up' | 'none'> {
    try {
      return await db.transaction(async (tx) => {
        const due = await repo.claimDue(tx, today, failedIds);
        if (!due) return 'none';
        // A row written by an older version may hold a kind this one no longer knows.
        const handler = Object.hasOwn(handlers, due.kind) ? handlers[due.kind as DeadlineKind] : undefined;
        if (!handler)
          throw new DeadlineError(
            due.id,
            new AppError('conflict', 'DEADLINE_KIND_UNKNOWN', `未知的期限类型「${due.kind}」`),
          );
        try {
          await tx.transaction(async (inner) => handler(inner, due));
        } catch (error) {
          throw new DeadlineError(due.id, error);
        }
        await repo.markProcessed(tx, due.id, clock.now());
        return 'done';
      });
    } catch (error) {
      if (!(error instanceof DeadlineError)) throw error;
      const message = failureMessage(error.failure);
      const givenUp = await db.transaction(async (tx) => {
        const row = await repo.markFailed(tx, error.deadlineId, message, clock.now(), MAX_DEADLINE_ATTEMPTS);
        // Giving up hands the deadline to people: that is recorded like the retry that may follow.
        if (row?.failedAt)
          await audit.record(tx, null, {
            action: 'deadline.failed',
            entityType: 'deadline',
            entityId: String(row.id),
            data: {
              kind: row.kind,
              subjectId: row.subjectId,
              dueOn: row.dueOn,
              attempts: row.attempts,
              lastError: message,
            },
          });
        return row?.failedAt != null;
      });
      failedIds.push(error.deadlineId);
      return givenUp ? 'given-up' : 'failed';
    }
  }

  return {
    /** Whether the sweeper has a handler for `kind` (what the completeness test asks of the assembled one). */
    handles(kind: string): boolean {
      return Object.hasOwn(handlers, kind) && typeof handlers[kind as DeadlineKind] === 'function';
    },

    /** The kinds it handles, in the order of DEADLINE_KINDS. */
    kinds(): DeadlineKind[] {
      return DEADLINE_KINDS.filter((kind) => Object.hasOwn(handlers, kind));
    },

    /** Handles every deadline whose period ended before today (Asia/Shanghai). */
    async sweep(limit = 1000): Promise<SweepOutcome> {
      const today = todayInShanghai(clock.now());
      let processed = 0;
      let failed = 0;
      let givenUp = 0;
      const failedIds: number[] = [];
      while (processed + failed < limit) {
        const outcome = await sweepOne(today, failedIds);
        if (outcome === 'none') break;
        if (outcome === 'done') processed += 1;
        else {
          failed += 1;
          if (outcome === 'given-up') givenUp += 1;
        }
      }
      const [left, failedTotal] = await Promise.all([
        repo.openCounts(db, today),
        repo.countByStatus(db, 'failed'),
      ]);
      return {
        processed,
        failed,
        givenUp,
        retrying: left.due,
        notDue: left.notDue,
        failedTotal,
        pending: left.due + left.notDue,
      };
    },
  };
}

/** A handler's failure, carried out of the rolled-back transaction with the row it belongs to. */
class DeadlineError extends Error {
  constructor(
    readonly deadlineId: number,
    readonly failure: unknown,
  ) {
    super('deadline failed');
  }
}

export type DeadlineSweeper = ReturnType<typeof createDeadlineSweeper>;
