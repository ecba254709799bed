import { featureModule, type Platform } from '../../http/feature-module';
import type { AuditLog } from '../audit';
import { createCommitteeRegistry } from './committee-registry.service';
import { committeesRoutes } from './committees.routes';
import { createCommitteesService } from './committees.service';

export const committeesModule = featureModule({
  name: 'committees',
  wire: ({ db, clock, audit }: Pick<Platform, 'db' | 'clock'> & { audit: AuditLog }) => ({
    committees: createCommitteesService({ db }),
    committeeRegistry: createCommitteeRegistry({ db, clock, audit }),
  }),
  routes: ({ committees, committeeRegistry }) => [committeesRoutes(committees, committeeRegistry)],
});
