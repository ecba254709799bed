import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  type PDFRef,
  PDFString,
  StandardFonts,
} from 'pdf-lib';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINIMAL_PDF } from '../../../test/helpers/minimal-pdf';
import { pdfText } from '../../../test/helpers/pdf-text';
import type { SignedCertificateData } from '../../domain/certificates';
import { AppError } from '../../domain/errors';
import { MISSING_GLYPH } from '../../platform/pdf';
import { createSm2Signer, DEFAULT_USER_ID, generateSm2KeyPair } from '../../platform/sm2';
import { type CertificateDocument, pageContentDigest, renderCertificatePdf } from './certificate-pdf';
import { verifyCertificatePdf } from './certificate-pdf-verify';
import type { CertificateSigner, PublicSigningKey } from './signing-keys';

const NOW = new Date('2026-12-05T02:00:00.000Z');
const BASE_URL = 'https://zhiping.hrss.ln.gov.cn/';
const VERIFY_URL = 'https://zhiping.hrss.ln.gov.cn/verify/210000202601200003457';
const KEY_ID = 'ZP-SM2-2026-01';

const CERTIFICATE: CertificateDocument = {
  number: '210000202601200003457',
  holderName: '欧阳婧雯',
  holderIdNumberMasked: '210***********002X',
  titleName: '高级工程师',
  series: 'engineering',
  specialty: '桥梁与隧道工程',
  level: 'associate-senior',
  committeeName: '辽宁省工程技术（交通运输工程）专业高级职称评审委员会',
  announcementNumber: '辽人社职〔2026〕12号',
  issuedOn: '2026-12-05',
  regionCode: '210000',
  issuerName: '辽宁省人力资源和社会保障厅',
};

function makeKey(keyId = KEY_ID): { signer: CertificateSigner; key: PublicSigningKey } {
  const pair = generateSm2KeyPair();
  const sm2 = createSm2Signer(pair.privateKey);
  return {
    signer: { keyId, sign: (message) => sm2.sign(message) },
    key: {
      keyId,
      algorithm: 'SM2',
      hash: 'SM3',
      userId: DEFAULT_USER_ID,
      publicKey: pair.publicKey,
      validFrom: '2026-01-01T00:00:00.000Z',
      validUntil: '2028-01-01T00:00:00.000Z',
      status: 'active',
    },
  };
}

const issuing = makeKey();
let bytes: Uint8Array;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiping-certificate-'));
  bytes = await renderCertificatePdf(CERTIFICATE, { signer: issuing.signer, now: NOW, baseUrl: BASE_URL });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The decoded bytes of the stream object `ref` points to. */
function decodedStream(doc: PDFDocument, ref: PDFRef): Uint8Array {
  const stream = doc.context.lookup(ref);
  if (!(stream instanceof PDFRawStream)) throw new Error(`not a stream: ${ref}`);
  return decodePDFRawStream(stream).decode();
}

/** The embedded-file stream of the signature attachment, found the way a PDF reader lists it. */
function attachmentRef(doc: PDFDocument): PDFRef {
  const tree = doc.catalog.lookup(PDFName.of('Names'), PDFDict).lookup(PDFName.of('EmbeddedFiles'), PDFDict);
  const fileSpec = tree.lookup(PDFName.of('Names'), PDFArray).lookup(1, PDFDict);
  return fileSpec.lookup(PDFName.of('EF'), PDFDict).get(PDFName.of('F')) as PDFRef;
}

/** The certificate with its attachment's JSON edited and re-embedded, the old signature kept. */
async function withEditedData(edit: (data: SignedCertificateData) => void): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const ref = attachmentRef(doc);
  const data = JSON.parse(new TextDecoder().decode(decodedStream(doc, ref)));
  edit(data);
  const json = new TextEncoder().encode(JSON.stringify(data));
  doc.context.assign(
    ref,
    doc.context.flateStream(json, { Type: 'EmbeddedFile', Subtype: 'application/json' }),
  );
  return doc.save();
}

/** The certificate with the first content stream of its page swapped for `edit` of its operators. */
async function withContentStreamEdited(
  edit: (operators: string) => string,
  compress = true,
): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const contents = doc.getPage(0).node.Contents();
  const ref = contents instanceof PDFArray ? (contents.get(0) as PDFRef) : undefined;
  if (!ref) throw new Error('expected /Contents to be an array of references');
  const operators = Buffer.from(decodedStream(doc, ref));
  const edited = edit(operators.toString('latin1'));
  doc.context.assign(ref, compress ? doc.context.flateStream(edited) : doc.context.stream(edited));
  return doc.save();
}

function decodeQr(pdf: Uint8Array): string | null {
  const file = path.join(dir, 'certificate.pdf');
  fs.writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-r', '150', '-png', '-singlefile', file, path.join(dir, 'certificate')]);
  const png = PNG.sync.read(fs.readFileSync(path.join(dir, 'certificate.png')));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

describe('renderCertificatePdf', () => {
  it('prints every field of the ledger entry as extractable Chinese text', () => {
    const text = pdfText(bytes);
    for (const expected of [
      '专业技术资格证书',
      '电子职称证书',
      '欧阳婧雯',
      '210***********002X',
      '工程技术',
      '桥梁与隧道工程',
      '副高级',
      '高级工程师',
      '辽宁省工程技术（交通运输工程）专业高级职称评审委员会',
      '辽人社职〔2026〕12号',
      '2026年12月5日',
      '210000202601200003457',
      '发证机关：辽宁省人力资源和社会保障厅',
      VERIFY_URL,
      'zhiping certificate verify 文件.pdf',
      KEY_ID,
    ]) {
      expect(text).toContain(expected);
    }
    // Labels are spread over a fixed width (分散对齐), so extraction puts spaces between characters.
    for (const label of [
      '姓名',
      '身份证号',
      '系列',
      '专业',
      '资格级别',
      '取得资格时间',
      '评审委员会',
      '发文文号',
      '证书编号',
    ])
      expect(text).toMatch(new RegExp([...label].join('\\s*')));
    expect(text).not.toContain(MISSING_GLYPH);
  });

  it('draws a QR code that leads to the public verification page', () => {
    expect(decodeQr(bytes)).toBe(VERIFY_URL);
  });

  it('is one A4 landscape page with the document metadata set to the signing time', async () => {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
    expect(doc.getTitle()).toBe('电子职称证书 210000202601200003457');
    expect(doc.getCreator()).toBe('zhiping');
    expect(doc.getCreationDate()?.toISOString()).toBe(NOW.toISOString());
    expect(doc.getModificationDate()?.toISOString()).toBe(NOW.toISOString());
  });

  it('embeds the signed data whose content digest matches the pages as saved', async () => {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    const data = JSON.parse(
      new TextDecoder().decode(decodedStream(doc, attachmentRef(doc))),
    ) as SignedCertificateData;
    expect(data.payload).toMatchObject({
      format: 'zhiping-certificate/1',
      number: CERTIFICATE.number,
      holder: { name: '欧阳婧雯', idNumberMasked: '210***********002X' },
      series: 'engineering',
      seriesCode: '05',
      level: 'associate-senior',
      levelName: '副高级',
      verifyUrl: VERIFY_URL,
      keyId: KEY_ID,
      signedAt: NOW.toISOString(),
    });
    expect(data.signature).toMatchObject({ algorithm: 'SM2-SM3', keyId: KEY_ID, userId: DEFAULT_USER_ID });
    expect(data.signature.value).toMatch(/^[0-9a-f]{128}$/);
    // Attaching the data and saving again left the page streams byte for byte as they were hashed.
    expect(pageContentDigest(doc)).toBe(data.payload.contentDigest);
    // The same certificate drawn again gives the same pages.
    const again = await renderCertificatePdf(CERTIFICATE, {
      signer: makeKey().signer,
      now: NOW,
      baseUrl: BASE_URL,
    });
    expect(pageContentDigest(await PDFDocument.load(again))).toBe(data.payload.contentDigest);
  });

  it('refuses a series or level the catalogue does not know', async () => {
    const deps = { signer: issuing.signer, now: NOW, baseUrl: BASE_URL };
    await expect(renderCertificatePdf({ ...CERTIFICATE, series: 'astrology' }, deps)).rejects.toBeInstanceOf(
      AppError,
    );
    await expect(renderCertificatePdf({ ...CERTIFICATE, level: 'grandmaster' }, deps)).rejects.toThrow(
      /层级/,
    );
  });
});

describe('verifyCertificatePdf', () => {
  it('accepts the certificate with the key that signed it', async () => {
    const result = await verifyCertificatePdf(bytes, [makeKey('ZP-SM2-2025-01').key, issuing.key]);
    expect(result).toMatchObject({ ok: true, key: issuing.key, payload: { number: CERTIFICATE.number } });
  });

  it('rejects a signature by a key that is not trusted', async () => {
    expect(await verifyCertificatePdf(bytes, [makeKey('ZP-SM2-2025-01').key])).toMatchObject({
      ok: false,
      code: 'UNKNOWN_KEY',
      reason: expect.stringContaining(KEY_ID),
    });
    // The same key id with another key pair: the signature does not verify.
    expect(await verifyCertificatePdf(bytes, [makeKey(KEY_ID).key])).toMatchObject({
      ok: false,
      code: 'SIGNATURE_INVALID',
    });
  });

  it('rejects a signature made outside the key’s validity', async () => {
    const notYet = { ...issuing.key, validFrom: '2026-12-05T02:00:00.001Z' };
    expect(await verifyCertificatePdf(bytes, [notYet])).toMatchObject({ ok: false, code: 'KEY_NOT_VALID' });
    // validUntil is exclusive.
    const expired = { ...issuing.key, validUntil: NOW.toISOString() };
    expect(await verifyCertificatePdf(bytes, [expired])).toMatchObject({ ok: false, code: 'KEY_NOT_VALID' });
    // A key retired since still vouches for what it signed while valid.
    const retired = { ...issuing.key, status: 'retired' as const };
    expect(await verifyCertificatePdf(bytes, [retired])).toMatchObject({ ok: true });
  });

  it('detects a changed payload in the attachment', async () => {
    const forged = await withEditedData((data) => {
      data.payload.title = '正高级工程师';
    });
    const result = await verifyCertificatePdf(forged, [issuing.key]);
    expect(result).toEqual({
      ok: false,
      code: 'SIGNATURE_INVALID',
      reason: '签名验证失败：证书数据已被篡改或不是由该密钥签发',
      payload: expect.objectContaining({ title: '正高级工程师' }),
    });
    // Re-embedding the data unchanged keeps it valid: the check is on the data, not the bytes.
    expect(await verifyCertificatePdf(await withEditedData(() => {}), [issuing.key])).toMatchObject({
      ok: true,
    });
  });

  it('detects malformed signed data', async () => {
    const shortSignature = await withEditedData((data) => {
      data.signature.value = data.signature.value.slice(1);
    });
    expect(await verifyCertificatePdf(shortSignature, [issuing.key])).toMatchObject({
      ok: false,
      code: 'MALFORMED_DATA',
      reason: expect.stringContaining('128位'),
    });
    const noNumber = await withEditedData((data) => {
      delete (data.payload as Partial<typeof data.payload>).number;
    });
    expect(await verifyCertificatePdf(noNumber, [issuing.key])).toMatchObject({
      ok: false,
      code: 'MALFORMED_DATA',
      reason: expect.stringContaining('number'),
    });
  });

  it('detects a page drawn on after signing', async () => {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.getPage(0).drawText('VOID', { x: 400, y: 300, size: 40, font });
    const result = await verifyCertificatePdf(await doc.save(), [issuing.key]);
    expect(result).toMatchObject({
      ok: false,
      code: 'CONTENT_MODIFIED',
      reason: '证书页面内容与签名数据不符，页面已被修改',
      payload: { number: CERTIFICATE.number },
    });
  });

  it('detects an annotation laid over the page after signing', async () => {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    const overlay = doc.context.obj({
      Type: 'Annot',
      Subtype: 'FreeText',
      Rect: [250, 360, 590, 400],
      Contents: PDFHexString.fromText('正高级工程师'),
      DA: PDFString.of('/Helv 24 Tf 0 g'),
    });
    doc.getPage(0).node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(overlay)]));
    expect(await verifyCertificatePdf(await doc.save(), [issuing.key])).toMatchObject({
      ok: false,
      code: 'CONTENT_MODIFIED',
      reason: expect.stringContaining('批注'),
    });
  });

  it('detects a changed glyph program in the embedded font and a crop box over the QR code', async () => {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    // Every font file the page uses: flip one byte of the first (a glyph drawn differently).
    const descriptor = doc.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .find((object) => object instanceof PDFDict && object.has(PDFName.of('FontFile2'))) as PDFDict;
    const fontFile = doc.context.lookup(descriptor.get(PDFName.of('FontFile2')));
    expect(fontFile).toBeInstanceOf(PDFRawStream);
    const contents = (fontFile as PDFRawStream).contents;
    contents[contents.length - 1] = (contents.at(-1) ?? 0) ^ 0xff;
    expect(await verifyCertificatePdf(await doc.save(), [issuing.key])).toMatchObject({
      ok: false,
      code: 'CONTENT_MODIFIED',
    });
    const cropped = await PDFDocument.load(bytes, { updateMetadata: false });
    cropped.getPage(0).setCropBox(0, 0, 600, 595);
    expect(await verifyCertificatePdf(await cropped.save(), [issuing.key])).toMatchObject({
      ok: false,
      code: 'CONTENT_MODIFIED',
    });
  });

  it('detects a page content stream replaced after signing', async () => {
    // Moving every text object 1pt sideways: invisible to the eye, not to the digest.
    const moved = await withContentStreamEdited((operators) => `1 0 0 1 1 0 cm\n${operators}`);
    expect(await verifyCertificatePdf(moved, [issuing.key])).toMatchObject({
      ok: false,
      code: 'CONTENT_MODIFIED',
    });
    // The same operators stored uncompressed still count as modified: the digest covers the
    // stored bytes, and the renderer never writes them that way.
    const reencoded = await withContentStreamEdited((operators) => operators, false);
    expect(await verifyCertificatePdf(reencoded, [issuing.key])).toMatchObject({
      ok: false,
      code: 'CONTENT_MODIFIED',
    });
  });

  it('answers files that are not certificates without throwing', async () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
    for (const file of [
      random,
      new Uint8Array(0),
      new TextEncoder().encode(MINIMAL_PDF),
      bytes.slice(0, 200),
    ]) {
      const result = await verifyCertificatePdf(file, [issuing.key]);
      expect(result).toMatchObject({ ok: false, code: 'NOT_A_CERTIFICATE' });
      expect(result.ok === false && result.reason).toMatch(/PDF|证书/);
    }
  });
});
