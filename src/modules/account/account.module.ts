import { featureModule, type Platform } from '../../http/feature-module';
import type { MessageSender } from '../../platform/message-sender';
import type { AuditLog } from '../audit';
import type { LoginLockout } from '../auth';
import { accountRoutes } from './account.routes';
import { createAccountService } from './account.service';
import { createPhoneCodes } from './phone-codes.service';
import { registrationRoutes } from './registration.routes';
import { createRegistration } from './registration.service';

/** SMS codes, real-name registration and one's own account (password, recovery, sessions). */
export const accountModule = featureModule({
  name: 'account',
  wire: ({
    db,
    clock,
    cipher,
    audit,
    lockout,
    messageSender,
  }: Pick<Platform, 'db' | 'clock' | 'cipher'> & {
    audit: AuditLog;
    lockout: LoginLockout;
    messageSender: MessageSender;
  }) => {
    const phoneCodes = createPhoneCodes({ db, clock, cipher, sender: messageSender });
    return {
      phoneCodes,
      registration: createRegistration({ db, clock, audit, cipher, codes: phoneCodes }),
      account: createAccountService({ db, clock, audit, codes: phoneCodes, lockout }),
    };
  },
  routes: ({ phoneCodes, registration, account }) => [
    registrationRoutes({ codes: phoneCodes, registration }),
    accountRoutes(account),
  ],
});
