import type { Actor } from '../../domain/access/actor';
import { todayInShanghai } from '../../domain/calendar';
import { AppError, notFound } from '../../domain/errors';
import type { StateChangeDeps } from '../audit';
import type { NotificationsService } from '../notifications';
import { findOrganisation } from '../organisations';
import { renderNoticeSheet } from './notice-sheet-pdf';
import { handlesObjection, publisherRoleOf } from './publicity.policy';
import * as repo from './publicity.repository';

export interface ObjectionInput {
  complainantName: string;
  contact: string;
  content: string;
}

/** Objections a person may lodge per notice per day, so the channel cannot be flooded. */
const OBJECTIONS_PER_DAY = 3;

/**
 * Publicity (公示): the notices anyone may read without logging in, and objections (异议)
 * with a real name and contact, handled by the unit that published the notice.
 */
export function createPublicityService(
  deps: StateChangeDeps & { notifications: Pick<NotificationsService, 'notify'> },
) {
  const { db, audit, clock } = deps;

  return {
    async current(organisationId?: string) {
      const today = todayInShanghai(clock.now());
      return { today, items: await repo.currentNotices(db, today, organisationId) };
    },

    /** The 公示表 of the caller's own unit: its notices in their period today. */
    async sheetPdf(actor: Actor) {
      if (!actor.organisationId) throw notFound('所在单位', 'ORGANISATION_NOT_FOUND');
      const { today, items } = await this.current(actor.organisationId);
      const publisher = items[0]?.publisher ?? (await findOrganisation(db, actor.organisationId))?.name ?? '';
      return renderNoticeSheet(publisher, today, items);
    },

    async object(noticeId: string, input: ObjectionInput) {
      const notice = await repo.findNotice(db, noticeId);
      if (!notice) throw notFound('公示', 'NOTICE_NOT_FOUND');
      const now = clock.now();
      const today = todayInShanghai(now);
      if (today < notice.startsOn || today > notice.endsOn)
        throw new AppError(
          'conflict',
          'PUBLICITY_CLOSED',
          `该公示的公示期为${notice.startsOn}至${notice.endsOn}，现已不在公示期内`,
        );
      const since = new Date(now.getTime() - 24 * 3600 * 1000);
      if ((await repo.countObjectionsToday(db, noticeId, input.contact, since)) >= OBJECTIONS_PER_DAY)
        throw new AppError(
          'rate-limited',
          'TOO_MANY_OBJECTIONS',
          '同一联系方式对同一公示每天最多提出3次异议',
        );
      return db.transaction(async (tx) => {
        const row = await repo.insertObjection(tx, {
          noticeId,
          applicationId: notice.applicationId,
          complainantName: input.complainantName,
          contact: input.contact,
          content: input.content,
          createdAt: now,
        });
        // The complainant's identity stays out of the audit data and the messages.
        await audit.record(tx, null, {
          action: 'objection.lodged',
          entityType: 'application',
          entityId: notice.applicationId,
          data: { objectionId: row.id, noticeId, kind: notice.kind },
        });
        await deps.notifications.notify(
          tx,
          [
            {
              organisationId: notice.organisationId,
              role: publisherRoleOf(notice.kind),
            },
          ],
          {
            title: '收到公示异议',
            body: `${notice.maskedName}（${notice.targetTitle}）的公示收到一件异议，请核实处理；处理完毕前不能推荐上报`,
            link: `/applications/${notice.applicationId}`,
          },
        );
        return { id: row.id, status: row.status, createdAt: row.createdAt.toISOString() };
      });
    },

    /** The publishing unit records the outcome of an objection, once. */
    async resolve(
      actor: Actor,
      objectionId: string,
      decision: { status: 'upheld' | 'dismissed'; outcome: string },
    ) {
      const found = await repo.findObjection(db, objectionId);
      if (!found || !handlesObjection(actor, found)) throw notFound('异议', 'OBJECTION_NOT_FOUND');
      const now = clock.now();
      return db.transaction(async (tx) => {
        const row = await repo.resolveObjection(tx, objectionId, {
          status: decision.status,
          outcome: decision.outcome,
          handledBy: actor.userId,
          handledAt: now,
        });
        if (!row) throw new AppError('conflict', 'OBJECTION_ALREADY_HANDLED', '该异议已处理，不能重复处理');
        await audit.record(tx, actor.userId, {
          action: 'objection.resolved',
          entityType: 'application',
          entityId: row.applicationId,
          data: { objectionId, status: decision.status },
        });
        return { id: row.id, status: row.status, outcome: row.outcome, handledAt: now.toISOString() };
      });
    },
  };
}

export type PublicityService = ReturnType<typeof createPublicityService>;
