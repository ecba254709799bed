import { featureModule, type Platform } from '../../http/feature-module';
import type { AuditLog } from '../audit';
import { calendarRoutes } from './calendar.routes';
import { createCalendarService } from './calendar.service';

export const calendarModule = featureModule({
  name: 'calendar',
  wire: ({ db, clock, audit }: Pick<Platform, 'db' | 'clock'> & { audit: AuditLog }) => ({
    calendar: createCalendarService({ db, audit, clock }),
  }),
  routes: ({ calendar }) => [calendarRoutes(calendar)],
});
