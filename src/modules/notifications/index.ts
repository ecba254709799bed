/** The notifications module's public interface: notices to people and to an organisation's role. */
export type { Notice, NotificationsService, Recipient } from './notifications.service';
