import { PDFArray, PDFDocument, PDFStream } from 'pdf-lib';
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

/**
 * SM3 (hex) over the pages' drawing instructions exactly as stored in the file:
 *
 *   u32(page count) ‖ for each page in order: u32(stream count) ‖ for each stream of its
 *   /Contents in order: u32(byte length) ‖ the stream's bytes, still encoded (FlateDecode)
 *
 * (u32 = 4-byte big-endian). The lengths keep the encoding unambiguous: bytes cannot move
 * between streams or pages without changing the digest. Encoded bytes are hashed rather than
 * decoded ones because pdf-lib copies a loaded stream's bytes verbatim when it saves, so the
 * digest survives adding the signature attachment without depending on a decoder.
 * Throws when a /Contents entry is not a stream (a malformed page).
 */
export function pageContentDigest(doc: PDFDocument): string {
  const pages = doc.getPages();
  const chunks: Buffer[] = [uint32(pages.length)];
  for (const page of pages) {
    const contents = page.node.Contents();
    const streams =
      contents instanceof PDFArray
        ? contents.asArray().map((entry) => doc.context.lookup(entry))
        : contents === undefined
          ? []
          : [contents];
    chunks.push(uint32(streams.length));
    for (const stream of streams) {
      if (!(stream instanceof PDFStream)) throw new Error('页面内容不是PDF流对象');
      const bytes = stream.getContents();
      chunks.push(uint32(bytes.length), Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    }
  }
  return sm3Hex(Buffer.concat(chunks));
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
