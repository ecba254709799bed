import { featureModule, type Platform } from '../../http/feature-module';
import type { AuditLog } from '../audit';
import { complaintsRoutes } from './complaints.routes';
import { createComplaintsService } from './complaints.service';
import { integrityRoutes } from './integrity.routes';
import { createIntegrityArchive } from './integrity-archive.service';

/** Fraud findings with their bans, and the public's complaints. */
export const integrityModule = featureModule({
  name: 'integrity',
  wire: ({ db, clock, cipher, audit }: Pick<Platform, 'db' | 'clock' | 'cipher'> & { audit: AuditLog }) => ({
    integrity: createIntegrityArchive({ db, clock, audit, cipher }),
    complaints: createComplaintsService({ db, clock, audit, cipher }),
  }),
  routes: ({ integrity, complaints }) => [integrityRoutes(integrity), complaintsRoutes(complaints)],
});
