import type { BulkWriter, Db } from '../../db/client';
import type { Actor } from '../../domain/access/actor';
import { todayInShanghai } from '../../domain/calendar';
import type { TitleRecordProblem } from '../../domain/certificates/title-record';
import { AppError, invalidInput, notFound } from '../../domain/errors';
import { findRegion } from '../../domain/regions';
import type { Clock } from '../../platform/clock';
import type { FieldCipher } from '../../platform/crypto';
import type { AuditLog } from '../audit';
import { assertMayImportTitles, seesImportJob } from './title-import.policy';
import * as repo from './title-import.repository';
import { type OpenedTitleFile, openTitleFile, type TitleImportFile } from './title-import-file';
import { importTitleRows } from './title-import-pipeline';
import { buildErrorReport, buildTitleImportTemplate } from './title-import-report';

/** Problems kept per job; beyond them only the count grows (the CLI's report file has all). */
// The shapes its answers take, for routes of other modules that answer with them.
export { type ImportStreamLine, importStreamLine } from './title-import.schema';

export const MAX_STORED_PROBLEMS = 10_000;

/** How a job is shown: its counts and a percentage for the progress bar. */
export type TitleImportJobView = ReturnType<typeof jobView>;

function jobView(job: repo.TitleImportJobSummary) {
  const percent =
    job.status === 'done'
      ? 100
      : job.totalRows > 0
        ? Math.min(99, Math.floor((job.processedRows * 100) / job.totalRows))
        : 0;
  return {
    id: job.id,
    fileName: job.fileName,
    regionCode: job.regionCode,
    status: job.status as 'running' | 'done' | 'failed',
    totalRows: job.totalRows,
    processedRows: job.processedRows,
    importedRows: job.importedRows,
    existingRows: job.existingRows,
    failedRows: job.failedRows,
    percent,
    failure: job.failure,
    /** Problems stored on the job (at most MAX_STORED_PROBLEMS). */
    errorCount: job.errorCount,
    startedAt: job.startedAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

/** Who asked for the import: an HR account over HTTP, or the operator of the CLI (no account). */
interface ImportOrigin {
  regionCode: string;
  createdBy: string | null;
}

export interface ImportHooks {
  onProblem?: (problem: TitleRecordProblem) => void;
  onProgress?: (job: TitleImportJobView) => void;
}

const INTERRUPTED =
  '导入中断：写入数据库失败。已提交的批次保留，重新导入同一文件会自动跳过已导入的记录，从中断处继续';

/**
 * Historical import of title records (历史职称数据批量导入): every row checked, the good ones
 * written to the certificate ledger as verifiable certificates, the bad ones reported with row,
 * column and reason; a re-run of the same file adds nothing. Over HTTP the job runs in the
 * background and is polled; the CLI awaits it.
 */
export function createTitleImportService(deps: {
  db: Db;
  bulk: BulkWriter;
  clock: Clock;
  audit: AuditLog;
  cipher: FieldCipher;
  /** Rows per transaction, when not the bulk writer's own (tests use small batches). */
  batchSize?: number;
}) {
  const { db, bulk, clock, audit, cipher } = deps;
  // Large enough that COPY dominates, small enough to show progress often: the driver knows best.
  const batchSize = deps.batchSize ?? bulk.rowsPerTransaction;
  const background = new Set<Promise<unknown>>();

  /** Opens and checks the file first, so a wrong file is refused before a job exists. */
  async function begin(file: TitleImportFile, origin: ImportOrigin) {
    const opened = await openTitleFile(file);
    try {
      const job = await repo.insertJob(db, {
        fileName: file.fileName.slice(0, 200),
        regionCode: origin.regionCode,
        createdBy: origin.createdBy,
        totalRows: opened.expectedRows ?? 0,
        startedAt: clock.now(),
      });
      return { job, opened };
    } catch (error) {
      await opened.close();
      throw error;
    }
  }

  /** Runs the job to its end; never throws — a failure is recorded on the job. */
  async function finish(
    job: repo.TitleImportJobSummary,
    opened: OpenedTitleFile,
    origin: ImportOrigin,
    hooks: ImportHooks,
  ) {
    let counts: repo.JobCounts | null = null;
    let failure: string | null = null;
    try {
      counts = await importTitleRows({ bulk, cipher }, opened, {
        jobId: job.id,
        regionCode: origin.regionCode,
        today: todayInShanghai(clock.now()),
        batchSize,
        maxStoredProblems: MAX_STORED_PROBLEMS,
        onProblem: hooks.onProblem,
        onProgress: (progress) => hooks.onProgress?.(jobView({ ...job, ...progress })),
      });
    } catch (error) {
      failure = error instanceof AppError ? `导入中断：${error.message}` : INTERRUPTED;
    } finally {
      await opened.close().catch(() => {});
    }
    try {
      await db.transaction(async (tx) => {
        await repo.finishJob(tx, job.id, {
          status: failure ? 'failed' : 'done',
          failure,
          finishedAt: clock.now(),
          ...(counts ? { totalRows: counts.totalRows } : {}),
        });
        // Counts only: the rows themselves carry personal data.
        await audit.record(tx, origin.createdBy, {
          action: failure ? 'title-import.failed' : 'title-import.finished',
          entityType: 'title-import-job',
          entityId: job.id,
          data: { regionCode: origin.regionCode, fileName: job.fileName, ...(counts ?? {}), failure },
        });
      });
    } catch {
      // The database is gone: nothing more can be recorded; the job stays visibly unfinished.
    }
    const final = await repo.findJob(db, job.id, 1).catch(() => undefined);
    return final ? jobView(final) : null;
  }

  async function visibleJob(actor: Actor, id: string, errorsShown: number) {
    const job = await repo.findJob(db, id, errorsShown);
    if (!job || !seesImportJob(actor, job)) throw notFound('导入任务', 'TITLE_IMPORT_NOT_FOUND');
    return job;
  }

  return {
    /**
     * Starts an import of an uploaded file into the actor's jurisdiction and returns the job at
     * once; the rows are processed in the background of this process. A file of the wrong type
     * or with a wrong header is refused here, with nothing written.
     */
    async startImport(actor: Actor, file: { fileName: string; bytes: Buffer }): Promise<TitleImportJobView> {
      assertMayImportTitles(actor);
      const origin = { regionCode: actor.jurisdictionCode, createdBy: actor.userId };
      const { job, opened } = await begin(file, origin);
      const task = finish(job, opened, origin, {});
      background.add(task);
      void task.finally(() => background.delete(task));
      return jobView(job);
    },

    /**
     * Imports a file and waits for the end (the CLI, run by the operator for a jurisdiction):
     * the finished job, with `hooks` told of each problem and each committed batch.
     */
    async runImport(
      target: { regionCode: string },
      file: TitleImportFile,
      hooks: ImportHooks = {},
    ): Promise<TitleImportJobView> {
      if (!/^\d{6}$/.test(target.regionCode) || !findRegion(target.regionCode))
        throw invalidInput([{ path: 'region', message: `“${target.regionCode}”不是已知的6位行政区划代码` }]);
      const origin = { regionCode: target.regionCode, createdBy: null };
      const { job, opened } = await begin(file, origin);
      const final = await finish(job, opened, origin, hooks);
      if (!final) throw new AppError('unprocessable', 'TITLE_IMPORT_INTERRUPTED', INTERRUPTED);
      return final;
    },

    /** A job's progress, with its first problems for the page's table. */
    async getJob(actor: Actor, id: string) {
      assertMayImportTitles(actor);
      const job = await visibleJob(actor, id, 100);
      return { ...jobView(job), errors: job.firstErrors };
    },

    /** The jobs of the actor's jurisdiction and below, newest first. */
    async listJobs(actor: Actor, paging: { page: number; pageSize: number }) {
      assertMayImportTitles(actor);
      const { items, total } = await repo.listJobs(db, actor.jurisdictionCode, {
        limit: paging.pageSize,
        offset: (paging.page - 1) * paging.pageSize,
      });
      return { items: items.map(jobView), total, page: paging.page, pageSize: paging.pageSize };
    },

    /** The job's error report as a workbook: 行号, 列, 问题. */
    async errorReport(actor: Actor, id: string): Promise<{ fileName: string; bytes: Buffer }> {
      assertMayImportTitles(actor);
      const job = await visibleJob(actor, id, 1);
      const problems = await repo.jobErrors(db, id);
      const note =
        job.failedRows > 0 && problems.length >= MAX_STORED_PROBLEMS
          ? `共${job.failedRows}行有误，以上仅列出前${MAX_STORED_PROBLEMS}条问题；请改正后重新导入，已导入的记录会自动跳过`
          : null;
      return {
        fileName: `导入错误报告-${job.fileName.replace(/\.[^.]*$/, '')}.xlsx`,
        bytes: await buildErrorReport(problems, note),
      };
    },

    /** The import template with one example row and the filling rules. */
    template(actor: Actor): Promise<Buffer> {
      assertMayImportTitles(actor);
      return buildTitleImportTemplate();
    },

    /** Resolves once every background import of this process has finished (shutdown, tests). */
    async idle(): Promise<void> {
      while (background.size > 0) await Promise.allSettled([...background]);
    },
  };
}

export type TitleImportService = ReturnType<typeof createTitleImportService>;
