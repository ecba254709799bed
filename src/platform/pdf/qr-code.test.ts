import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { decodePDFRawStream, grayscale, PDFArray, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawQrCode } from './index';

// The code is checked the way a phone reads it: the page rasterised by poppler, then decoded.
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiping-qr-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Rasterises page 1 at 150 dpi and decodes every QR code jsQR finds on it (it finds one). */
function decodePage(bytes: Uint8Array, name: string): string | null {
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, bytes);
  execFileSync('pdftoppm', ['-r', '150', '-png', '-singlefile', file, path.join(dir, name)]);
  const png = PNG.sync.read(fs.readFileSync(path.join(dir, `${name}.png`)));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

async function pageWithQr(text: string, size: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([300, 300]);
  // A grey page: the code must bring its own light quiet zone to be found.
  page.drawRectangle({ x: 0, y: 0, width: 300, height: 300, color: grayscale(0.55) });
  drawQrCode(page, text, { x: 40, y: 60, size });
  return doc.save();
}

describe('drawQrCode', () => {
  it('draws a code that decodes to the text', async () => {
    const url = 'https://zhiping.example.gov.cn/verify/210000202601200003457';
    expect(decodePage(await pageWithQr(url, 110), 'url')).toBe(url);
  });

  it('encodes non-ASCII text as UTF-8', async () => {
    const text = '电子职称证书 210000202601200003457';
    expect(decodePage(await pageWithQr(text, 150), 'chinese')).toBe(text);
  });

  it('keeps the drawing compact by merging runs of dark modules', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([300, 300]);
    drawQrCode(page, 'https://zhiping.example.gov.cn/verify/210000202601200003457', {
      x: 0,
      y: 0,
      size: 200,
    });
    const saved = await PDFDocument.load(await doc.save());
    const contents = saved.getPage(0).node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    const operators = refs
      .map((ref) => saved.context.lookup(ref))
      .filter((stream) => stream instanceof PDFRawStream)
      .map((stream) => Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1'))
      .join('\n');
    const rectangles = operators.match(/ re\b/g) ?? [];
    // A version-4 symbol (33×33) has ~550 dark modules; merged runs are well under half that.
    expect(rectangles.length).toBeGreaterThan(50);
    expect(rectangles.length).toBeLessThan(300);
  });
});
