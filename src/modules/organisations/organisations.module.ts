import { featureModule, type Platform } from '../../http/feature-module';
import type { AuditLog } from '../audit';
import { organisationsRoutes } from './organisations.routes';
import { createOrganisationsService } from './organisations.service';

export const organisationsModule = featureModule({
  name: 'organisations',
  wire: ({ db, clock, audit }: Pick<Platform, 'db' | 'clock'> & { audit: AuditLog }) => ({
    organisations: createOrganisationsService({ db, audit, clock }),
  }),
  routes: ({ organisations }) => [organisationsRoutes(organisations)],
});
