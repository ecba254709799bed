export {
  CERTIFICATE_NUMBER_LENGTH,
  type CertificateNumberCheck,
  type CertificateNumberParts,
  committeeCodeOf,
  formatCertificateNumber,
  IMPORTED_COMMITTEE_CODE,
  mod11_2CheckChar,
  parseCertificateNumber,
} from './certificate-number';
export {
  CERTIFICATE_ATTACHMENT_NAME,
  CERTIFICATE_PAYLOAD_FORMAT,
  type CertificatePayload,
  certificateSigningInput,
  type SignedCertificateData,
} from './certificate-payload';
