import { PDFArray, PDFDict, PDFDocument, type PDFObject, PDFRef, PDFStream } from 'pdf-lib';
import { findSeries, isLevel, levelName } from '../../domain/catalogue';
import {
  CERTIFICATE_ATTACHMENT_NAME,
  CERTIFICATE_PAYLOAD_FORMAT,
  type CertificatePayload,
  certificateSigningInput,
  type SignedCertificateData,
} from '../../domain/certificates';
import { AppError } from '../../domain/errors';
import { sm3Hex } from '../../platform/crypto';
import { embedCjkFonts } from '../../platform/pdf';
import { DEFAULT_USER_ID } from '../../platform/sm2';
import { drawCertificatePage } from './certificate-page';
import type { CertificateSigner } from './signing-keys';

/** What a certificate PDF prints: one ledger entry, the holder's ID number already masked. */
export interface CertificateDocument {
  number: string;
  holderName: string;
  holderIdNumberMasked: string;
  titleName: string;
  /** Series slug, e.g. 'engineering'. */
  series: string;
  specialty: string;
  /** Level code, e.g. 'associate-senior'. */
  level: string;
  committeeName: string;
  announcementNumber: string;
  /** YYYY-MM-DD. */
  issuedOn: string;
  regionCode: string;
  /** The conferring authority, e.g. 辽宁省人力资源和社会保障厅. */
  issuerName: string;
}

/** The public page that shows a certificate's current status (the QR code's target). */
export function certificateVerifyUrl(baseUrl: string, number: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/verify/${encodeURIComponent(number)}`;
}

function uint32(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(value);
  return bytes;
}

/** Appends an object and everything it references, except the way up to the page tree. */
function hashObject(doc: PDFDocument, value: PDFObject | undefined, seen: Set<string>, out: Buffer[]): void {
  if (value === undefined) {
    out.push(Buffer.from('null'));
  } else if (value instanceof PDFRef) {
    out.push(Buffer.from(`R(${value.tag})`));
    if (seen.has(value.tag)) return;
    seen.add(value.tag);
    hashObject(doc, doc.context.lookup(value), seen, out);
  } else if (value instanceof PDFStream) {
    hashObject(doc, value.dict, seen, out);
    const bytes = value.getContents();
    out.push(uint32(bytes.length), Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } else if (value instanceof PDFDict) {
    const entries = [...value.entries()]
      .filter(([key]) => key.asString() !== '/Parent' && key.asString() !== '/Length')
      .sort(([a], [b]) => (a.asString() < b.asString() ? -1 : 1));
    out.push(Buffer.from(`<<${entries.length}`));
    for (const [key, entry] of entries) {
      out.push(Buffer.from(key.asString()));
      hashObject(doc, entry, seen, out);
    }
    out.push(Buffer.from('>>'));
  } else if (value instanceof PDFArray) {
    out.push(Buffer.from(`[${value.size()}`));
    for (const entry of value.asArray()) hashObject(doc, entry, seen, out);
    out.push(Buffer.from(']'));
  } else {
    const text = value.toString();
    out.push(uint32(Buffer.byteLength(text)), Buffer.from(text));
  }
}

/**
 * SM3 (hex) over everything that decides what the pages show, exactly as stored: each page's
 * dictionary (boxes, rotation, annotations) and every object it reaches — the drawing
 * instructions, the embedded fonts with their glyph programs and widths, images — walked in a
 * fixed order, streams as their stored (still encoded) bytes with length prefixes. Swapping a
 * glyph in the font, moving the crop box over the QR code or editing a stream all change it.
 * Stored bytes rather than decoded ones, because pdf-lib copies a loaded object verbatim when
 * it saves, so adding the signature attachment leaves the digest as it was.
 */
export function pageContentDigest(doc: PDFDocument): string {
  const pages = doc.getPages();
  const out: Buffer[] = [uint32(pages.length)];
  const seen = new Set<string>();
  for (const page of pages) hashObject(doc, page.node, seen, out);
  return sm3Hex(Buffer.concat(out));
}

/**
 * Renders the electronic certificate (电子职称证书): one A4 landscape page with every ledger
 * field, the issuer, and a QR code to `${baseUrl}/verify/${number}`; then signs it. The page is
 * saved and reloaded first so that {@link pageContentDigest} hashes the content streams as they
 * will be stored; the signed {@link CertificatePayload} (with that digest) travels as the
 * attachment {@link CERTIFICATE_ATTACHMENT_NAME}, so the PDF verifies offline with the public key
 * alone. Dates in the file are `deps.now`, so the same input gives the same pages.
 * Throws AppError('invalid') for a series or level the catalogue does not know.
 */
export async function renderCertificatePdf(
  doc: CertificateDocument,
  deps: { signer: CertificateSigner; now: Date; baseUrl: string },
): Promise<Uint8Array> {
  const series = findSeries(doc.series);
  if (!series) throw new AppError('invalid', 'CERTIFICATE_SERIES_UNKNOWN', `未知的职称系列：${doc.series}`);
  if (!isLevel(doc.level))
    throw new AppError('invalid', 'CERTIFICATE_LEVEL_UNKNOWN', `未知的职称层级：${doc.level}`);
  const verifyUrl = certificateVerifyUrl(deps.baseUrl, doc.number);

  const pdf = await PDFDocument.create();
  pdf.setTitle(`电子职称证书 ${doc.number}`, { showInWindowTitleBar: true });
  pdf.setSubject(`${doc.titleName}（${series.shortName}）`);
  pdf.setLanguage('zh-CN');
  pdf.setCreator('zhiping');
  pdf.setProducer('zhiping (pdf-lib)');
  pdf.setCreationDate(deps.now);
  pdf.setModificationDate(deps.now);
  drawCertificatePage(pdf, await embedCjkFonts(pdf), {
    ...doc,
    seriesName: series.shortName,
    levelName: levelName(doc.level),
    verifyUrl,
    keyId: deps.signer.keyId,
  });

  // updateMetadata: false keeps the dates above; pdf-lib would otherwise stamp the wall clock.
  const signed = await PDFDocument.load(await pdf.save(), { updateMetadata: false });
  const payload: CertificatePayload = {
    format: CERTIFICATE_PAYLOAD_FORMAT,
    number: doc.number,
    holder: { name: doc.holderName, idNumberMasked: doc.holderIdNumberMasked },
    title: doc.titleName,
    series: series.slug,
    seriesCode: series.code,
    specialty: doc.specialty,
    level: doc.level,
    levelName: levelName(doc.level),
    committee: doc.committeeName,
    announcement: doc.announcementNumber,
    issuedOn: doc.issuedOn,
    regionCode: doc.regionCode,
    verifyUrl,
    keyId: deps.signer.keyId,
    signedAt: deps.now.toISOString(),
    contentDigest: pageContentDigest(signed),
  };
  const data: SignedCertificateData = {
    payload,
    signature: {
      algorithm: 'SM2-SM3',
      keyId: deps.signer.keyId,
      userId: DEFAULT_USER_ID,
      value: deps.signer.sign(certificateSigningInput(payload)),
    },
  };
  await signed.attach(new TextEncoder().encode(JSON.stringify(data, null, 2)), CERTIFICATE_ATTACHMENT_NAME, {
    mimeType: 'application/json',
    description: '职称证书签名数据（SM2/SM3）',
    creationDate: deps.now,
    modificationDate: deps.now,
  });
  // Saving copies the reloaded page streams byte for byte (they are PDFRawStreams, written out
  // as read), so the digest above still holds for the file returned; a test checks this.
  return signed.save();
}
