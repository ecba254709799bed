import { featureModule, type Platform } from '../../http/feature-module';
import type { AuditLog } from '../audit';
import { createCertificateDownloads } from './certificate-download';
import { createCertificateLedger } from './certificate-ledger.service';
import { createCertificateVerifier } from './certificate-verification';
import { certificatesRoutes } from './certificates.routes';
import { publicVerificationRoutes } from './public-verification.routes';
import { createSigningKeys } from './signing-keys';

/** What the certificate services are built from: the signing keys are kept encrypted. */
type CertificatesNeeds = Pick<Platform, 'db' | 'clock' | 'cipher' | 'config'> & { audit: AuditLog };

/** The certificate ledger, signed downloads and the public verification anyone may use. */
export const certificatesModule = featureModule({
  name: 'certificates',
  wire: ({ db, clock, cipher, config, audit }: CertificatesNeeds) => {
    const keys = createSigningKeys({ db, clock, cipher });
    const ledger = createCertificateLedger({ db, clock, audit });
    return {
      certificates: {
        keys,
        ledger,
        downloads: createCertificateDownloads({ ledger, keys, clock, publicBaseUrl: config.publicBaseUrl }),
        verifier: createCertificateVerifier({ db }),
      },
    };
  },
  routes: ({ certificates, config }) => [
    certificatesRoutes(certificates.ledger, certificates.downloads),
    publicVerificationRoutes({
      verifier: certificates.verifier,
      keys: certificates.keys,
      ratePerMinute: config.verifyRateLimitPerMinute,
    }),
  ],
});
