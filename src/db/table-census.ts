import { sql } from 'drizzle-orm';
import type { Db } from './client';

/**
 * The schemas that hold our data: the tables of the migrations, and drizzle's record of which
 * migrations ran (restored with them, so a restored copy is migrated from where it was).
 */
export const DATA_SCHEMAS = ['public', 'drizzle'] as const;

function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** Every table of our schemas as `schema.table`, in a stable order. */
export async function dataTables(db: Db): Promise<string[]> {
  const result = await db.execute(sql`
    select n.nspname || '.' || c.relname as name
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p') and n.nspname = any(${sql.param([...DATA_SCHEMAS])})
    order by n.nspname, c.relname`);
  return rowsOf<{ name: string }>(result).map((r) => r.name);
}

/**
 * Rows per table (`schema.table` → count), read in the caller's snapshot: inside a backup's
 * snapshot, these are exactly the rows the dump holds, and a restore is checked against them.
 */
export async function countTableRows(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of await dataTables(db)) {
    const [schema, table] = name.split('.') as [string, string];
    const result = await db.execute(
      sql`select count(*)::bigint as n from ${sql.identifier(schema)}.${sql.identifier(table)}`,
    );
    counts[name] = Number(rowsOf<{ n: string | number }>(result)[0]!.n);
  }
  return counts;
}
