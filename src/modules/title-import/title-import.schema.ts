import { z } from 'zod';
import { fieldProblem } from '../../http/list-query';
import type { DescribesAll } from '../../http/response-shape';
import type { TitleImportJobView } from './title-import.service';

/** An import job as its page and the CLI show it: progress, counts, the first failure. */
export const job = z
  .object({
    id: z.string(),
    fileName: z.string(),
    regionCode: z.string(),
    status: z.enum(['running', 'done', 'failed']),
    totalRows: z.number().int(),
    processedRows: z.number().int(),
    importedRows: z.number().int(),
    existingRows: z.number().int(),
    failedRows: z.number().int(),
    percent: z.number().int().min(0).max(100),
    failure: z.string().nullable(),
    errorCount: z.number().int(),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'TitleImportJob' });

true satisfies DescribesAll<typeof job, TitleImportJobView>;

/** One problem of a row (the error report's line). */
export const problem = z
  .object({ row: z.number().int(), column: z.string(), message: z.string() })
  .meta({ id: 'TitleImportProblem' });

/**
 * One line of an import streamed as it runs (POST /api/v1/operator/title-imports), in the order
 * they come: progress and problems, then the job or an error.
 */
export const importStreamLine = z
  .union([
    z.strictObject({ progress: job }),
    z.strictObject({ problem }),
    z.strictObject({ done: job }),
    z.strictObject({
      error: z.object({
        kind: z.string(),
        code: z.string(),
        message: z.string(),
        details: z.array(fieldProblem),
      }),
    }),
  ])
  .meta({
    id: 'TitleImportStreamLine',
    description: '逐行JSON（NDJSON）的一行：先是 progress 和 problem，最后 done（导入任务）或 error',
  });

export type ImportStreamLine = z.output<typeof importStreamLine>;

/** A historical archive can be large; the import routes (bureau and operator) take files up to this size. */
export const TITLE_IMPORT_MAX_BYTES = 200 * 1024 * 1024;
