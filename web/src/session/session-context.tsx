import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { fetchMe, login, logout, type Me } from '../api/auth';
import { setUnauthorizedHandler } from '../api/client';

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous'; expired: boolean }
  | { status: 'authenticated'; me: Me }
  | { status: 'failed'; error: unknown };

interface SessionContextValue {
  state: SessionState;
  signIn: (username: string, password: string) => Promise<Me>;
  signOut: () => Promise<void>;
  /** Probes `/auth/me` again, e.g. after the server was unreachable at start-up. */
  refresh: () => void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/** Holds who is logged in; asks the server once at start, and forgets the user on logout or expiry. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [probe, setProbe] = useState(0);
  const navigate = useNavigate();

  // biome-ignore lint/correctness/useExhaustiveDependencies: `probe` is the trigger for asking again.
  useEffect(() => {
    let live = true;
    fetchMe().then(
      (me) =>
        live && setState(me ? { status: 'authenticated', me } : { status: 'anonymous', expired: false }),
      (error: unknown) => live && setState({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [probe]);

  // A 401 in the middle of work means the session timed out: drop the user and let the route guard
  // send them to the login page, which will bring them back here afterwards.
  useEffect(() => {
    setUnauthorizedHandler(() => setState({ status: 'anonymous', expired: true }));
  }, []);

  const signIn = useCallback(async (username: string, password: string) => {
    const me = await login(username, password);
    setState({ status: 'authenticated', me });
    return me;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await logout();
    } finally {
      setState({ status: 'anonymous', expired: false });
      navigate('/login', { replace: true });
    }
  }, [navigate]);

  const refresh = useCallback(() => {
    setState({ status: 'loading' });
    setProbe((value) => value + 1);
  }, []);

  const value = useMemo(() => ({ state, signIn, signOut, refresh }), [state, signIn, signOut, refresh]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The logged-in user; only for components rendered behind the session guard. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'authenticated') throw new Error('useMe called without a logged-in user');
  return state.me;
}
