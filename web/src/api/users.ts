import type { Role } from './auth';
import { http, type Page } from './client';

/** `pending`: a registered unit's administrator, waiting for the HR bureau's review. */
export type UserStatus = 'active' | 'disabled' | 'pending';

export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  organisation: { id: string; name: string } | null;
  jurisdiction: { code: string; name: string };
  status: UserStatus;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
  /** The professional the account belongs to (ID number masked), for 实名 accounts. */
  person: {
    id: string;
    name: string;
    idNumberMasked: string;
    /** The unit the person is bound to now, with the binding an administrator may unlink. */
    currentUnit: { bindingId: string; organisationId: string; name: string } | null;
  } | null;
  phoneMasked: string | null;
  mustChangePassword: boolean;
}

export type UserSort = 'username' | '-username' | 'createdAt' | '-createdAt';

export interface UserFilters {
  q?: string;
  role?: Role;
  status?: UserStatus;
  sort?: UserSort;
}

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
  organisationId: string | null;
  jurisdictionCode: string;
}

export type UserChanges = Partial<{
  displayName: string;
  roles: Role[];
  status: UserStatus;
  organisationId: string | null;
  jurisdictionCode: string;
}>;

export const usersPath = '/api/v1/admin/users';
export const usersExportPath = '/api/v1/admin/users/export';

export function listUsers(
  query: UserFilters & { page: number; pageSize: number },
  signal?: AbortSignal,
): Promise<Page<UserRow>> {
  return http.get<Page<UserRow>>(usersPath, { query: { ...query }, signal });
}

export function createUser(user: NewUser): Promise<UserRow> {
  return http.post<UserRow>(usersPath, user);
}

export function updateUser(id: string, changes: UserChanges): Promise<UserRow> {
  return http.patch<UserRow>(`${usersPath}/${encodeURIComponent(id)}`, changes);
}

export function resetPassword(id: string, password: string): Promise<void> {
  return http.post<void>(`${usersPath}/${encodeURIComponent(id)}/reset-password`, { password });
}

export function unlockUser(id: string): Promise<void> {
  return http.post<void>(`${usersPath}/${encodeURIComponent(id)}/unlock`);
}
