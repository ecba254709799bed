import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  type PDFObject,
  PDFRawStream,
  PDFString,
} from 'pdf-lib';
import {
  CERTIFICATE_ATTACHMENT_NAME,
  type CertificatePayload,
  certificateSigningInput,
  type SignedCertificateData,
} from '../../domain/certificates';
import { parseSignedCertificateData } from '../../domain/certificates/signed-data-shape';
import { sm2Verify } from '../../platform/sm2';
import { pageContentDigest } from './certificate-pdf';
import type { PublicSigningKey } from './signing-keys';

/** Why a file is not a valid certificate, from "not one of ours at all" to "a page was edited". */
export type PdfVerificationFailure =
  | 'NOT_A_CERTIFICATE'
  | 'MALFORMED_DATA'
  | 'UNKNOWN_KEY'
  | 'KEY_NOT_VALID'
  | 'SIGNATURE_INVALID'
  | 'CONTENT_MODIFIED';

/** The outcome of checking a certificate PDF offline; `payload` is included once it was readable. */
export type PdfVerification =
  | { ok: true; payload: CertificatePayload; key: PublicSigningKey }
  | { ok: false; code: PdfVerificationFailure; reason: string; payload?: CertificatePayload };

const fail = (code: PdfVerificationFailure, reason: string, payload?: CertificatePayload): PdfVerification =>
  payload ? { ok: false, code, reason, payload } : { ok: false, code, reason };

/** Name trees nest; a forged file could make them deep or cyclic. Real ones are one or two levels. */
const MAX_NAME_TREE_DEPTH = 16;

function nameText(key: PDFObject | undefined): string | undefined {
  return key instanceof PDFHexString || key instanceof PDFString ? key.decodeText() : undefined;
}

/**
 * The streams of every embedded file named `name`, from the catalog's /Names /EmbeddedFiles name
 * tree (ISO 32000-1 §7.9.6, §7.11.4): leaves hold /Names [key filespec …], inner nodes /Kids.
 */
function embeddedFileStreams(doc: PDFDocument, name: string): PDFRawStream[] {
  const { context } = doc;
  const found: PDFRawStream[] = [];
  const seen = new Set<PDFObject>();
  const visit = (node: PDFObject | undefined, depth: number) => {
    if (!(node instanceof PDFDict) || seen.has(node) || depth > MAX_NAME_TREE_DEPTH) return;
    seen.add(node);
    const names = node.lookup(PDFName.of('Names'));
    if (names instanceof PDFArray) {
      for (let i = 0; i + 1 < names.size(); i += 2) {
        if (nameText(names.lookup(i)) !== name) continue;
        const fileSpec = names.lookup(i + 1);
        const ef = fileSpec instanceof PDFDict ? fileSpec.lookup(PDFName.of('EF')) : undefined;
        const stream =
          ef instanceof PDFDict ? (ef.lookup(PDFName.of('UF')) ?? ef.lookup(PDFName.of('F'))) : undefined;
        if (stream instanceof PDFRawStream) found.push(stream);
      }
    }
    const kids = node.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray) for (const kid of kids.asArray()) visit(context.lookup(kid), depth + 1);
  };
  const namesDict = doc.catalog.lookup(PDFName.of('Names'));
  if (namesDict instanceof PDFDict) visit(namesDict.lookup(PDFName.of('EmbeddedFiles')), 0);
  return found;
}

/** True when a page lists any annotation (pdf-lib itself gives every page an empty /Annots). */
function hasAnnotations(doc: PDFDocument): boolean {
  return doc.getPages().some((page) => {
    const annots = page.node.lookup(PDFName.of('Annots'));
    return annots !== undefined && !(annots instanceof PDFArray && annots.size() === 0);
  });
}

async function loadPdf(bytes: Uint8Array): Promise<PDFDocument | null> {
  try {
    // A certificate as issued has no broken objects; throwing on one (rather than pdf-lib's
    // default of logging and carrying on) makes a damaged file a plain NOT_A_CERTIFICATE.
    return await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
  } catch {
    return null;
  }
}

/** The signed data embedded in the PDF, or why it cannot be had. */
function readSignedData(doc: PDFDocument): SignedCertificateData | PdfVerification {
  let streams: PDFRawStream[];
  try {
    streams = embeddedFileStreams(doc, CERTIFICATE_ATTACHMENT_NAME);
  } catch {
    return fail('NOT_A_CERTIFICATE', '无法读取PDF中的附件目录，该文件不是本系统签发的电子职称证书');
  }
  if (streams.length === 0)
    return fail(
      'NOT_A_CERTIFICATE',
      `该PDF不含职称证书签名数据（附件 ${CERTIFICATE_ATTACHMENT_NAME}），不是本系统签发的电子职称证书`,
    );
  // Two data blocks would let a viewer show one while the verifier checks the other.
  if (streams.length > 1) return fail('MALFORMED_DATA', '证书签名数据重复出现，文件已被改动');
  let json: unknown;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(decodePDFRawStream(streams[0]!).decode());
    json = JSON.parse(text);
  } catch {
    return fail('MALFORMED_DATA', '证书签名数据无法解码或不是有效的JSON');
  }
  const data = parseSignedCertificateData(json);
  return typeof data === 'string' ? fail('MALFORMED_DATA', `证书签名数据格式不正确：${data}`) : data;
}

/**
 * Checks a certificate PDF offline against the published keys: the embedded signed data must be
 * well formed, signed by a trusted key that was valid at `signedAt` (a key retired since still
 * vouches for what it signed while valid), with a good SM2 signature (verified with the key's
 * published user ID), and the pages must hash to the signed `contentDigest` and carry no
 * annotations. It cannot tell
 * whether the certificate was revoked later: that takes the online verification page.
 * Never throws for bad input: every failure is a result with a Chinese reason.
 */
export async function verifyCertificatePdf(
  bytes: Uint8Array,
  trustedKeys: readonly PublicSigningKey[],
): Promise<PdfVerification> {
  const doc = await loadPdf(bytes);
  if (!doc) return fail('NOT_A_CERTIFICATE', '文件不是可读取的PDF文档（文件损坏、加密或格式不符）');
  const data = readSignedData(doc);
  if ('ok' in data) return data;
  const { payload, signature } = data;

  const key = trustedKeys.find((candidate) => candidate.keyId === payload.keyId);
  if (!key) return fail('UNKNOWN_KEY', `签名密钥 ${payload.keyId} 不在受信任的密钥列表中`, payload);
  const signedAt = Date.parse(payload.signedAt);
  if (!(signedAt >= Date.parse(key.validFrom) && signedAt < Date.parse(key.validUntil)))
    return fail(
      'KEY_NOT_VALID',
      `签名时间 ${payload.signedAt} 不在密钥 ${key.keyId} 的有效期（${key.validFrom} 至 ${key.validUntil}）内`,
      payload,
    );
  if (!sm2Verify(certificateSigningInput(payload), signature.value.toLowerCase(), key.publicKey, key.userId))
    return fail('SIGNATURE_INVALID', '签名验证失败：证书数据已被篡改或不是由该密钥签发', payload);

  let digest: string;
  try {
    digest = pageContentDigest(doc);
  } catch {
    return fail('CONTENT_MODIFIED', '证书页面内容无法读取，页面已被修改', payload);
  }
  // Certificates are issued without annotations; the digest covers them too, but a box laid
  // over the title (any PDF editor's "free text") deserves its own explanation.
  if (hasAnnotations(doc))
    return fail('CONTENT_MODIFIED', '证书页面上被添加了批注或表单等内容，页面已被修改', payload);
  if (digest !== payload.contentDigest)
    return fail('CONTENT_MODIFIED', '证书页面内容与签名数据不符，页面已被修改', payload);
  return { ok: true, payload, key };
}
