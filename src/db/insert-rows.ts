import { Column, getTableColumns, getTableName, is, SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './client';

/**
 * How a column's values are written into the JSON PostgreSQL reads them from; null when the
 * value goes as it is (the ORM's own mapping is the identity for text, uuid, numbers, booleans).
 */
function toJson(column: Column): ((value: unknown) => unknown) | null {
  const type = column.getSQLType();
  // json and jsonb take the value itself (the ORM would send it as JSON text).
  if (type === 'json' || type === 'jsonb') return null;
  if (column.mapToDriverValue === Column.prototype.mapToDriverValue) return null;
  return (value) => {
    if (value === null) return null;
    const driver = column.mapToDriverValue(value);
    if (driver instanceof Date) return driver.toISOString();
    if (Buffer.isBuffer(driver)) return `\\x${driver.toString('hex')}`;
    return driver;
  };
}

/** What the database would put in a column the row leaves out. */
function defaultOf(table: PgTable, column: Column): SQL {
  if (is(column.default, SQL)) return column.default;
  if (column.default !== undefined)
    return sql`${toJson(column)?.(column.default) ?? column.default}::${sql.raw(column.getSQLType())}`;
  const type = column.columnType;
  if (type === 'PgSerial' || type === 'PgBigSerial53' || type === 'PgBigSerial64' || type === 'PgSmallSerial')
    return sql`nextval(pg_get_serial_sequence(${getTableName(table)}, ${column.name}))`;
  return sql`null`;
}

/**
 * A multi-row insert sent as one JSON parameter (jsonb_populate_record per element) instead
 * of one parameter per value. For a batch of a hundred rows of twenty columns, the ORM's
 * per-parameter statement building cost more CPU than the database spent on the insert;
 * this costs one JSON.stringify. Returns the ORM's insert builder, so `.onConflictDoNothing()`
 * and `.returning()` chain as usual and returned rows come back typed and mapped.
 *
 * Columns are filled as `.values()` fills them: a value given, else the JS default
 * (`$defaultFn`), else the column's default (serials included).
 */
export function insertRows<T extends PgTable>(db: Db, table: T, rows: readonly T['$inferInsert'][]) {
  // As the ORM's own insert: every column but those generated always (computed by the database).
  const columns = Object.entries(getTableColumns(table)).filter(
    ([, column]) => !column.generated || column.generated.type === 'byDefault',
  );
  const fields = columns.map(([key, column]) => ({
    key,
    name: column.name,
    defaultFn: column.defaultFn,
    toJson: toJson(column),
  }));
  // How many rows give each column: all (read it), none (its default) or some (choose per row).
  const given = new Array<number>(fields.length).fill(0);
  const elements = rows.map((row) => {
    const element: Record<string, unknown> = {};
    for (let f = 0; f < fields.length; f++) {
      const field = fields[f]!;
      let value = (row as Record<string, unknown>)[field.key];
      if (value === undefined) {
        if (!field.defaultFn) continue;
        value = field.defaultFn();
      }
      if (value instanceof SQL) throw new Error(`insertRows: ${field.key} 不支持SQL表达式`);
      element[field.name] = field.toJson === null ? value : field.toJson(value);
      given[f]! += 1;
    }
    return element;
  });
  const expressions = columns.map(([, column], f) => {
    const field = sql`r.${sql.identifier(column.name)}`;
    if (given[f] === elements.length) return field;
    if (given[f] === 0) return defaultOf(table, column);
    return sql`case when j.v ? ${column.name} then ${field} else ${defaultOf(table, column)} end`;
  });
  const select = sql`select ${sql.join(expressions, sql`, `)}
    from jsonb_array_elements(${JSON.stringify(elements)}::jsonb) with ordinality as j(v, n)
    cross join lateral jsonb_populate_record(null::${table}, j.v) as r
    order by j.n`;
  return db.insert(table).select(select);
}
