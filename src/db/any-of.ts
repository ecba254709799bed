import { type Column, type SQL, sql } from 'drizzle-orm';

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
