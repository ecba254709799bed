import { api, call, type Page, type PageQuery, type Schemas, upload } from './client';

// The historical import of title records (历史职称数据批量导入): the HR bureau uploads a spreadsheet,
// the server checks every row in the background, and the page polls the job's progress.

const importsPath = '/api/v1/title-imports';

/** The template to fill in: the header, one example row and the rules. */
export const titleImportTemplatePath = `${importsPath}/template.xlsx`;

/** The largest file the server takes on this route (a whole archive can be large). */
export const TITLE_IMPORT_MAX_MB = 200;

/** The file types to offer; the server decides by content, not by name. */
export const TITLE_IMPORT_ACCEPT = '.xlsx,.csv';

/** One import job with its counts; `percent` drives the progress bar, `existingRows` were skipped, not doubled. */
export type TitleImportJob = Schemas['TitleImportJob'];

export type TitleImportStatus = TitleImportJob['status'];

/** One problem of one row: the spreadsheet row (header = 1), the column and why. */
export type TitleImportProblem = Schemas['TitleImportProblem'];

export type TitleImportDetail = TitleImportJob & { errors: TitleImportProblem[] };

/** The jobs of the user's jurisdiction and below, newest first. */
export function listTitleImports(query: PageQuery, signal?: AbortSignal): Promise<Page<TitleImportJob>> {
  return call(api.GET('/api/v1/title-imports', { params: { query }, signal }));
}

/** A job's progress and its first 100 problems. */
export function fetchTitleImport(id: string, signal?: AbortSignal): Promise<TitleImportDetail> {
  return call(api.GET('/api/v1/title-imports/{id}', { params: { path: { id } }, signal }));
}

/** Uploads a file; the server answers at once with the job it started (or refuses a wrong file). */
export function uploadTitleImport(
  file: File,
  options: { signal?: AbortSignal; onProgress?: (percent: number) => void } = {},
): Promise<TitleImportJob> {
  const form = new FormData();
  form.append('file', file, file.name);
  return upload(importsPath, form, options);
}

/** Where a job's error report (行号、列、问题) is served. */
export function titleImportErrorsPath(id: string): string {
  return `${importsPath}/${encodeURIComponent(id)}/errors.xlsx`;
}
