import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { caughtAppError } from '../../test/helpers/caught-app-error';
import { multipartBoundary, parseMultipart } from './multipart-form';

const LIMITS = { maxParts: 30, maxFileBytes: 1024 * 1024 };

/** A body as Node's own fetch encodes a FormData (undici), with its Content-Type. */
async function encodedByFetch(form: FormData) {
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return {
    body: Buffer.from(await request.arrayBuffer()),
    contentType: request.headers.get('content-type') ?? '',
  };
}

const form = (...lines: string[]) => Buffer.from(lines.join('\r\n'));

describe('parseMultipart', () => {
  it('reads back exactly what fetch encoded: fields, files, binary bytes, Chinese names', async () => {
    for (let round = 0; round < 20; round++) {
      const files = Array.from({ length: 1 + (round % 4) }, (_, i) => {
        // Random bytes, with line breaks and dashes that look like the start of a delimiter.
        const bytes = Buffer.concat([
          crypto.randomBytes(round * 37 + i),
          Buffer.from('\r\n--\r\n----'),
          crypto.randomBytes(i * 11),
        ]);
        return { name: `file-${i}`, fileName: `材料 ${round}-${i}.pdf`, type: 'application/pdf', bytes };
      });
      const data = new FormData();
      data.append('application', JSON.stringify({ round, note: '第一行\r\n第二行' }));
      for (const f of files) data.append(f.name, new Blob([f.bytes], { type: f.type }), f.fileName);
      const { body, contentType } = await encodedByFetch(data);

      const parts = parseMultipart(body, multipartBoundary(contentType)!, LIMITS);
      expect(parts).toHaveLength(files.length + 1);
      expect(parts[0]).toMatchObject({ name: 'application', fileName: null, mimetype: 'text/plain' });
      expect(JSON.parse(parts[0]!.bytes.toString('utf8'))).toEqual({ round, note: '第一行\r\n第二行' });
      files.forEach((f, i) => {
        const part = parts[i + 1]!;
        expect(part).toMatchObject({ name: f.name, fileName: f.fileName, mimetype: f.type });
        expect(part.bytes.equals(f.bytes)).toBe(true);
      });
    }
  });

  it('ignores a preamble and an epilogue, keeps empty parts, strips paths from file names', () => {
    const body = form(
      'a preamble',
      '--b',
      'Content-Disposition: form-data; name="empty"',
      '',
      '',
      '--b',
      'content-disposition: form-data; name="doc"; filename="C:\\\\Users\\\\me\\\\scan.png"',
      'Content-Type: IMAGE/PNG; charset=binary',
      '',
      'png',
      '--b',
      'Content-Disposition: form-data; name="raw"',
      'Content-Type: application/octet-stream',
      '',
      'bytes',
      '--b',
      `Content-Disposition: form-data; name="quoted"; filename="a \\"b\\".pdf"; filename*=UTF-8''%E8%AF%81%E4%B9%A6.pdf`,
      '',
      'x',
      '--b--',
      'an epilogue',
    );
    const parts = parseMultipart(body, 'b', LIMITS);
    expect(parts.map((p) => [p.name, p.fileName, p.mimetype, p.bytes.toString()])).toEqual([
      ['empty', null, 'text/plain', ''],
      ['doc', 'scan.png', 'image/png', 'png'],
      ['raw', '', 'application/octet-stream', 'bytes'],
      // filename* (RFC 5987) wins over the plain filename.
      ['quoted', '证书.pdf', 'text/plain', 'x'],
    ]);
  });

  it('refuses malformed bodies with a Chinese error naming the problem', () => {
    const cases: [Buffer, string][] = [
      [Buffer.from('no delimiter at all'), '找不到分隔符'],
      [form('text--b', 'Content-Disposition: form-data; name="a"', '', 'x', '--b--'), '找不到分隔符'],
      [form('--b', 'Content-Disposition: form-data; name="a"', '', 'cut off here'), '缺少结束分隔符'],
      [form('--b', 'Content-Disposition: form-data; name="a"'), '分段头未结束'],
      [form('--b', 'Content-Type: text/plain', '', 'x', '--b--'), 'Content-Disposition'],
      [form('--b', 'Content-Disposition: attachment; name="a"', '', 'x', '--b--'), 'Content-Disposition'],
      [form('--b', 'Content-Disposition: form-data; filename="a"', '', 'x', '--b--'), '缺少字段名'],
      [form('--b', 'not a header', '', 'x', '--b--'), '分段头无效'],
      [Buffer.from('--bxx\r\n'), '分隔符后应换行'],
    ];
    for (const [body, message] of cases) {
      const error = caughtAppError(() => parseMultipart(body, 'b', LIMITS));
      expect(error.kind).toBe('invalid');
      expect(error.code).toBe('INVALID_MULTIPART');
      expect(error.message).toContain('表单格式不正确');
      expect(error.message).toContain(message);
    }
  });

  it('refuses more parts than allowed, and a file (not a field) over the size limit', () => {
    const parts = (count: number, size: number, file: boolean) =>
      form(
        ...Array.from({ length: count }, (_, i) => [
          '--b',
          `Content-Disposition: form-data; name="p${i}"${file ? `; filename="f${i}.pdf"` : ''}`,
          '',
          'x'.repeat(size),
        ]).flat(),
        '--b--',
      );
    const limits = { maxParts: 3, maxFileBytes: 10 };
    expect(parseMultipart(parts(3, 10, true), 'b', limits)).toHaveLength(3);
    expect(parseMultipart(parts(1, 11, false), 'b', limits)[0]!.bytes.length).toBe(11);
    const tooMany = caughtAppError(() => parseMultipart(parts(4, 1, false), 'b', limits));
    expect([tooMany.kind, tooMany.code, tooMany.message]).toEqual([
      'invalid',
      'TOO_MANY_PARTS',
      '表单字段过多',
    ]);
    const tooLarge = caughtAppError(() => parseMultipart(parts(1, 11, true), 'b', limits));
    expect([tooLarge.kind, tooLarge.code]).toEqual(['too-large', 'FILE_TOO_LARGE']);
  });
});

describe('multipartBoundary', () => {
  it('takes the boundary, quoted or not, and nothing else', () => {
    expect(multipartBoundary('multipart/form-data; boundary=abc123')).toBe('abc123');
    expect(multipartBoundary('multipart/form-data; BOUNDARY="a b:c"; charset=utf-8')).toBe('a b:c');
    expect(multipartBoundary('multipart/form-data; charset=utf-8; boundary=x-y')).toBe('x-y');
    expect(multipartBoundary('multipart/form-data')).toBeNull();
    expect(multipartBoundary(undefined)).toBeNull();
    expect(multipartBoundary(`multipart/form-data; boundary=${'x'.repeat(71)}`)).toBeNull();
  });
});
