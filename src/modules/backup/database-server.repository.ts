import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';

// What the database server says of itself, and the snapshot a dump reads: a backup records both.

/** The first row of a raw query's result (each of these answers one). */
const firstRow = <T>(result: unknown) => (result as { rows: T[] }).rows[0]!;

/** The server's version as it reports it (`16.4`, `17.0 (Debian …)`), recorded in the manifest. */
export async function serverVersion(db: Db): Promise<string> {
  return firstRow<{ server_version: string }>(await db.execute(sql`show server_version`)).server_version;
}

/** The server's major version (16 for 16.4): the PostgreSQL tools used with it must be as new. */
export async function serverMajorVersion(db: Db): Promise<number> {
  const { num } = firstRow<{ num: string }>(
    await db.execute(sql`select current_setting('server_version_num') as num`),
  );
  return Math.floor(Number(num) / 10000);
}

/** Exports the transaction's snapshot, so pg_dump reads the database as this transaction sees it. */
export async function exportSnapshot(tx: Db): Promise<string> {
  return firstRow<{ snapshot: string }>(await tx.execute(sql`select pg_export_snapshot() as snapshot`))
    .snapshot;
}
