import { ApiError, api, call, type Schemas, setCsrfToken } from './client';

/** The logged-in user as the server describes them; everything the UI shows or hides derives from this. */
export type Me = Schemas['Me'];

export type Role = Me['roles'][number];

export type Permission = Me['permissions'][number];

export async function login(username: string, password: string): Promise<Me> {
  const session = await call(api.POST('/api/v1/auth/login', { body: { username, password } }), {
    redirectOn401: false,
  });
  setCsrfToken(session.csrfToken);
  return session.user;
}

/** The current session's user, or `null` when nobody is logged in (401 is an answer here). */
export async function fetchMe(): Promise<Me | null> {
  try {
    const session = await call(api.GET('/api/v1/auth/me'), { redirectOn401: false });
    setCsrfToken(session.csrfToken);
    return session.user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export async function logout(): Promise<void> {
  try {
    await call(api.POST('/api/v1/auth/logout'), { redirectOn401: false });
  } finally {
    setCsrfToken(null);
  }
}
