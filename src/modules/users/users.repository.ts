import { and, arrayContains, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { anyContains } from '../../db/like-pattern';
import type { PageWindow } from '../../db/page-query';
import { persons, users } from '../../db/schema';
import { insertReturning, tablePage, updateRow } from '../../db/table-rows';

export interface UserFilter {
  q?: string | undefined;
  role?: string | undefined;
  status?: string | undefined;
}

export type UserSort = 'username' | '-username' | 'createdAt' | '-createdAt';

function whereOf(filter: UserFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.q) conditions.push(anyContains(filter.q, [users.username, users.displayName]));
  if (filter.role) conditions.push(arrayContains(users.roles, [filter.role]));
  if (filter.status) conditions.push(eq(users.status, filter.status));
  return conditions.length ? and(...conditions) : undefined;
}

export function listUsers(db: Db, filter: UserFilter, sort: UserSort, page: PageWindow) {
  const column = sort.endsWith('username') ? users.username : users.createdAt;
  const order = sort.startsWith('-') ? desc(column) : asc(column);
  return tablePage(db, users, whereOf(filter), [order, asc(users.id)], page);
}

export function findUser(db: Db, id: string) {
  return db.query.users.findFirst({ where: eq(users.id, id) });
}

export function findUserByUsername(db: Db, username: string) {
  return db.query.users.findFirst({ where: eq(users.username, username) });
}

export function insertUser(db: Db, values: typeof users.$inferInsert) {
  return insertReturning(db, users, values);
}

export function updateUser(db: Db, id: string, values: Partial<typeof users.$inferInsert>) {
  return updateRow(db, users, id, values);
}

/** The persons linked to accounts, with what an administrator may see of them. */
export function linkedPersons(db: Db, personIds: readonly string[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return db
    .select({ id: persons.id, name: persons.name, idNumberMasked: persons.idNumberMasked })
    .from(persons)
    .where(inArray(persons.id, [...personIds]));
}
