import type { Db } from '../../db/client';
import { insertTogether, type PendingInsert } from '../../db/insert-together';
import type { Actor } from '../../domain/access/actor';
import type { Role } from '../../domain/access/roles';
import type { Clock } from '../../platform/clock';
import { failureText } from '../../platform/loggable-error';
import type { MessageSender } from '../../platform/message-sender';
import * as repo from './notifications.repository';

export interface Notice {
  title: string;
  body: string;
  link?: string;
  /** Also send by SMS (and e-mail) through the outbox: for what a person must act on. */
  sms?: boolean;
}

/** Who a notice is for: everyone acting in a role for an organisation, or a professional. */
export type Recipient = { organisationId: string; role: Role } | { personId: string };

/** A notice and whom it is for. */
type AddressedNotice = { recipients: readonly Recipient[]; notice: Notice };

/**
 * The in-app inbox of every role, and the outbox for SMS and e-mail. `notify` runs in the
 * caller's transaction, so a message exists exactly when the change that caused it does.
 */
export function createNotificationsService(deps: { db: Db; clock: Clock; sender: MessageSender }) {
  const { db, clock, sender } = deps;

  /** Finds the recipients' accounts now; returns the inserts, not yet run (see insertTogether). */
  function prepareAll(tx: Db, notices: readonly AddressedNotice[]): Promise<PendingInsert[]> {
    const createdAt = clock.now();
    return repo.messagesInserts(
      tx,
      notices.flatMap(({ recipients, notice }) =>
        recipients.map((recipient) => ({
          recipient,
          title: notice.title,
          body: notice.body,
          link: notice.link ?? null,
          createdAt,
          sms: notice.sms === true,
        })),
      ),
    );
  }

  /** Many notices at once (a batch of filings): one statement however many. */
  async function notifyAll(tx: Db, notices: readonly AddressedNotice[]): Promise<void> {
    await insertTogether(tx, await prepareAll(tx, notices));
  }

  return {
    notify(tx: Db, recipients: readonly Recipient[], notice: Notice) {
      return notifyAll(tx, [{ recipients, notice }]);
    },

    notifyAll,
    prepareAll,

    async inbox(actor: Actor, query: { unreadOnly: boolean; page: number; pageSize: number }) {
      const [items, [total], [unread]] = await repo.inboxPage(
        db,
        actor.userId,
        query.unreadOnly,
        (query.page - 1) * query.pageSize,
        query.pageSize,
      );
      return {
        items: items.map((n) => ({
          id: n.id,
          title: n.title,
          body: n.body,
          link: n.link,
          createdAt: n.createdAt.toISOString(),
          read: n.readAt !== null,
        })),
        total: total?.n ?? 0,
        unread: unread?.n ?? 0,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    async markRead(actor: Actor, ids: number[] | 'all') {
      const rows = await repo.markRead(db, actor.userId, ids, clock.now());
      return { marked: rows.length };
    },

    /**
     * Delivers pending SMS/e-mail, each in its own transaction: a message is marked sent only
     * after the adapter accepted it, and a failure is retried up to five times.
     */
    async deliverOutbox(limit = 100) {
      let sent = 0;
      let failed = 0;
      for (let more = true; more; ) {
        more = false;
        await db.transaction(async (tx) => {
          const [message] = await repo.claimPending(tx, 1);
          if (!message) return;
          more = sent + failed + 1 < limit;
          try {
            await sender.send({
              channel: message.channel as 'sms' | 'email',
              userId: message.userId,
              subject: message.subject,
              body: message.body,
            });
            await repo.markDelivery(tx, message.id, { ok: true, at: clock.now() });
            sent += 1;
          } catch (error) {
            await repo.markDelivery(tx, message.id, { ok: false, error: failureText(error).slice(0, 500) });
            failed += 1;
          }
        });
      }
      return { sent, failed };
    },
  };
}

export type NotificationsService = ReturnType<typeof createNotificationsService>;
