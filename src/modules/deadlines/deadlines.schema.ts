import { z } from 'zod';
import { DEADLINE_STATUSES } from '../../domain/deadlines/deadline-kinds';
import { countsOf } from '../../http/field-schemas';
import { pageResponse, pagingQuery } from '../../http/list-query';

/** A stored deadline as operators see it (deadlineView). */
export const deadlineRow = z
  .object({
    id: z.number().int(),
    kind: z.string().describe('期限类型代码，如 result-publicity-end'),
    kindName: z.string().describe('期限类型名称，如 评审结果公示期满'),
    status: z
      .enum(DEADLINE_STATUSES)
      .describe('pending 待处理，failed 已失败（不再自动重试），done 已完成或已取消'),
    dueOn: z.string().describe('期限的最后一天（YYYY-MM-DD），次日处理'),
    subjectId: z.string(),
    subject: z.string().nullable().describe('所涉事项：申报编号或评审会议名称'),
    attempts: z.number().int(),
    lastError: z.string().nullable().describe('最近一次失败的错误信息（仅错误说明，不含个人信息或查询参数）'),
    failedAt: z.string().nullable(),
    processedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'DeadlineRow' });

export const deadlineListQuery = z.strictObject({
  status: z.enum(DEADLINE_STATUSES).default('failed'),
  ...pagingQuery,
});

export const deadlineList = pageResponse(deadlineRow)
  .extend({
    counts: z.object({ pending: z.number().int(), failed: z.number().int(), done: z.number().int() }),
  })
  .meta({ id: 'DeadlinePage' });

export const deadlineIdParams = z.object({
  id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
});

/** What one sweep did (SweepOutcome), and the outbox delivery that follows it. */
export const sweepResult = countsOf(
  'processed',
  'failed',
  'givenUp',
  'retrying',
  'notDue',
  'failedTotal',
  'pending',
)
  .extend({ delivered: countsOf('sent', 'failed') })
  .meta({ id: 'DeadlineSweep' });
