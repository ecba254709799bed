import { index, integer, jsonb, pgTable, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { divisionCode, instant, instantNow, uuidKey } from './columns';

/** One historical import run (CLI or upload): its progress and every row it refused, with why. */
export const titleImportJobs = pgTable(
  'title_import_jobs',
  {
    id: uuidKey(),
    fileName: varchar('file_name', { length: 200 }).notNull(),
    regionCode: divisionCode('region_code'),
    /** running | done | failed */
    status: varchar('status', { length: 12 }).notNull(),
    totalRows: integer('total_rows').notNull().default(0),
    processedRows: integer('processed_rows').notNull().default(0),
    importedRows: integer('imported_rows').notNull().default(0),
    /** Rows already in the ledger from an earlier run (idempotent re-run). */
    existingRows: integer('existing_rows').notNull().default(0),
    failedRows: integer('failed_rows').notNull().default(0),
    errors: jsonb('errors').$type<{ row: number; column: string; message: string }[]>().notNull().default([]),
    failure: text('failure'),
    createdBy: uuid('created_by'),
    startedAt: instantNow('started_at'),
    finishedAt: instant('finished_at'),
  },
  (t) => [index('title_import_jobs_region_idx').on(t.regionCode, t.startedAt)],
);

export type TitleImportJobRecord = typeof titleImportJobs.$inferSelect;
