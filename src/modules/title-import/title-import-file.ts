import fs from 'node:fs';
import { Readable } from 'node:stream';
import { type RawTitleRecord, readTitleHeader } from '../../domain/certificates/title-record';
import { AppError, invalidInput } from '../../domain/errors';
import type { SheetRow } from '../../platform/spreadsheet/sheet-row';
import { isZip, peekXlsx, type ReadAt } from '../../platform/spreadsheet/xlsx-peek';
import { xlsxRows } from '../../platform/spreadsheet/xlsx-rows';
import { countCsvDataRows, csvRows, looksLikeText } from './csv-rows';

/** The file to import: uploaded bytes (HTTP) or a path on this machine (CLI). */
export type TitleImportFile = { fileName: string; bytes: Buffer } | { fileName: string; path: string };

/** An import file whose header has been read and checked, positioned at its first data row. */
export interface OpenedTitleFile {
  kind: 'xlsx' | 'csv';
  /** Data rows the file declares up front (the progress bar's 100%), or null when unknown. */
  expectedRows: number | null;
  /** The data rows in batches, each with its spreadsheet row number. */
  rows: AsyncIterable<SheetRow[]>;
  recordOf(cells: readonly string[]): RawTitleRecord;
  /** Stops reading (the rows need not be read to the end). */
  close(): Promise<void>;
}

const CHUNK = 1 << 20;
const HEAD = 1 << 16;

const notAllowed = (message: string) => invalidInput([{ path: 'file', message }], 'FILE_TYPE_NOT_ALLOWED');

/** Random access and streams over whichever the file is. */
interface FileAccess {
  size: number;
  readAt: ReadAt;
  stream(): Readable;
  close(): Promise<void>;
}

async function accessOf(file: TitleImportFile): Promise<FileAccess> {
  if ('bytes' in file) {
    const { bytes } = file;
    return {
      size: bytes.length,
      readAt: async (offset, length) => bytes.subarray(offset, offset + length),
      // Pieces, not one buffer, so the reader yields between them and the server stays responsive.
      stream: () =>
        Readable.from(
          (function* () {
            for (let i = 0; i < bytes.length; i += CHUNK) yield bytes.subarray(i, i + CHUNK);
          })(),
          { objectMode: false },
        ),
      close: async () => {},
    };
  }
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file.path, 'r');
  } catch {
    throw new AppError('invalid', 'FILE_UNREADABLE', `无法读取文件：${file.fileName}`);
  }
  const { size } = await handle.stat();
  return {
    size,
    readAt: async (offset, length) => {
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
      return buffer.subarray(0, bytesRead);
    },
    stream: () => fs.createReadStream(file.path, { highWaterMark: CHUNK }),
    close: () => handle.close(),
  };
}

/** Which reader the content calls for, judged by the bytes and never by the file name. */
async function kindOf(access: FileAccess): Promise<{ kind: 'xlsx' | 'csv'; declaredRows: number | null }> {
  const head = await access.readAt(0, HEAD);
  if (head.length === 0) throw invalidInput([{ path: 'file', message: '文件为空' }], 'FILE_EMPTY');
  if (isZip(head)) {
    const peek = await peekXlsx(access.readAt, access.size);
    if (!peek.isWorkbook) throw notAllowed('文件是压缩包但不是Excel工作簿（.xlsx）');
    return { kind: 'xlsx', declaredRows: peek.dataRows };
  }
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0)
    throw notAllowed('不支持Excel 97-2003（.xls）格式，请在Excel中另存为.xlsx或CSV后导入');
  if (!looksLikeText(head)) throw notAllowed('只能导入Excel工作簿（.xlsx）或CSV文件（按文件内容判断）');
  return { kind: 'csv', declaredRows: null };
}

/**
 * Opens an import file: decides xlsx or CSV from its content, reads the header row and checks
 * that every template column is there — so a wrong file is refused before anything is written —
 * and counts the rows ahead when that is cheap (CSV) or declared (xlsx).
 */
export async function openTitleFile(file: TitleImportFile): Promise<OpenedTitleFile> {
  const access = await accessOf(file);
  try {
    const { kind, declaredRows } = await kindOf(access);
    const expectedRows = kind === 'csv' ? await countCsvDataRows(access.stream()) : declaredRows;
    const rows = kind === 'csv' ? csvRows(access.stream()) : xlsxRows(access.stream());
    const first = await rows.next();
    const firstBatch = first.done ? [] : first.value;
    const header = firstBatch[0];
    if (!header) {
      await rows.return(undefined);
      throw invalidInput([{ path: 'file', message: '文件中没有内容：第一行应为表头' }], 'FILE_EMPTY');
    }
    const read = readTitleHeader(header.cells);
    if (!read.ok) {
      await rows.return(undefined);
      throw new AppError(
        'invalid',
        'TEMPLATE_MISMATCH',
        `表头缺少以下列：${read.missing.join('、')}（请使用职称历史数据导入模板，表头在第一行）`,
      );
    }
    return {
      kind,
      expectedRows,
      recordOf: read.recordOf,
      rows: (async function* () {
        if (firstBatch.length > 1) yield firstBatch.slice(1);
        yield* rows;
      })(),
      close: async () => {
        await rows.return(undefined);
        await access.close();
      },
    };
  } catch (error) {
    await access.close();
    throw error;
  }
}
