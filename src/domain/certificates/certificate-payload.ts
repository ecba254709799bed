import { canonicalJson } from '../canonical-json';

/** The format tag of the signed data embedded in every certificate PDF. */
export const CERTIFICATE_PAYLOAD_FORMAT = 'zhiping-certificate/1';

/** The name of the PDF attachment that carries the signed payload. */
export const CERTIFICATE_ATTACHMENT_NAME = 'zhiping-certificate.json';

/**
 * What a certificate PDF asserts, signed with SM2 as canonical JSON (keys sorted): the ledger
 * entry as printed, which key signed it and when, and the SM3 of the pages' drawing
 * instructions, so a changed page fails verification even when the data block is untouched.
 */
export interface CertificatePayload {
  format: typeof CERTIFICATE_PAYLOAD_FORMAT;
  number: string;
  holder: { name: string; idNumberMasked: string };
  title: string;
  series: string;
  seriesCode: string;
  specialty: string;
  level: string;
  levelName: string;
  committee: string;
  announcement: string;
  issuedOn: string;
  regionCode: string;
  /** Where anyone checks the status online (the QR code's target). */
  verifyUrl: string;
  keyId: string;
  /** ISO timestamp (UTC) of signing; the key must have been valid then. */
  signedAt: string;
  /** SM3 (hex) of the page content streams, as `pageContentDigest` computes it. */
  contentDigest: string;
}

/** The attachment's JSON: the payload and its SM2 signature. */
export interface SignedCertificateData {
  payload: CertificatePayload;
  signature: {
    algorithm: 'SM2-SM3';
    keyId: string;
    userId: string;
    /** r ‖ s, 128 hex digits. */
    value: string;
  };
}

/** The exact bytes that are signed and verified. */
export function certificateSigningInput(payload: CertificatePayload): string {
  return canonicalJson(payload);
}
