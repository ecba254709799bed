import { featureModule, type Platform } from '../../http/feature-module';
import type { AuditLog } from '../audit';
import type { UsersService } from '../users';
import { authRoutes } from './auth.routes';
import { createAuthService } from './auth.service';
import { createLoginLockout } from './login-lockout';

/** Logins, sessions and the lockout by login name that users and accounts share. */
export const authModule = featureModule({
  name: 'auth',
  wire: ({
    db,
    clock,
    config,
    cipher,
    audit,
  }: Pick<Platform, 'db' | 'clock' | 'config' | 'cipher'> & { audit: AuditLog }) => {
    const lockout = createLoginLockout({ clock, audit, cipher, config });
    return { lockout, auth: createAuthService({ db, clock, audit, lockout, config }) };
  },
  routes: ({
    auth,
    users,
    config,
  }: {
    auth: ReturnType<typeof createAuthService>;
    users: UsersService;
    config: Platform['config'];
  }) => [
    authRoutes({
      auth,
      users,
      secureCookies: config.production,
      loginRateLimitPerMinute: config.loginRateLimitPerMinute,
    }),
  ],
});
