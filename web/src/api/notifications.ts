import { http, type Page } from './client';

/** One message in the user's inbox (站内消息). */
export interface InboxMessage {
  id: number;
  title: string;
  body: string;
  /** Where the message leads in the app, e.g. `/applications/…`. */
  link: string | null;
  createdAt: string;
  read: boolean;
}

export type Inbox = Page<InboxMessage> & { unread: number };

export function fetchInbox(
  query: { unreadOnly?: boolean; page: number; pageSize: number },
  signal?: AbortSignal,
): Promise<Inbox> {
  return http.get<Inbox>('/api/v1/me/notifications', { query: { ...query }, signal });
}

/** Marks these messages read; without ids, all of them. */
export function markRead(ids?: number[]): Promise<{ marked: number }> {
  return http.post('/api/v1/me/notifications/read', ids ? { ids } : {});
}
