import type { Db } from '../../db/client';
import type { DeadlineRecord } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import { hasPermission } from '../../domain/access/actor';
import { type DeadlineStatus, deadlineKindName } from '../../domain/deadlines/deadline-kinds';
import { AppError, notFound } from '../../domain/errors';
import type { AuditLog } from '../audit';
import * as repo from './deadlines.repository';

function statusOf(row: DeadlineRecord): DeadlineStatus {
  if (row.processedAt) return 'done';
  return row.failedAt ? 'failed' : 'pending';
}

/**
 * What the deadline is about, as the scheduling use case recorded it: an application's number
 * or a session's name (neither is personal data), else nothing beyond the subject id.
 */
function subjectLabel(row: DeadlineRecord): string | null {
  const data = row.data as { number?: unknown; name?: unknown };
  if (typeof data.number === 'string') return `申报 ${data.number}`;
  if (typeof data.name === 'string') return data.name;
  return null;
}

/** A deadline as operators see it (admin page, `deadlines list`). */
export function deadlineView(row: DeadlineRecord) {
  return {
    id: row.id,
    kind: row.kind,
    kindName: deadlineKindName(row.kind),
    status: statusOf(row),
    dueOn: row.dueOn,
    subjectId: row.subjectId,
    subject: subjectLabel(row),
    attempts: row.attempts,
    lastError: row.lastError,
    failedAt: row.failedAt?.toISOString() ?? null,
    processedAt: row.processedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export type DeadlineView = ReturnType<typeof deadlineView>;

/**
 * The operators' view of the stored deadlines: every status, the failed ones with their
 * errors, and a retry that gives a failed one back to the sweeper with fresh attempts.
 */
export function createDeadlineAdmin(deps: { db: Db; audit: AuditLog }) {
  const { db, audit } = deps;

  const requireManager = (actor: Actor) => {
    if (!hasPermission(actor, 'deadlines.manage'))
      throw new AppError('forbidden', 'FORBIDDEN', '当前账号无权执行此操作');
  };

  /** One page of a status, with the count of each status (for the page's filter). */
  async function listAll(query: { status: DeadlineStatus; page: number; pageSize: number }) {
    const [{ rows, total }, pending, failed, done] = await Promise.all([
      repo.listDeadlines(db, query.status, query),
      repo.countByStatus(db, 'pending'),
      repo.countByStatus(db, 'failed'),
      repo.countByStatus(db, 'done'),
    ]);
    return {
      items: rows.map(deadlineView),
      total,
      page: query.page,
      pageSize: query.pageSize,
      counts: { pending, failed, done },
    };
  }

  return {
    /** For an administrator. */
    async list(actor: Actor, query: { status: DeadlineStatus; page: number; pageSize: number }) {
      requireManager(actor);
      return listAll(query);
    },

    /**
     * For the local operator (the CLI beside a running server, holding the data directory's
     * operator token): the same list, with no user behind it.
     */
    listForOperator: listAll,

    /** 重试: a failed deadline goes back to the sweeper with a fresh set of attempts, audited. */
    async retry(actor: Actor, id: number) {
      requireManager(actor);
      return db.transaction(async (tx) => {
        const before = await repo.findDeadline(tx, id);
        if (!before) throw notFound('期限任务', 'DEADLINE_NOT_FOUND');
        const reset = await repo.resetFailed(tx, id);
        if (!reset)
          throw new AppError(
            'conflict',
            'DEADLINE_NOT_FAILED',
            before.processedAt ? '该期限任务已处理完毕，无需重试' : '该期限任务尚未失败，系统会按时自动处理',
          );
        await audit.record(tx, actor.userId, {
          action: 'deadline.retried',
          entityType: 'deadline',
          entityId: String(id),
          data: {
            kind: before.kind,
            subjectId: before.subjectId,
            dueOn: before.dueOn,
            attempts: before.attempts,
            lastError: before.lastError,
          },
        });
        return deadlineView(reset);
      });
    },
  };
}

export type DeadlineAdmin = ReturnType<typeof createDeadlineAdmin>;
