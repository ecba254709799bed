import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../../domain/errors';
import { isBlankRow, type SheetRow } from './sheet-row';

const BATCH = 1000;

/** A date cell as YYYY-MM-DD: exceljs reads date cells as UTC midnight of the day shown. */
function dateText(value: Date): string {
  return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
}

/** The text a cell shows, whatever kind of value it holds. */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) {
    const result = value.result;
    if (result instanceof Date) return dateText(result);
    return result === undefined || result === null || typeof result === 'object' ? '' : String(result);
  }
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
}

/**
 * The rows of the first worksheet, streamed (a historical archive can run to a million rows;
 * the whole workbook is never held in memory), in batches, header first as row 1. Date cells
 * come out as YYYY-MM-DD, which is why styles are read.
 */
export async function* xlsxRows(input: Readable): AsyncGenerator<SheetRow[]> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const sheet of workbook) {
      let batch: SheetRow[] = [];
      for await (const row of sheet) {
        const values = row.values as ExcelJS.CellValue[];
        const cells: string[] = new Array(Math.max(0, values.length - 1));
        for (let i = 1; i < values.length; i++) cells[i - 1] = cellText(values[i]);
        if (isBlankRow(cells)) continue;
        batch.push({ row: row.number, cells });
        if (batch.length >= BATCH) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
      // Only the first sheet is the import; the rest of the file is not read.
      return;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('invalid', 'NOT_A_WORKBOOK', '无法读取Excel工作簿：文件已损坏或不是.xlsx格式');
  } finally {
    input.destroy();
  }
}
