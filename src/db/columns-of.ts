import { getTableColumns, type Table } from 'drizzle-orm';

/**
 * Some of a table's columns under their own names, as a selection: `columnsOf(persons, ['id',
 * 'name'])` is `{ id: persons.id, name: persons.name }`. A projection that keeps the table's
 * names says only which columns it reads; a column it renames is still written out beside it.
 */
export function columnsOf<T extends Table, const K extends keyof T['_']['columns'] & string>(
  table: T,
  keys: readonly K[],
  // NoInfer: the keys alone say which columns; passed straight to `select`, the selection's
  // own type would otherwise widen them to every column of the table.
): Pick<T['_']['columns'], NoInfer<K>> {
  const columns = getTableColumns(table);
  return Object.fromEntries(keys.map((key) => [key, columns[key]])) as Pick<T['_']['columns'], K>;
}
