import { featureModule, type Platform } from '../../http/feature-module';
import type { AuditLog } from '../audit';
import { createDeadlineAdmin } from './deadline-admin.service';
import { createDeadlineSweeper, type DeadlineHandlers } from './deadline-sweeper';
import { deadlinesRoutes } from './deadlines.routes';

/**
 * The sweeper of stored deadlines, with the handlers the modules that schedule them provide
 * (every kind must have one: the sweeper's type asks for all), and the administrators' view.
 */
export const deadlinesModule = featureModule({
  name: 'deadlines',
  wire: ({
    db,
    clock,
    audit,
    publicityDeadlines,
    filingDeadlines,
    appointmentDeadlines,
  }: Pick<Platform, 'db' | 'clock'> & {
    audit: AuditLog;
    publicityDeadlines: Pick<
      DeadlineHandlers,
      'unit-publicity-end' | 'dispatch-publicity-end' | 'result-publicity-end'
    >;
    filingDeadlines: Pick<DeadlineHandlers, 'session-filing-due'>;
    appointmentDeadlines: Pick<DeadlineHandlers, 'appointment-title-due' | 'appointment-term-reminder'>;
  }) => ({
    deadlines: createDeadlineSweeper({
      db,
      clock,
      audit,
      handlers: { ...publicityDeadlines, ...filingDeadlines, ...appointmentDeadlines },
    }),
    deadlineAdmin: createDeadlineAdmin({ db, audit }),
  }),
  routes: ({ deadlineAdmin }) => [deadlinesRoutes(deadlineAdmin)],
});
