// The signed-in user for the whole console: loaded once from /api/auth/me, set on sign-in, cleared on sign-out.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { currentUser, logout } from '../../api/auth.ts';
import type { User } from '../../api/types.ts';

interface Session {
  /** undefined while loading, null when signed out. */
  user: User | null | undefined;
  signedIn(user: User): void;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | undefined>(undefined);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);

  useEffect(() => {
    // A sign-in that finishes before this first answer wins: keep its user.
    const settle = (found: User | null) =>
      setUser((known) => (known === undefined ? found : known));
    currentUser()
      .then(settle)
      .catch(() => settle(null));
  }, []);

  // Signed out at once, in the same render as the caller's navigation, so no page sees a stale user;
  // the request is sent immediately and still carries the old session cookie.
  const signOut = useCallback(async () => {
    setUser(null);
    await logout().catch(() => undefined);
  }, []);

  const value = useMemo<Session>(() => ({ user, signedIn: setUser, signOut }), [user, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
