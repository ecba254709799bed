import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useNavigate } from 'react-router';
import { fetchMe, login, logout, type Me } from '../api/auth';
import { type SessionEnd, sessionEndOf, setUnauthorizedHandler } from '../api/client';

export type SessionState =
  | { status: 'loading' }
  /** `ended`: why a session open in this page ended (null: there was none, or the user logged out). */
  | { status: 'anonymous'; ended: SessionEnd | null }
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
  // Bumped by every login and logout. A `me` probe that set out before one of them answers about a
  // session that no longer exists (a quick login on a slow start-up must not be undone by its 401).
  const epoch = useRef(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `probe` is the trigger for asking again.
  useEffect(() => {
    let live = true;
    const started = epoch.current;
    const current = () => live && started === epoch.current;
    fetchMe().then(
      (me) =>
        current() && setState(me ? { status: 'authenticated', me } : { status: 'anonymous', ended: null }),
      (error: unknown) => current() && setState({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [probe]);

  // A 401 in the middle of work means the session timed out or a login elsewhere replaced it: drop
  // the user and let the route guard send them to the login page, which says which and will bring
  // them back here afterwards.
  // The first 401 names the cause. Its answer also clears the cookie, so requests the page had
  // in flight come back 401 without a session, which would otherwise turn "replaced by a login
  // elsewhere" into a plain "expired".
  useEffect(() => {
    setUnauthorizedHandler((error) =>
      setState((previous) =>
        previous.status === 'anonymous' && previous.ended
          ? previous
          : { status: 'anonymous', ended: sessionEndOf(error) },
      ),
    );
  }, []);

  const signIn = useCallback(async (username: string, password: string) => {
    const me = await login(username, password);
    epoch.current += 1;
    setState({ status: 'authenticated', me });
    return me;
  }, []);

  const signOut = useCallback(async () => {
    epoch.current += 1;
    try {
      await logout();
    } finally {
      setState({ status: 'anonymous', ended: null });
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
