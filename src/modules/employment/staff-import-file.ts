import { Readable } from 'node:stream';
import { MAX_STAFF_ROWS, type RawStaffRow, readStaffHeader } from '../../domain/accounts/staff-row';
import { AppError, invalidInput } from '../../domain/errors';
import { isZip, peekXlsx } from '../../platform/spreadsheet/xlsx-peek';
import { xlsxRows } from '../../platform/spreadsheet/xlsx-rows';

/** The data rows of an uploaded staff workbook, each with its spreadsheet row number. */
export type StaffFileRows = { row: number; raw: RawStaffRow }[];

const notAllowed = (message: string) => invalidInput([{ path: 'file', message }], 'FILE_TYPE_NOT_ALLOWED');

/** Why the bytes are not an .xlsx workbook, judged by content and never by the file name. */
async function refusalOf(bytes: Buffer): Promise<AppError | null> {
  if (bytes.length === 0) return invalidInput([{ path: 'file', message: '文件为空' }], 'FILE_EMPTY');
  if (isZip(bytes)) {
    const peek = await peekXlsx(
      async (offset, length) => bytes.subarray(offset, offset + length),
      bytes.length,
    );
    return peek.isWorkbook ? null : notAllowed('文件是压缩包但不是Excel工作簿（.xlsx）');
  }
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return notAllowed('不支持Excel 97-2003（.xls）格式，请在Excel中另存为.xlsx后上传');
  return notAllowed('只能上传Excel工作簿（.xlsx），请使用批量登记模板');
}

/**
 * Reads an uploaded staff workbook: its first sheet, header first (any column order), blank
 * rows skipped. A wrong file, a wrong header, no data or more than MAX_STAFF_ROWS rows is
 * refused (400) before anything is looked up; reading stops at the first row over the limit,
 * so an enormous sheet is never read whole.
 */
export async function readStaffFile(bytes: Buffer): Promise<StaffFileRows> {
  const refusal = await refusalOf(bytes);
  if (refusal) throw refusal;
  // Pieces, not one buffer, so the reader yields between them and the server stays responsive.
  const input = Readable.from(
    (function* () {
      for (let i = 0; i < bytes.length; i += 1 << 20) yield bytes.subarray(i, i + (1 << 20));
    })(),
    { objectMode: false },
  );
  const batches = xlsxRows(input);
  const rows: StaffFileRows = [];
  let rowOf: ((cells: readonly string[]) => RawStaffRow) | null = null;
  try {
    for await (const batch of batches) {
      for (const { row, cells } of batch) {
        if (!rowOf) {
          const header = readStaffHeader(cells);
          if (!header.ok)
            throw new AppError(
              'invalid',
              'TEMPLATE_MISMATCH',
              `表头缺少以下列：${header.missing.join('、')}（请使用批量登记人员模板，表头在第一行）`,
            );
          rowOf = header.rowOf;
          continue;
        }
        if (rows.length >= MAX_STAFF_ROWS)
          throw new AppError(
            'invalid',
            'TOO_MANY_ROWS',
            `每个文件最多登记${MAX_STAFF_ROWS}人，请分成几个文件上传`,
          );
        rows.push({ row, raw: rowOf(cells) });
      }
    }
  } finally {
    await batches.return(undefined);
  }
  if (!rowOf) throw invalidInput([{ path: 'file', message: '文件中没有内容：第一行应为表头' }], 'FILE_EMPTY');
  if (rows.length === 0)
    throw invalidInput([{ path: 'file', message: '表头下方没有人员数据，请逐行填写后上传' }], 'FILE_EMPTY');
  return rows;
}
