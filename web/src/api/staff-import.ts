import { ApiError, type Schemas, upload } from './client';

// 批量登记人员: a unit uploads its staff from the template; the server checks every row (dryRun) and,
// once the file is clean, registers the whole file at once or nothing.

const importPath = '/api/v1/employer/staff-import';

/** The template to fill in: the header, and the rules on a second sheet. */
export const staffImportTemplatePath = `${importPath}/template`;

/** Where a report (as the page holds it) is posted to come back as a workbook. */
export const staffImportReportPath = `${importPath}/report.xlsx`;

/** The server's own limits, said before a file is sent. */
export const STAFF_IMPORT_MAX_MB = 5;
export const STAFF_IMPORT_MAX_ROWS = 5000;

export type StaffImportReport = Schemas['StaffImportReport'];

/** One row of the file: its spreadsheet row (header = 1), what became of it, and why. */
export type StaffReportRow = StaffImportReport['rows'][number];

/**
 * Sends the file: a check (`dryRun`) answers with the report whatever the rows; an import answers
 * with the report once written, or rejects (422) with the file's problems and writes nothing.
 */
export function uploadStaffFile(
  file: File,
  options: { dryRun: boolean; signal?: AbortSignal; onProgress?: (percent: number) => void },
): Promise<StaffImportReport> {
  const form = new FormData();
  form.append('file', file, file.name);
  return upload(importPath, form, {
    query: options.dryRun ? { dryRun: true } : undefined,
    signal: options.signal,
    onProgress: options.onProgress,
  });
}

/** Whether a refused import was refused for its rows (check again to see them) rather than the file or unit. */
export function refusedForRows(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'STAFF_ROWS_INVALID';
}
