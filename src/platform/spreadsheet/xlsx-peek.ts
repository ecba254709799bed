import zlib from 'node:zlib';

/** Reads `length` bytes at `offset` (fewer at the end): over a Buffer or an open file alike. */
export type ReadAt = (offset: number, length: number) => Promise<Buffer>;

export interface XlsxPeek {
  /** The zip holds a workbook part (xl/workbook.xml): a spreadsheet, not any zip. */
  isWorkbook: boolean;
  /** Data rows below the header per the first sheet's <dimension>, or null when it has none. */
  dataRows: number | null;
}

const EOCD = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const SHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;

/** The zip local-file signature every .xlsx starts with. */
export function isZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

async function centralDirectory(readAt: ReadAt, size: number): Promise<ZipEntry[] | null> {
  // The end record sits in the last 22 bytes plus at most a 64 KB comment.
  const tailLength = Math.min(size, 22 + 65_535);
  const tail = await readAt(size - tailLength, tailLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) return null;
  const count = tail.readUInt16LE(at + 10);
  const dirSize = tail.readUInt32LE(at + 12);
  const dirOffset = tail.readUInt32LE(at + 16);
  if (dirOffset + dirSize > size) return null;
  const dir = await readAt(dirOffset, dirSize);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let i = 0; i < count && p + 46 <= dir.length && dir.readUInt32LE(p) === CENTRAL_ENTRY; i++) {
    const nameLength = dir.readUInt16LE(p + 28);
    entries.push({
      name: dir.toString('utf8', p + 46, p + 46 + nameLength),
      method: dir.readUInt16LE(p + 10),
      compressedSize: dir.readUInt32LE(p + 20),
      localOffset: dir.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + dir.readUInt16LE(p + 30) + dir.readUInt16LE(p + 32);
  }
  return entries;
}

/** The first kilobytes of an entry, inflated as far as they go. */
async function entryHead(readAt: ReadAt, entry: ZipEntry, bytes: number): Promise<string | null> {
  const header = await readAt(entry.localOffset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_HEADER) return null;
  const dataOffset = entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const data = await readAt(dataOffset, Math.min(entry.compressedSize, bytes));
  if (entry.method === 0) return data.toString('utf8');
  if (entry.method !== 8) return null;
  try {
    // A sync flush returns what the partial input inflates to instead of failing on its end.
    return zlib.inflateRawSync(data, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString('utf8');
  } catch {
    return null;
  }
}

/**
 * Looks into an .xlsx without reading it through: whether it is a workbook, and how many rows
 * its first sheet declares (Excel and exceljs write `<dimension ref="A1:J1001"/>` at the top of
 * the sheet), so a streamed import can show a percentage from the start.
 */
export async function peekXlsx(readAt: ReadAt, size: number): Promise<XlsxPeek> {
  const entries = size >= 22 ? await centralDirectory(readAt, size) : null;
  if (!entries) return { isWorkbook: false, dataRows: null };
  const isWorkbook = entries.some((e) => e.name === 'xl/workbook.xml');
  const sheet = entries.find((e) => SHEET_PART.test(e.name));
  const head = isWorkbook && sheet ? await entryHead(readAt, sheet, 16_384) : null;
  const ref = head ? /<dimension\s+ref="[A-Z]+\d+(?::[A-Z]+(\d+))?"/.exec(head) : null;
  const lastRow = ref ? Number(ref[1] ?? 1) : null;
  return { isWorkbook, dataRows: lastRow === null ? null : Math.max(0, lastRow - 1) };
}
