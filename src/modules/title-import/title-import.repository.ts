import { desc, eq, getTableColumns, like, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { type PageWindow, pageOf } from '../../db/page-query';
import { type TitleImportJobRecord, titleImportJobs } from '../../db/schema';
import type { TitleRecordProblem } from '../../domain/certificates/title-record';

/** A job without its (up to 10,000) stored problems, with how many there are. */
export type TitleImportJobSummary = Omit<TitleImportJobRecord, 'errors'> & { errorCount: number };

const { errors: _errors, ...SUMMARY_COLUMNS } = getTableColumns(titleImportJobs);
const summaryColumns = {
  ...SUMMARY_COLUMNS,
  errorCount: sql<number>`jsonb_array_length(${titleImportJobs.errors})`.mapWith(Number),
};

export interface JobCounts {
  totalRows: number;
  processedRows: number;
  importedRows: number;
  existingRows: number;
  failedRows: number;
}

export async function insertJob(
  db: Db,
  values: {
    fileName: string;
    regionCode: string;
    createdBy: string | null;
    totalRows: number;
    startedAt: Date;
  },
): Promise<TitleImportJobSummary> {
  const [row] = await db
    .insert(titleImportJobs)
    .values({ ...values, status: 'running' })
    .returning(summaryColumns);
  return row!;
}

/** The job with the first `errorsShown` of its problems (the page shows a few, the report all). */
export async function findJob(db: Db, id: string, errorsShown: number) {
  const [row] = await db
    .select({
      ...summaryColumns,
      firstErrors: sql<
        TitleRecordProblem[]
      >`jsonb_path_query_array(${titleImportJobs.errors}, ${`$[0 to ${errorsShown - 1}]`}::jsonpath)`,
    })
    .from(titleImportJobs)
    .where(eq(titleImportJobs.id, id));
  return row;
}

export async function jobErrors(db: Db, id: string): Promise<TitleRecordProblem[]> {
  const [row] = await db
    .select({ errors: titleImportJobs.errors })
    .from(titleImportJobs)
    .where(eq(titleImportJobs.id, id));
  return row?.errors ?? [];
}

/** One page of the jobs in a scope (a region prefix: a jurisdiction and the regions below it), newest first. */
export function listJobs(db: Db, regionPrefix: string, page: PageWindow) {
  const where = like(titleImportJobs.regionCode, `${regionPrefix}%`);
  const rows = db
    .select(summaryColumns)
    .from(titleImportJobs)
    .where(where)
    .orderBy(desc(titleImportJobs.startedAt), desc(titleImportJobs.id));
  return pageOf(rows.$dynamic(), page, db.$count(titleImportJobs, where));
}

/** Records a committed batch: the running totals and the batch's problems after the earlier ones. */
export async function recordProgress(
  tx: Db,
  id: string,
  counts: JobCounts,
  problems: readonly TitleRecordProblem[],
): Promise<void> {
  await tx
    .update(titleImportJobs)
    .set({
      ...counts,
      ...(problems.length > 0
        ? { errors: sql`${titleImportJobs.errors} || ${JSON.stringify(problems)}::jsonb` }
        : {}),
    })
    .where(eq(titleImportJobs.id, id));
}

export async function finishJob(
  tx: Db,
  id: string,
  outcome: { status: 'done' | 'failed'; failure: string | null; finishedAt: Date; totalRows?: number },
): Promise<void> {
  await tx.update(titleImportJobs).set(outcome).where(eq(titleImportJobs.id, id));
}

/**
 * Any number: every importer takes it, so two imports never both find a key absent and both
 * write it — the unique index would then abort a whole batch.
 */
const TITLE_IMPORT_LOCK = 7_270_101;

/** Holds the importers' lock until the batch's transaction ends. */
export async function lockTitleImportWrites(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${TITLE_IMPORT_LOCK})`);
}
