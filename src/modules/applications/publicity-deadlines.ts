import type { AuditLog } from '../audit';
import type { DeadlineHandler, DeadlineHandlers } from '../deadlines';
import type { NotificationsService } from '../notifications';
import { committeeOfficeOf, findApplication, openObjectionCount } from './applications.repository';

type PublicityKind = 'unit-publicity-end' | 'dispatch-publicity-end' | 'result-publicity-end';

/**
 * What happens when a publicity period (公示) ends. No step of the workflow fires by itself:
 * each step after a publicity is somebody's act (the unit recommends with its commitment, the
 * committee office files the session's results), and its guard compares the stored end date
 * with today, so the period having ended needs no flag. What the end changes is who must act
 * now: they are told, with any objection still open named, since that blocks the step.
 * A withdrawn, returned or revoked application has its deadlines cancelled and is not touched.
 */
export function publicityDeadlineHandlers(deps: {
  audit: AuditLog;
  notifications: Pick<NotificationsService, 'notify'>;
}): Pick<DeadlineHandlers, PublicityKind> {
  const { audit, notifications } = deps;
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

  /**
   * 评审结果公示 (≥5 working days, 人社部令第40号 第26条): when it ends, the passed application
   * may be filed (报送备案) — by the committee office, for the whole session at once (the
   * workflow's `file` step is `bySession`, guarded by `result-publicity-ended` and
   * `no-open-objections`), never automatically, since filing is the office's declaration to the
   * HR bureau. So the office is told that the period is over and whether an objection still
   * blocks filing, and the end is recorded in the audit trail with the objections then open.
   */
  const resultEnded: DeadlineHandler = async (tx, deadline) => {
    const app = await findApplication(tx, deadline.subjectId);
    if (app?.state !== 'result-publicity') return;
    const [office, open] = await Promise.all([
      committeeOfficeOf(tx, app.committeeId),
      openObjectionCount(tx, app.id),
    ]);
    if (office)
      await notifications.notify(tx, [{ organisationId: office.officeId, role: 'committee-office' }], {
        title: '评审结果公示期已满',
        body:
          open > 0
            ? `申报${app.number}的评审结果公示已于${deadline.dueOn}期满，尚有${open}件异议未处理，处理完毕后方可报送备案`
            : `申报${app.number}的评审结果公示已于${deadline.dueOn}期满，无未处理异议，可随评审会议报送备案`,
        link: `/applications/${app.id}`,
      });
    await audit.record(tx, null, {
      action: 'application.result-publicity-ended',
      entityType: 'application',
      entityId: app.id,
      data: { number: app.number, endedOn: deadline.dueOn, openObjections: open },
    });
  };

  return {
    'unit-publicity-end': ended('unit'),
    'dispatch-publicity-end': ended('dispatch'),
    'result-publicity-end': resultEnded,
  };
}
