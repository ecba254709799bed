import { featureModule, type Platform } from '../../http/feature-module';
import type { AttachmentsService } from '../attachments';
import type { AuditLog } from '../audit';
import type { CalendarService } from '../calendar';
import type { NotificationsService } from '../notifications';
import { createApplicationQueries } from './application-queries';
import { applicationsRoutes } from './applications.routes';
import { createApplicationsService } from './applications.service';
import { publicityDeadlineHandlers } from './publicity-deadlines';

/** Filing and the chain of reviews up to the committee, with the publicity periods' deadlines. */
export const applicationsModule = featureModule({
  name: 'applications',
  wire: ({
    db,
    clock,
    audit,
    notifications,
    calendar,
    attachments,
  }: Pick<Platform, 'db' | 'clock'> & {
    audit: AuditLog;
    notifications: NotificationsService;
    calendar: Pick<CalendarService, 'calendar'>;
    attachments: AttachmentsService;
  }) => {
    const applications = createApplicationsService({
      db,
      clock,
      audit,
      notifications,
      calendar: calendar.calendar,
    });
    return {
      applications,
      applicationQueries: createApplicationQueries({ db, applications, attachments, clock }),
      /** What the sweeper does when a unit's or dispatch agency's publicity ends. */
      publicityDeadlines: publicityDeadlineHandlers({ audit, notifications }),
    };
  },
  routes: ({ applications, applicationQueries, attachments }) => [
    applicationsRoutes(applications, applicationQueries, attachments),
  ],
});
