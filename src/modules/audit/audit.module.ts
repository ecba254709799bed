import { featureModule, type Platform } from '../../http/feature-module';
import { createAuditLog, sealAuditChain } from './audit.service';

/** The append-only audit log every state change writes to, and the sealer of its hash chain. */
export const auditModule = featureModule({
  name: 'audit',
  wire: ({ db, clock }: Pick<Platform, 'db' | 'clock'>) => ({
    audit: createAuditLog({ clock }),
    /** Links committed audit events into the hash chain (the server does it every second). */
    sealAudit: () => sealAuditChain(db),
  }),
});
