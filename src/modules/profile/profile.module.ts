import { featureModule, type Platform } from '../../http/feature-module';
import type { AuditLog } from '../audit';
import { profileRoutes } from './profile.routes';
import { createProfileService } from './profile.service';

export const profileModule = featureModule({
  name: 'profile',
  wire: ({ db, clock, audit }: Pick<Platform, 'db' | 'clock'> & { audit: AuditLog }) => ({
    profile: createProfileService({ db, audit, clock }),
  }),
  routes: ({ profile }) => [profileRoutes(profile)],
});
