import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { useLocation } from 'react-router';
import { fetchInbox } from '../api/notifications';

interface UnreadCount {
  /** Unread messages, or `undefined` before the first answer (or when it failed). */
  unread: number | undefined;
  /** Asks again now, e.g. after the inbox marked messages read. */
  refresh: () => void;
}

const UnreadContext = createContext<UnreadCount>({ unread: undefined, refresh: () => {} });

/**
 * Keeps the number of unread messages for the header's bell: asked again on every navigation (a
 * step on one page usually sends messages to others), and whenever a page says it changed.
 */
export function UnreadCountProvider({ children }: { children: ReactNode }) {
  const { pathname, search } = useLocation();
  const [unread, setUnread] = useState<number>();
  const [asked, setAsked] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: navigation and `asked` are the triggers.
  useEffect(() => {
    const controller = new AbortController();
    fetchInbox({ unreadOnly: true, page: 1, pageSize: 1 }, controller.signal).then(
      (inbox) => setUnread(inbox.unread),
      () => {
        // The count is a convenience: a failure leaves the last one, the inbox page says what went wrong.
      },
    );
    return () => controller.abort();
  }, [pathname, search, asked]);

  const refresh = useCallback(() => setAsked((n) => n + 1), []);
  const value = useMemo(() => ({ unread, refresh }), [unread, refresh]);
  return <UnreadContext.Provider value={value}>{children}</UnreadContext.Provider>;
}

export function useUnreadCount(): UnreadCount {
  return useContext(UnreadContext);
}
