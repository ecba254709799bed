import { featureModule, type Platform } from '../../http/feature-module';
import type { AuditLog } from '../audit';
import type { NotificationsService } from '../notifications';
import { publicityRoutes } from './publicity.routes';
import { createPublicityService } from './publicity.service';

/** What the publicity service is built from. */
type PublicityNeeds = Pick<Platform, 'db' | 'clock'> & {
  audit: AuditLog;
  notifications: NotificationsService;
};

export const publicityModule = featureModule({
  name: 'publicity',
  wire: ({ db, clock, audit, notifications }: PublicityNeeds) => ({
    publicity: createPublicityService({ db, audit, clock, notifications }),
  }),
  routes: ({ publicity }) => [publicityRoutes(publicity)],
});
