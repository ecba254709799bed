import { sessionAllows } from '../../domain/review/session-steps';
import type { AuditLog } from '../audit';
import { findCommittee } from '../committees';
import type { DeadlineHandlers } from '../deadlines';
import type { NotificationsService } from '../notifications';
import { competentHrBureau } from '../organisations';
import { lockSession, updateSession } from './review.repository';

/**
 * Filing is due within 20 working days after the review (anshan-2023 九): when the day passes
 * and the session could still be filed (not yet filed), it is flagged overdue and the
 * supervising HR bureau is told. The session row is locked, so a filing in flight either
 * commits first (and nothing is flagged) or finds the session changed and is taken again.
 */
export function filingDeadlineHandlers(deps: {
  audit: AuditLog;
  notifications: Pick<NotificationsService, 'notify'>;
}): Pick<DeadlineHandlers, 'session-filing-due'> {
  return {
    'session-filing-due': async (tx, deadline) => {
      const session = (await lockSession(tx, deadline.subjectId))?.session;
      if (!session || !sessionAllows(session.status, 'file')) return;
      const committee = await findCommittee(tx, session.committeeId);
      await updateSession(tx, session.id, session.version, { filingOverdue: true });
      const bureau = committee ? await competentHrBureau(tx, committee.regionCode) : undefined;
      const recipients = [
        ...(bureau ? [{ organisationId: bureau.id, role: 'hr' as const }] : []),
        ...(committee
          ? [{ organisationId: committee.officeOrganisationId, role: 'committee-office' as const }]
          : []),
      ];
      await deps.notifications.notify(tx, recipients, {
        title: '评审结果备案逾期',
        body: `${committee?.name ?? ''}「${session.name}」应于${deadline.dueOn}前报送备案，现已逾期`,
        link: `/review-sessions/${session.id}`,
        sms: true,
      });
      await deps.audit.record(tx, null, {
        action: 'session.filing-overdue',
        entityType: 'review-session',
        entityId: session.id,
        data: { dueOn: deadline.dueOn },
      });
    },
  };
}
