import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/client';
import { dataTables } from '../../src/db/table-census';

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/**
 * Every table's row count and a digest of its content (MD5 over the sorted MD5s of its rows'
 * text), and every sequence's position: two databases with the same census hold the same data.
 */
export async function databaseCensus(db: Db) {
  const tables: Record<string, { rows: number; digest: string }> = {};
  for (const name of await dataTables(db)) {
    const [schema, table] = name.split('.') as [string, string];
    const [row] = rowsOf<{ n: number; digest: string }>(
      await db.execute(sql`
        select count(*)::int as n, coalesce(md5(string_agg(md5(t::text), ',' order by md5(t::text))), '') as digest
        from ${sql.identifier(schema)}.${sql.identifier(table)} t`),
    );
    tables[name] = { rows: row!.n, digest: row!.digest };
  }
  const sequences = Object.fromEntries(
    rowsOf<{ name: string; last: string | null }>(
      await db.execute(
        sql`select schemaname || '.' || sequencename as name, last_value::text as last from pg_sequences order by 1`,
      ),
    ).map((s) => [s.name, s.last]),
  );
  return { tables, sequences };
}

/** Every file under `dir` (relative path → SM3 of its content). */
export function fileDigests(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) walk(child);
      else
        out[child] = crypto
          .createHash('sm3')
          .update(fs.readFileSync(path.join(dir, child)))
          .digest('hex');
    }
  };
  if (fs.existsSync(dir)) walk('');
  return out;
}
