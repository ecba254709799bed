/**
 * The certificates module's public interface. Certificates are issued, revoked and numbered
 * inside the transactions of other modules' use cases — a session's results, an integrity
 * finding, a historical import — so that the certificate and its cause stand or fall together.
 */
export { issueCertificates } from './certificate-issuance';
export { allocateCertificateNumbersInBlocks } from './certificate-numbering.repository';
export { revokeCertificates } from './certificate-revocation';
export { certificatesOfHolder, importKeysOnRecord } from './certificates.repository';
