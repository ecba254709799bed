import { describe, expect, it } from 'vitest';
import { countCsvDataRows, csvRows, detectCsvEncoding, looksLikeText } from './csv-rows';

/** The bytes cut into pieces of `size`, as a file stream would deliver them. */
async function* pieces(bytes: Uint8Array, size: number) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function read(text: string | Uint8Array, size = 1 << 16) {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const rows = [];
  for await (const batch of csvRows(pieces(bytes, size))) rows.push(...batch);
  return rows;
}

const SAMPLE =
  '\uFEFF姓名,备注\r\n王立新,"含,逗号"\r\n\r\n,\r\n"李""小""明","两行\r\n文字"\r\n赵六,末行无换行';

describe('reading CSV', () => {
  it('reads RFC 4180 records with their spreadsheet row numbers, skipping blank rows', async () => {
    const expected = [
      { row: 1, cells: ['姓名', '备注'] },
      { row: 2, cells: ['王立新', '含,逗号'] },
      { row: 5, cells: ['李"小"明', '两行\r\n文字'] },
      { row: 6, cells: ['赵六', '末行无换行'] },
    ];
    expect(await read(SAMPLE)).toEqual(expected);
    // Every cut of the bytes, including inside a character, a quote pair or a CRLF, reads the same.
    for (const size of [1, 2, 3, 5, 7, 11]) expect(await read(SAMPLE, size)).toEqual(expected);
  });

  it('accepts LF and CR line ends and a trailing comma', async () => {
    expect(await read('a,b\nc,\rd,e\n')).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['c', ''] },
      { row: 3, cells: ['d', 'e'] },
    ]);
  });

  it('decodes GB18030 (Excel for Chinese Windows) and refuses bytes that decode as neither', async () => {
    const gbk = Buffer.from([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0x61, 0x0a]); // 姓名,a
    expect(detectCsvEncoding(gbk)).toBe('gb18030');
    expect(detectCsvEncoding(Buffer.from('姓名'))).toBe('utf-8');
    expect(await read(gbk)).toEqual([{ row: 1, cells: ['姓名', 'a'] }]);
    const broken = Buffer.concat([Buffer.from('姓名,a\n'.repeat(10)), Buffer.from([0xff, 0xfe, 0x0a])]);
    await expect(read(broken, 16)).rejects.toThrow('无法识别的字符');
  });

  it('counts the data rows on the bytes, ignoring line breaks inside quotes and empty lines', async () => {
    const bytes = Buffer.from(SAMPLE);
    // The line of commas counts here (the reader skips it later; the job's total is then corrected).
    for (const size of [3, 7, 1 << 16]) expect(await countCsvDataRows(pieces(bytes, size))).toBe(4);
    expect(await countCsvDataRows(pieces(Buffer.from('h\r\na\r\n\r\nb'), 2))).toBe(2);
    expect(await countCsvDataRows(pieces(Buffer.from('姓名\n'), 4))).toBe(0);
  });

  it('tells text from binary', () => {
    expect(looksLikeText(Buffer.from(SAMPLE))).toBe(true);
    expect(looksLikeText(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))).toBe(false);
  });
});
