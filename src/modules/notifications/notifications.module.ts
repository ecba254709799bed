import { featureModule, type Platform } from '../../http/feature-module';
import type { MessageSender } from '../../platform/message-sender';
import { notificationsRoutes } from './notifications.routes';
import { createNotificationsService } from './notifications.service';

/** The inbox and the messages (SMS, e-mail) that leave the system through the sender given. */
export const notificationsModule = featureModule({
  name: 'notifications',
  wire: ({
    db,
    clock,
    messageSender,
  }: Pick<Platform, 'db' | 'clock'> & { messageSender: MessageSender }) => ({
    notifications: createNotificationsService({ db, clock, sender: messageSender }),
  }),
  routes: ({ notifications }) => [notificationsRoutes(notifications)],
});
