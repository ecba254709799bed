import { api, call, type PageQuery, type Schemas } from './client';

/** One message in the user's inbox (站内消息); `link` is where it leads in the app, e.g. `/applications/…`. */
export type InboxMessage = Schemas['InboxMessage'];

export type Inbox = Schemas['Inbox'];

export function fetchInbox(query: PageQuery<{ unreadOnly?: boolean }>, signal?: AbortSignal): Promise<Inbox> {
  const { unreadOnly, ...paging } = query;
  return call(
    api.GET('/api/v1/me/notifications', {
      params: { query: { ...paging, unreadOnly: unreadOnly === undefined ? undefined : String(unreadOnly) } },
      signal,
    }),
  );
}

/** Marks these messages read; without ids, all of them. */
export function markRead(ids?: number[]): Promise<{ marked: number }> {
  return call(api.POST('/api/v1/me/notifications/read', { body: ids ? { ids } : {} }));
}
