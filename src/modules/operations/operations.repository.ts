import { count, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';

/** The migrations drizzle's migrator has applied: how many, and the journal time of the last. */
export async function appliedMigrations(db: Db): Promise<{ applied: number; latest: number | null }> {
  type Row = { n: string | number; latest: string | number | null };
  const result = await db.execute<Row>(
    sql`select count(*) as n, max(created_at) as latest from drizzle.__drizzle_migrations`,
  );
  const row = (result as unknown as { rows: Row[] }).rows[0];
  return { applied: Number(row?.n ?? 0), latest: row?.latest == null ? null : Number(row.latest) };
}

export async function userCount(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}
