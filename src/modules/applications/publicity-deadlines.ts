import type { DeadlineHandler } from '../deadlines/deadline-sweeper';
import type { NotificationsService } from '../notifications/notifications.service';
import { findApplication } from './applications.repository';

/**
 * When a publicity period ends, the unit that published it is told it may now recommend
 * (or, for dispatched staff, approve) — provided no objection is open; a withdrawn or
 * returned application has its deadlines cancelled and is not touched.
 */
export function publicityDeadlineHandlers(
  notifications: Pick<NotificationsService, 'notify'>,
): Record<string, DeadlineHandler> {
  const ended =
    (kind: 'unit' | 'dispatch'): DeadlineHandler =>
    async (tx, deadline) => {
      const app = await findApplication(tx, deadline.subjectId);
      const publishing = kind === 'unit' ? app?.employerId : app?.dispatchAgencyId;
      const expected = kind === 'unit' ? 'unit-publicity' : 'dispatch-publicity';
      if (!app || !publishing || app.state !== expected) return;
      await notifications.notify(
        tx,
        [{ organisationId: publishing, role: kind === 'unit' ? 'employer' : 'dispatcher' }],
        {
          title: '公示期已满',
          body: `申报${app.number}的${kind === 'unit' ? '单位' : '派遣单位'}公示已于${deadline.dueOn}期满，无未处理异议的可推荐上报`,
          link: `/applications/${app.id}`,
        },
      );
    };
  return { 'unit-publicity-end': ended('unit'), 'dispatch-publicity-end': ended('dispatch') };
}
