import ExcelJS from 'exceljs';

export interface ExcelColumn<T> {
  header: string;
  width?: number;
  value: (row: T) => string | number | null;
}

// The characters with which a spreadsheet program starts a formula (OWASP, CSV/formula injection):
// = + - @, and tab or carriage return, which Excel skips before looking for one.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text for a spreadsheet cell that no spreadsheet program will run as a formula: one that starts
 * like a formula gets a leading apostrophe, as OWASP recommends. exceljs writes a string as a
 * string cell, which Excel shows as text on opening — but editing the cell, or saving the sheet
 * as CSV and opening that, would evaluate `=HYPERLINK(…)` typed into a form by anyone. Numbers
 * are not text and stay numbers.
 */
export function spreadsheetText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A cell value as written: text neutralised (`spreadsheetText`), numbers and blanks as they are. */
export function spreadsheetValue(value: string | number | null): string | number | null {
  return typeof value === 'string' ? spreadsheetText(value) : value;
}

/** An empty workbook signed as 职评's, for the sheets `addHeadedSheet` adds. */
export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '职评';
  return workbook;
}

/**
 * A sheet whose first row is the columns' headers in bold. A sheet of rows keeps that row in view
 * (frozen) as they scroll, the shape HR offices expect from an 一览表; a sheet of notes need not.
 */
export function addHeadedSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: Partial<ExcelJS.Column>[],
  options: { frozenHeader: boolean },
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(
    name,
    options.frozenHeader ? { views: [{ state: 'frozen', ySplit: 1 }] } : undefined,
  );
  sheet.columns = columns;
  sheet.getRow(1).font = { bold: true };
  return sheet;
}

/** The workbook as the bytes of an .xlsx file. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * One sheet with a bold, frozen header row: the shape HR offices expect from an 一览表. Every text
 * cell goes through `spreadsheetText`, so no value stored by a user becomes a formula.
 */
export async function buildWorkbook<T>(
  sheetName: string,
  columns: ExcelColumn<T>[],
  rows: Iterable<T>,
): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = addHeadedSheet(
    workbook,
    sheetName,
    columns.map((c) => ({ header: c.header, width: c.width ?? 16 })),
    { frozenHeader: true },
  );
  for (const row of rows) sheet.addRow(columns.map((c) => spreadsheetValue(c.value(row))));
  return workbookBytes(workbook);
}

/** What a paged list is asked for when an export wants all of it: an 一览表 holds every filtered row. */
export const EVERY_ROW = { page: 1, pageSize: 100_000 } as const;

/**
 * The whole filtered list as an .xlsx 一览表: `list` is the screen's own paged query asked for
 * `EVERY_ROW`, so the file holds exactly the rows the list shows, all pages of them.
 */
export async function listWorkbook<T>(
  sheetName: string,
  columns: ExcelColumn<T>[],
  list: (everyRow: typeof EVERY_ROW) => Promise<{ items: readonly T[] }>,
): Promise<Buffer> {
  const { items } = await list(EVERY_ROW);
  return buildWorkbook(sheetName, columns, items);
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A Content-Disposition value that carries a Chinese file name (RFC 5987). */
export function attachmentDisposition(fileName: string): string {
  return `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
