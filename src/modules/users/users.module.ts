import { featureModule, type Platform } from '../../http/feature-module';
import type { AuditLog } from '../audit';
import type { LoginLockout } from '../auth';
import { usersRoutes } from './users.routes';
import { createUsersService } from './users.service';

/** What the accounts service is built from: the login lockout is lifted by an administrator here. */
type UsersNeeds = Pick<Platform, 'db' | 'clock'> & { audit: AuditLog; lockout: LoginLockout };

export const usersModule = featureModule({
  name: 'users',
  wire: ({ db, clock, audit, lockout }: UsersNeeds) => ({
    users: createUsersService({ db, audit, clock, lockout }),
  }),
  routes: ({ users }) => [usersRoutes(users)],
});
