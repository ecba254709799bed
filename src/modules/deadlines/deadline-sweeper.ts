import type { Db } from '../../db/client';
import type { DeadlineRecord } from '../../db/schema';
import { todayInShanghai } from '../../domain/calendar';
import type { Clock } from '../../platform/clock';
import { failureText } from '../../platform/loggable-error';
import * as repo from './deadlines.repository';

/** What happens when a deadline of one kind falls due; runs in the sweeper's transaction. */
export type DeadlineHandler = (tx: Db, deadline: DeadlineRecord) => Promise<void>;

/**
 * Processes stored deadlines (DESIGN rule 5). Each due row is claimed, handled and marked in
 * one transaction, so a crash or restart half-way leaves it pending and it is handled by the
 * next sweep — never twice, never lost. A failing handler is retried on later sweeps, up to
 * five times, with its error kept on the row.
 */
export function createDeadlineSweeper(deps: {
  db: Db;
  clock: Clock;
  handlers: Readonly<Record<string, DeadlineHandler>>;
}) {
  const { db, clock, handlers } = deps;

  async function sweepOne(today: string, failedIds: number[]): Promise<'done' | 'failed' | 'none'> {
    try {
      return await db.transaction(async (tx) => {
        const due = await repo.claimDue(tx, today, failedIds);
        if (!due) return 'none';
        const handler = handlers[due.kind];
        if (!handler) throw new DeadlineError(due.id, `未知的期限类型「${due.kind}」`);
        try {
          await tx.transaction(async (inner) => handler(inner, due));
        } catch (error) {
          // Kept on the row: a database error's values (its parameters, its detail) stay out.
          throw new DeadlineError(due.id, failureText(error));
        }
        await repo.markProcessed(tx, due.id, clock.now());
        return 'done';
      });
    } catch (error) {
      if (!(error instanceof DeadlineError)) throw error;
      await repo.markFailed(db, error.deadlineId, error.message.slice(0, 500));
      failedIds.push(error.deadlineId);
      return 'failed';
    }
  }

  return {
    /** Handles every deadline whose period ended before today (Asia/Shanghai). */
    async sweep(limit = 1000) {
      const today = todayInShanghai(clock.now());
      let processed = 0;
      const failedIds: number[] = [];
      let failed = 0;
      while (processed + failed < limit) {
        const outcome = await sweepOne(today, failedIds);
        if (outcome === 'none') break;
        if (outcome === 'done') processed += 1;
        else failed += 1;
      }
      return { processed, failed, pending: await repo.pendingCount(db) };
    },
  };
}

class DeadlineError extends Error {
  constructor(
    readonly deadlineId: number,
    message: string,
  ) {
    super(message);
  }
}

export type DeadlineSweeper = ReturnType<typeof createDeadlineSweeper>;
