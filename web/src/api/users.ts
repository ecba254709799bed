import { api, type BodyOf, call, type Page, type PageQuery, type QueryOf, type Schemas } from './client';

/** A user account; `person` is the professional it belongs to (ID number masked), for 实名 accounts. */
export type UserRow = Schemas['User'];

/** `pending`: a registered unit's administrator, waiting for the HR bureau's review. */
export type UserStatus = UserRow['status'];

type ListQuery = QueryOf<'/api/v1/admin/users', 'get'>;

export type UserSort = NonNullable<ListQuery['sort']>;

export type UserFilters = Pick<ListQuery, 'q' | 'role' | 'status' | 'sort'>;

export type NewUser = BodyOf<'/api/v1/admin/users', 'post'>;

export type UserChanges = BodyOf<'/api/v1/admin/users/{id}', 'patch'>;

export const usersPath = '/api/v1/admin/users';
export const usersExportPath = '/api/v1/admin/users/export';

export function listUsers(query: PageQuery<UserFilters>, signal?: AbortSignal): Promise<Page<UserRow>> {
  return call(api.GET('/api/v1/admin/users', { params: { query }, signal }));
}

export function createUser(user: NewUser): Promise<UserRow> {
  return call(api.POST('/api/v1/admin/users', { body: user }));
}

export function updateUser(id: string, changes: UserChanges): Promise<UserRow> {
  return call(api.PATCH('/api/v1/admin/users/{id}', { params: { path: { id } }, body: changes }));
}

export function resetPassword(id: string, password: string): Promise<void> {
  return call(
    api.POST('/api/v1/admin/users/{id}/reset-password', { params: { path: { id } }, body: { password } }),
  );
}

export function unlockUser(id: string): Promise<void> {
  return call(api.POST('/api/v1/admin/users/{id}/unlock', { params: { path: { id } } }));
}
