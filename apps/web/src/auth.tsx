import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Spin } from 'antd';
import { api, ok, setUnauthorizedHandler, tokenStore } from './api/client';
import type { Schema } from './api/types';

export type User = Schema<'UserView'>;
export type Audience = 'enterprise' | 'provider' | 'bureau';
export type BureauRole = 'reviewer' | 'finance' | 'admin';

interface AuthState {
  user: User | null;
  loading: boolean;
  /** Keeps the session of a login or registration answer. */
  signIn: (accessToken: string) => Promise<User>;
  signOut: () => void;
}

const AuthContext = createContext<AuthState | null>(null);

/** The signed-in user (GET /me with the stored token), shared by every page. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [token, setToken] = useState(tokenStore.get());
  const me = useQuery({
    queryKey: ['me', token],
    queryFn: () => ok(api.GET('/api/v1/me')),
    enabled: token !== null,
    retry: false,
    staleTime: 5 * 60_000,
  });
  const signOut = useCallback(() => {
    tokenStore.set(null);
    setToken(null);
    queryClient.clear();
  }, [queryClient]);
  useEffect(() => setUnauthorizedHandler(signOut), [signOut]);
  const signIn = useCallback(
    async (accessToken: string) => {
      tokenStore.set(accessToken);
      const user = await ok(api.GET('/api/v1/me'));
      queryClient.setQueryData(['me', accessToken], user);
      setToken(accessToken);
      return user;
    },
    [queryClient],
  );
  const value = useMemo<AuthState>(
    () => ({
      user: token ? (me.data ?? null) : null,
      loading: token !== null && me.isPending,
      signIn,
      signOut,
    }),
    [token, me.data, me.isPending, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

export const audienceOf = (user: User): Audience => user.organisation.type as Audience;
export const hasRole = (user: User | null, ...roles: BureauRole[]): boolean =>
  !!user && user.organisation.type === 'bureau' && roles.some((r) => user.roles.includes(r));

/** Where a user's console starts. */
export const homeOf = (user: User): string => `/${audienceOf(user)}`;

/** Renders its children for a signed-in user of `audience` (and one of `roles` for the bureau); else sends to log in. */
export function RequireAuth({
  audience,
  roles,
  children,
}: {
  audience: Audience;
  roles?: BureauRole[];
  children: ReactNode;
}) {
  const { user, loading } = useAuth();
  const location = useLocation();
  if (loading) return <Spin fullscreen tip="加载中…" />;
  if (!user) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (audienceOf(user) !== audience || (roles && !hasRole(user, ...roles)))
    return <Navigate to={homeOf(user)} replace />;
  return <>{children}</>;
}
