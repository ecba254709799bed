import { featureModule, type Platform } from '../../http/feature-module';
import type { AuditLog } from '../audit';
import type { LoginLockout } from '../auth';
import { usersRoutes } from './users.routes';
import { createUsersService } from './users.service';

export const usersModule = featureModule({
  name: 'users',
  wire: ({
    db,
    clock,
    audit,
    lockout,
  }: Pick<Platform, 'db' | 'clock'> & { audit: AuditLog; lockout: LoginLockout }) => ({
    users: createUsersService({ db, audit, clock, lockout }),
  }),
  routes: ({ users }) => [usersRoutes(users)],
});
