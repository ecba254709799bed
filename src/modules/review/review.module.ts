import { featureModule, type Platform } from '../../http/feature-module';
import type { ApplicationsService } from '../applications';
import type { AuditLog } from '../audit';
import type { CalendarService } from '../calendar';
import type { NotificationsService } from '../notifications';
import { drawAuditRoutes } from './draw-audit.routes';
import { createDrawAudit } from './draw-audit.service';
import { createExpertPortal } from './expert-portal.service';
import { filingDeadlineHandlers } from './filing-deadlines';
import { reviewRoutes } from './review.routes';
import { createReviewSessionsService } from './review-sessions.service';
import { createSessionDraw } from './session-draw';
import { createSessionResults } from './session-results';
import { createSessionVoting } from './session-voting';

/** Review sessions (评审会议) from the agenda to the announcement, the expert portal and the draw's audit. */
export const reviewModule = featureModule({
  name: 'review',
  wire: ({
    db,
    clock,
    cipher,
    audit,
    notifications,
    calendar,
    applications,
  }: Pick<Platform, 'db' | 'clock' | 'cipher'> & {
    audit: AuditLog;
    notifications: NotificationsService;
    calendar: Pick<CalendarService, 'calendar'>;
    /** The session's steps move the applications of its agenda through their workflow. */
    applications: Pick<ApplicationsService, 'fireTransition'>;
  }) => {
    const deps = { db, clock, audit, notifications, calendar: calendar.calendar, cipher, applications };
    return {
      review: {
        sessions: createReviewSessionsService(deps),
        draw: createSessionDraw(deps),
        voting: createSessionVoting(deps),
        results: createSessionResults(deps),
        portal: createExpertPortal(deps),
        drawAudit: createDrawAudit(deps),
      },
      /** What the sweeper does when a session's results must be filed. */
      filingDeadlines: filingDeadlineHandlers({ audit, notifications }),
    };
  },
  routes: ({ review }) => [reviewRoutes(review), drawAuditRoutes(review.drawAudit)],
});
