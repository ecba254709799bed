import ExcelJS from 'exceljs';
import { STAFF_ROW_COLUMNS } from '../../src/domain/accounts/staff-row';
import { authed, type Session } from './factories';
import { multipartBody } from './multipart';
import type { TestApp } from './test-app';

/** One person as a unit's HR office types them into the template; a Date goes in as a date cell. */
export interface StaffLine {
  name: string;
  idNumber: string;
  phone: string;
  relation: string;
  agency?: string;
  startedOn: string | Date;
}

const cellsOf = (line: StaffLine) => [
  line.name,
  line.idNumber,
  line.phone,
  line.relation,
  line.agency ?? '',
  line.startedOn,
];

/**
 * A real .xlsx of staff lines: into the server's own template when given (its first sheet,
 * below the header), else a fresh workbook with the template's header.
 */
export async function staffWorkbook(lines: readonly StaffLine[], template?: Buffer): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  if (template) await workbook.xlsx.load(template as unknown as ArrayBuffer);
  else workbook.addWorksheet('人员名单').addRow([...STAFF_ROW_COLUMNS]);
  const sheet = workbook.worksheets[0]!;
  // From row 2, as a person types: the template's drop-down reaches far below, so addRow would start after it.
  lines.forEach((line, i) => {
    sheet.getRow(i + 2).values = cellsOf(line);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Uploads a file to the bulk registration as the browser does (`dryRun` for the check). */
export function uploadStaff(
  t: TestApp,
  session: Session,
  bytes: Buffer,
  options: { dryRun?: boolean; fileName?: string } = {},
) {
  const form = multipartBody([
    {
      name: 'file',
      fileName: options.fileName ?? '人员名单.xlsx',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      bytes,
    },
  ]);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/employer/staff-import${options.dryRun ? '?dryRun=true' : ''}`,
    headers: { ...authed(session), ...form.headers },
    payload: form.payload,
  });
}

/** The rows of a workbook's first sheet as text, header included (for reading exports). */
export async function sheetText(bytes: Buffer, sheetIndex = 0): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[sheetIndex]!.eachRow((row) => {
    rows.push(
      (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))),
    );
  });
  return rows;
}
