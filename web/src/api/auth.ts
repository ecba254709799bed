import { ApiError, http, setCsrfToken } from './client';

export type Role =
  | 'applicant'
  | 'employer'
  | 'dispatcher'
  | 'department'
  | 'hr'
  | 'committee-office'
  | 'expert'
  | 'supervisor'
  | 'admin';

export type Permission =
  | 'users.manage'
  | 'organisations.manage'
  | 'calendar.edit'
  | 'people.stats'
  | 'policies.browse'
  | 'deadlines.manage'
  | 'staff.bind'
  | 'units.review'
  | 'bindings.unlink';

/** The logged-in user as the server describes them; everything the UI shows or hides derives from this. */
export interface Me {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  permissions: Permission[];
  organisation: { id: string; name: string; kind: string } | null;
  jurisdiction: { code: string; name: string; fullName: string };
  /** The password was chosen by someone else: the user must change it before anything else. */
  mustChangePassword: boolean;
  phoneMasked: string | null;
}

interface SessionResponse {
  user: Me;
  csrfToken: string;
}

export async function login(username: string, password: string): Promise<Me> {
  const session = await http.post<SessionResponse>(
    '/api/v1/auth/login',
    { username, password },
    { redirectOn401: false },
  );
  setCsrfToken(session.csrfToken);
  return session.user;
}

/** The current session's user, or `null` when nobody is logged in (401 is an answer here). */
export async function fetchMe(): Promise<Me | null> {
  try {
    const session = await http.get<SessionResponse>('/api/v1/auth/me', { redirectOn401: false });
    setCsrfToken(session.csrfToken);
    return session.user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export async function logout(): Promise<void> {
  try {
    await http.post<void>('/api/v1/auth/logout', undefined, { redirectOn401: false });
  } finally {
    setCsrfToken(null);
  }
}
