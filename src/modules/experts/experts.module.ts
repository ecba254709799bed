import { featureModule, type Platform } from '../../http/feature-module';
import type { AuditLog } from '../audit';
import { expertsRoutes } from './experts.routes';
import { createExpertsService } from './experts.service';

export const expertsModule = featureModule({
  name: 'experts',
  wire: ({ db, clock, cipher, audit }: Pick<Platform, 'db' | 'clock' | 'cipher'> & { audit: AuditLog }) => ({
    experts: createExpertsService({ db, clock, audit, cipher }),
  }),
  routes: ({ experts }) => [expertsRoutes(experts)],
});
