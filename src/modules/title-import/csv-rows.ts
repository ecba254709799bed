import { AppError } from '../../domain/errors';
import { isBlankRow, type SheetRow } from '../../platform/spreadsheet/sheet-row';

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

export type CsvEncoding = 'utf-8' | 'gb18030';

/**
 * The text encoding of a CSV from its first bytes: UTF-8 (with or without BOM) when they decode
 * as UTF-8, else GB18030 — what Excel for Chinese Windows saves as “CSV（逗号分隔）”. The
 * header row is Chinese, so the first bytes decide reliably.
 */
export function detectCsvEncoding(head: Uint8Array): CsvEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  try {
    // `stream: true` tolerates a character cut off at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** Whether bytes look like text at all (a binary file has NUL bytes early on). */
export function looksLikeText(head: Uint8Array): boolean {
  return !head.subarray(0, 65_536).includes(0);
}

/**
 * An RFC 4180 reader fed text in pieces: fields separated by commas, records by CRLF, LF or CR,
 * quoted fields with "" for a quote and line breaks inside. A record cut by the end of a piece
 * waits for the next one. Blank records keep their row number but are not returned.
 */
class CsvRecordReader {
  private carry = '';
  private rowNumber = 0;

  /** Parses `text` after what was carried over; with `final`, whatever remains is a record. */
  read(text: string, final: boolean, out: SheetRow[]): void {
    const s = this.carry + text;
    const n = s.length;
    let i = 0;
    while (i < n) {
      const start = i;
      const cells: string[] = [];
      let complete = false;
      for (;;) {
        let value: string;
        if (s.charCodeAt(i) === QUOTE) {
          value = '';
          let j = i + 1;
          let closed = false;
          for (;;) {
            const q = s.indexOf('"', j);
            if (q === -1 || (q === n - 1 && !final)) break;
            if (s.charCodeAt(q + 1) === QUOTE) {
              value += s.slice(j, q + 1);
              j = q + 2;
              continue;
            }
            value += s.slice(j, q);
            i = q + 1;
            closed = true;
            break;
          }
          if (!closed) {
            if (!final) break;
            // An unterminated quote at the end of the file: keep what there is.
            value += s.slice(j);
            i = n;
          }
          // Text after a closing quote (a"b"c) is kept, as spreadsheet programs do.
          let k = i;
          while (k < n) {
            const c = s.charCodeAt(k);
            if (c === COMMA || c === LF || c === CR) break;
            k++;
          }
          if (k > i) value += s.slice(i, k);
          i = k;
        } else {
          let j = i;
          while (j < n) {
            const c = s.charCodeAt(j);
            if (c === COMMA || c === LF || c === CR) break;
            j++;
          }
          value = s.slice(i, j);
          i = j;
        }
        if (i >= n && !final) break;
        cells.push(value);
        if (i >= n) {
          complete = true;
          break;
        }
        const c = s.charCodeAt(i);
        if (c === COMMA) {
          i++;
          if (i >= n) {
            if (!final) break;
            cells.push('');
            complete = true;
            break;
          }
          continue;
        }
        if (c === CR) {
          if (i + 1 >= n && !final) break;
          i += s.charCodeAt(i + 1) === LF ? 2 : 1;
        } else {
          i++;
        }
        complete = true;
        break;
      }
      if (!complete) {
        this.carry = s.slice(start);
        return;
      }
      this.rowNumber++;
      if (!isBlankRow(cells)) out.push({ row: this.rowNumber, cells });
    }
    this.carry = '';
  }
}

const ENCODING_ERROR = () =>
  new AppError('invalid', 'CSV_ENCODING', '文件中有无法识别的字符：请将CSV另存为UTF-8或GB18030（GBK）编码');

/**
 * The records of a CSV file, in batches as the bytes arrive (header first, as row 1). The
 * encoding is fixed by the first bytes; a later byte that does not decode is an error rather
 * than a silently garbled name.
 */
export async function* csvRows(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<SheetRow[]> {
  let decoder: TextDecoder | null = null;
  const reader = new CsvRecordReader();
  for await (const chunk of chunks) {
    decoder ??= new TextDecoder(detectCsvEncoding(chunk), { fatal: true });
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw ENCODING_ERROR();
    }
    const out: SheetRow[] = [];
    reader.read(text, false, out);
    if (out.length > 0) yield out;
  }
  let rest = '';
  try {
    rest = decoder?.decode() ?? '';
  } catch {
    throw ENCODING_ERROR();
  }
  const out: SheetRow[] = [];
  reader.read(rest, true, out);
  if (out.length > 0) yield out;
}

/**
 * How many non-blank records follow the header, counted on the bytes (quote-aware, so a line
 * break inside a quoted cell does not count) — a quick first pass that gives the progress bar
 * its 100%. Empty lines are not counted; a line of nothing but commas is (the reader skips it,
 * and the job's total is corrected when it ends). UTF-8 and GB18030 never use the bytes of `"`
 * or a line break inside a character.
 */
export async function countCsvDataRows(chunks: AsyncIterable<Uint8Array>): Promise<number> {
  let records = 0;
  let inQuotes = false;
  let hasContent = false;
  for await (const chunk of chunks) {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (!inQuotes && !bytes.includes(QUOTE)) {
      // The common case, no quotes in the piece: jump from line break to line break.
      let at = 0;
      for (let lf = bytes.indexOf(LF, at); lf !== -1; lf = bytes.indexOf(LF, at)) {
        const end = lf > at && bytes[lf - 1] === CR ? lf - 1 : lf;
        if (end > at || hasContent) records++;
        hasContent = false;
        at = lf + 1;
      }
      if (at < bytes.length) hasContent = true;
      continue;
    }
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (b === QUOTE) {
        inQuotes = !inQuotes;
        hasContent = true;
      } else if (!inQuotes && b === LF) {
        if (hasContent) records++;
        hasContent = false;
      } else if (!inQuotes && b !== CR) {
        hasContent = true;
      }
    }
  }
  if (hasContent) records++;
  return Math.max(0, records - 1);
}
