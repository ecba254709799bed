import type { Actor } from '../../domain/access/actor';
import { hrBureauName } from '../../domain/certificates/certificate-issuer';
import type { Clock } from '../../platform/clock';
import type { CertificateLedger } from './certificate-ledger.service';
import { renderCertificatePdf } from './certificate-pdf';
import type { SigningKeys } from './signing-keys';

/**
 * The electronic certificate as a file: rendered and signed when asked for, with the key in
 * use that day, so a download always carries a signature a verifier can check today.
 */
export function createCertificateDownloads(deps: {
  ledger: CertificateLedger;
  keys: SigningKeys;
  clock: Clock;
  publicBaseUrl: string;
}) {
  return {
    async pdf(actor: Actor, id: string): Promise<{ fileName: string; bytes: Uint8Array }> {
      const cert = await deps.ledger.forDownload(actor, id);
      const signer = await deps.keys.activeSigner();
      const bytes = await renderCertificatePdf(
        {
          number: cert.number,
          holderName: cert.holderName,
          holderIdNumberMasked: cert.holderIdMasked,
          titleName: cert.titleName,
          series: cert.series,
          specialty: cert.specialty,
          level: cert.level,
          committeeName: cert.committeeName,
          announcementNumber: cert.announcementNumber,
          issuedOn: cert.issuedOn,
          regionCode: cert.regionCode,
          issuerName: hrBureauName(cert.regionCode),
        },
        { signer, now: deps.clock.now(), baseUrl: deps.publicBaseUrl },
      );
      return { fileName: `电子职称证书-${cert.number}.pdf`, bytes };
    },
  };
}

export type CertificateDownloads = ReturnType<typeof createCertificateDownloads>;
