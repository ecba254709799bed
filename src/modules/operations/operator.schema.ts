import { z } from 'zod';

export const auditTrailCheck = z
  .object({
    sealed: z.number().int().describe('本次新入链的记录数'),
    chain: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), events: z.number().int(), unsealed: z.number().int() }),
      z.object({
        ok: z.literal(false),
        events: z.number().int(),
        brokenAtSeq: z.number().int(),
        reason: z.string(),
      }),
    ]),
    results: z
      .object({
        sessions: z.number().int(),
        problems: z.array(z.object({ sessionId: z.string(), name: z.string(), reason: z.string() })),
      })
      .nullable()
      .describe('评审结果与封存摘要的核对（审计链完整时才核对）'),
  })
  .meta({ id: 'AuditTrailCheck' });

export const serverStatus = z
  .object({
    pid: z.number().int(),
    production: z.boolean(),
    migrations: z.object({
      applied: z.number().int(),
      latest: z.number().nullable().describe('最后一次已执行迁移的时间戳（drizzle 迁移日志的 when）'),
    }),
    users: z.number().int(),
  })
  .meta({ id: 'ServerStatus' });

/** One line of the answer of POST /api/v1/operator/title-imports (the title import's own stream of lines). */
export { type ImportStreamLine, importStreamLine } from '../title-import';
