import { featureModule, type Platform } from '../../http/feature-module';
import type { MessageSender } from '../../platform/message-sender';
import type { AuditLog } from '../audit';
import type { NotificationsService } from '../notifications';
import { bindingDecisionsRoutes } from './binding-decisions.routes';
import { createBindingDecisions } from './binding-decisions.service';
import { employmentRoutes } from './employment.routes';
import { createEmploymentService } from './employment.service';
import { staffImportRoutes } from './staff-import.routes';
import { createStaffImportService } from './staff-import.service';

/** What the employment services are built from: staff import sends invitations by SMS. */
type EmploymentNeeds = Pick<Platform, 'db' | 'clock' | 'cipher' | 'config'> & {
  audit: AuditLog;
  notifications: NotificationsService;
  messageSender: MessageSender;
};

/** Who works where: a person's binding to a unit, the unit's decision, bulk staff registration. */
export const employmentModule = featureModule({
  name: 'employment',
  wire: ({ db, clock, cipher, config, audit, notifications, messageSender }: EmploymentNeeds) => ({
    employment: createEmploymentService({ db, clock, audit, notifications }),
    bindingDecisions: createBindingDecisions({ db, clock, audit, notifications }),
    staffImport: createStaffImportService({
      db,
      clock,
      audit,
      cipher,
      sender: messageSender,
      notifications,
      publicBaseUrl: config.publicBaseUrl,
    }),
  }),
  routes: ({ employment, bindingDecisions, staffImport }) => [
    employmentRoutes(employment),
    bindingDecisionsRoutes(bindingDecisions),
    staffImportRoutes(staffImport),
  ],
});
