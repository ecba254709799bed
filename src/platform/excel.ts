import ExcelJS from 'exceljs';

export interface ExcelColumn<T> {
  header: string;
  width?: number;
  value: (row: T) => string | number | null;
}

/** One sheet with a bold, frozen header row: the shape HR offices expect from an 一览表. */
export async function buildWorkbook<T>(
  sheetName: string,
  columns: ExcelColumn<T>[],
  rows: Iterable<T>,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '职评';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? 16 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A Content-Disposition value that carries a Chinese file name (RFC 5987). */
export function attachmentDisposition(fileName: string): string {
  return `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
