import crypto from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/db/client';

/**
 * A real, empty, migrated database for one test file: PGlite in memory by default, or —
 * when DATABASE_URL is set (the CI's PostgreSQL run) — a fresh database created on that
 * server and dropped afterwards, so test files never share state. `url` (PostgreSQL only)
 * lets a test open a second connection pool, as another server process would.
 */
export async function createTestDatabase(): Promise<Database & { url?: string }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const database = await openDatabase({ kind: 'pglite', dataDir: null });
    await database.migrate();
    return database;
  }
  const empty = await createEmptyPostgresDatabase('zp_test');
  const database = await openDatabase({ kind: 'postgres', url: empty.url, poolSize: 5 });
  await database.migrate();
  return {
    ...database,
    url: empty.url,
    async close() {
      await database.close();
      await empty.drop();
    },
  };
}

/**
 * A fresh database with nothing in it (not migrated) on the PostgreSQL server named by
 * DATABASE_URL, dropped by `drop()`: where a restore goes, and what a test database is made from.
 * `prefix` names it, so a leftover tells what left it.
 */
export async function createEmptyPostgresDatabase(
  prefix = 'zp_empty',
): Promise<{ url: string; drop(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  const name = `${prefix}_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    async drop() {
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
