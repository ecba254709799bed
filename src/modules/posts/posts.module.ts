import { featureModule, type Platform } from '../../http/feature-module';
import type { AuditLog } from '../audit';
import type { CalendarService } from '../calendar';
import type { NotificationsService } from '../notifications';
import { appointmentDeadlineHandlers } from './appointment-reminders';
import { createAppointmentSteps } from './appointment-steps.service';
import { appointmentsRoutes } from './appointments.routes';
import { createAppointments } from './appointments.service';
import { createGradeFilingSteps } from './grade-filing-steps.service';
import { gradeFilingsRoutes } from './grade-filings.routes';
import { createGradeFilings } from './grade-filings.service';
import { createPostBoard } from './post-board.service';
import { postMonitoringRoutes } from './post-monitoring.routes';
import { createPostMonitoring } from './post-monitoring.service';
import { createPostPlanSteps } from './post-plan-steps.service';
import { createPostPlans } from './post-plans.service';
import { createPostStatistics } from './post-statistics.service';
import { postsRoutes } from './posts.routes';

/** Posts and appointments (岗位设置与聘用): post plans and appointments up the chain, and the unit's post board. */
export const postsModule = featureModule({
  name: 'posts',
  wire: ({
    db,
    clock,
    audit,
    calendar,
    notifications,
  }: Pick<Platform, 'db' | 'clock'> & {
    audit: AuditLog;
    calendar: Pick<CalendarService, 'calendar'>;
    notifications: Pick<NotificationsService, 'notify'>;
  }) => {
    const plans = createPostPlans({ db, clock, audit });
    const appointments = createAppointments({ db, clock, audit });
    const monitoring = createPostMonitoring({ db, clock });
    const gradeFilings = createGradeFilings({ db, clock, audit });
    return {
      posts: {
        plans,
        steps: createPostPlanSteps({ db, clock, audit, detail: plans.detail }),
        boards: createPostBoard({ db, clock }),
        appointments,
        appointmentSteps: createAppointmentSteps({
          db,
          clock,
          audit,
          calendar: calendar.calendar,
          appointments,
        }),
        monitoring,
        statistics: createPostStatistics({ db, monitoring }),
        gradeFilings,
        gradeFilingSteps: createGradeFilingSteps({ db, clock, audit, filings: gradeFilings }),
      },
      /** What the sweeper does when a 先聘后评 title due date passes or a fixed term nears its end. */
      appointmentDeadlines: appointmentDeadlineHandlers({ audit, notifications }),
    };
  },
  routes: ({ posts }) => [
    postsRoutes(posts.plans, posts.steps, posts.boards),
    appointmentsRoutes(posts.appointments, posts.appointmentSteps),
    postMonitoringRoutes(posts.monitoring, posts.statistics),
    gradeFilingsRoutes(posts.gradeFilings, posts.gradeFilingSteps),
  ],
});
