import { setImmediate as nextTurn } from 'node:timers/promises';
import type { BulkWriter } from '../../db/client';
import {
  DuplicateRows,
  type TitleRecord,
  type TitleRecordProblem,
  titleRecordIdentity,
  validateTitleRecord,
} from '../../domain/certificates/title-record';
import { maskIdNumber } from '../../domain/identifiers';
import { type FieldCipher, sm3Hex } from '../../platform/crypto';
import { type PreparedCertificate, writeCertificateBatch } from './certificate-batch';
import { type JobCounts, recordProgress } from './title-import.repository';
import type { OpenedTitleFile } from './title-import-file';

/** What one run of the import needs to know besides the file. */
export interface TitleRowsRun {
  jobId: string;
  regionCode: string;
  /** Today in China (YYYY-MM-DD): no title is dated after it. */
  today: string;
  /** Rows per transaction: each batch is written, numbered and counted all or nothing. */
  batchSize: number;
  /** Problems kept on the job (and in its error report); the counts always cover all. */
  maxStoredProblems: number;
  /** Every problem, kept or not, as it is found (the CLI writes its full report from these). */
  onProblem?: (problem: TitleRecordProblem) => void;
  /** The totals after each committed batch. */
  onProgress?: (counts: JobCounts) => void;
}

// Rows checked between two turns of the event loop: a background import in the server
// process must leave room for requests, and for the previous batch's COPY to stream.
const ROWS_PER_TURN = 100;

/**
 * Reads, checks and writes an opened import file: each row validated in full, duplicates within
 * the file refused, good rows encrypted and hashed like every ID number we keep, then written in
 * batches. While one batch is being written the next is prepared, so checking and encryption
 * (this process) overlap the COPY (the database's). Returns the final counts.
 */
export async function importTitleRows(
  deps: { bulk: BulkWriter; cipher: FieldCipher },
  file: OpenedTitleFile,
  run: TitleRowsRun,
): Promise<JobCounts> {
  const { bulk, cipher } = deps;
  const expected = file.expectedRows ?? 0;
  const duplicates = new DuplicateRows();
  // Rows read so far, and what the last committed batch recorded.
  const read = { processedRows: 0, failedRows: 0 };
  const committed: JobCounts = {
    totalRows: expected,
    processedRows: 0,
    importedRows: 0,
    existingRows: 0,
    failedRows: 0,
  };

  let batch: PreparedCertificate[] = [];
  let rowsInBatch = 0;
  let problems: TitleRecordProblem[] = [];
  let problemsKept = 0;
  let writing: Promise<void> = Promise.resolve();
  let failure: { error: unknown } | null = null;

  function report(found: readonly TitleRecordProblem[]) {
    for (const problem of found) {
      run.onProblem?.(problem);
      if (problemsKept < run.maxStoredProblems) {
        problems.push(problem);
        problemsKept++;
      }
    }
  }

  function prepare(record: TitleRecord, holderIdHash: string, importKey: string): PreparedCertificate {
    return {
      importKey,
      year: Number(record.issuedOn.slice(0, 4)),
      values: [
        null,
        record.holderName,
        cipher.encrypt(record.idNumber),
        holderIdHash,
        maskIdNumber(record.idNumber),
        record.series,
        record.level,
        record.specialty,
        record.titleName,
        record.committeeName,
        record.announcementNumber,
        record.issuedOn,
        run.regionCode,
        'import',
        run.jobId,
        importKey,
        record.legacyNumber,
      ],
    };
  }

  /** Hands the batch to the writer once the previous one is committed: one in flight at a time. */
  async function flush() {
    await writing;
    if (failure) throw failure.error;
    const rows = batch;
    const found = problems;
    const counts = { ...read };
    batch = [];
    problems = [];
    rowsInBatch = 0;
    writing = bulk
      .transaction(async (tx, copyInto) => {
        const written = await writeCertificateBatch(tx, copyInto, run.regionCode, rows);
        const next: JobCounts = {
          ...counts,
          totalRows: Math.max(expected, counts.processedRows),
          importedRows: committed.importedRows + written.imported,
          existingRows: committed.existingRows + written.existing,
        };
        await recordProgress(tx, run.jobId, next, found);
        return next;
      })
      .then((next) => {
        Object.assign(committed, next);
        run.onProgress?.({ ...committed });
      })
      // Kept, not thrown: the reading loop is not awaiting this promise, and rethrows it at the next flush.
      .catch((error: unknown) => {
        failure ??= { error };
      });
  }

  let sinceTurn = 0;
  for await (const rows of file.rows) {
    for (const { row, cells } of rows) {
      read.processedRows++;
      rowsInBatch++;
      const check = validateTitleRecord(row, file.recordOf(cells), run.today);
      if (!check.ok) {
        read.failedRows++;
        report(check.problems);
      } else {
        const holderIdHash = cipher.lookupHash(check.record.idNumber);
        // SM3 over the keyed hash, not the ID number: the key stays useless without the secret.
        const importKey = sm3Hex(titleRecordIdentity(check.record, holderIdHash));
        const earlier = duplicates.earlierRowOf(importKey, row);
        if (earlier !== null) {
          read.failedRows++;
          report([DuplicateRows.problem(row, earlier)]);
        } else {
          batch.push(prepare(check.record, holderIdHash, importKey));
        }
      }
      if (rowsInBatch >= run.batchSize) await flush();
      if (++sinceTurn >= ROWS_PER_TURN) {
        sinceTurn = 0;
        await nextTurn();
      }
    }
  }
  if (rowsInBatch > 0 || read.processedRows === 0) await flush();
  await writing;
  if (failure) throw (failure as { error: unknown }).error;
  return { ...committed, totalRows: read.processedRows };
}
