import { type Column, type SQL, sql } from 'drizzle-orm';
import type { PgTable, SelectedFields } from 'drizzle-orm/pg-core';
import type { Db } from './client';

/**
 * `column = any($1)`: the list goes as one array parameter. `inArray` sends one parameter
 * per value, and for a batch of a hundred the ORM spends more building those than the
 * database spends on the query. An empty list matches nothing.
 */
export function anyOf(column: Column, values: readonly (string | number)[]): SQL {
  return sql`${column} = any(${sql.param([...values])})`;
}

/** `column = any($name)` for a prepared query: the list is given when it runs, as one array. */
export function anyOfPlaceholder(column: Column, name: string): SQL {
  return sql`${column} = any(${sql.placeholder(name)})`;
}

/**
 * A batch lookup: these fields of the rows of `table` whose `column` is one of `keys`, in one
 * query for the whole batch (`anyOf`), and none at all for an empty one.
 */
export function selectAnyOf<S extends SelectedFields>(
  db: Db,
  fields: S,
  table: PgTable,
  column: Column,
  keys: readonly (string | number)[],
) {
  if (keys.length === 0) return Promise.resolve([]);
  return db.select(fields).from(table).where(anyOf(column, keys));
}
