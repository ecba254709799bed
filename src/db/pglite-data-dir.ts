import fs from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { AppError } from '../domain/errors';
import type { Db } from './client';
import * as schema from './schema';

/**
 * The PostgreSQL files of a PGlite data directory. The directory also holds our own files (the
 * lock, `secret.key`, by default `attachments/`), which a backup carries separately, so only
 * PostgreSQL's are taken: `PG_VERSION`, `base`, `global`, `pg_*` and the configuration.
 */
export function isPostgresDataFile(relative: string): boolean {
  const top = relative.split(/[\\/]/)[0]!;
  return (
    top === 'PG_VERSION' ||
    top === 'base' ||
    top === 'global' ||
    top.startsWith('pg_') ||
    top === 'postgresql.conf' ||
    top === 'postgresql.auto.conf'
  );
}

/**
 * Every PostgreSQL directory and file under `dataDir`, as paths relative to it with `/`, each
 * directory before what it holds. Empty directories count: PostgreSQL will not start without
 * `pg_tblspc`, `pg_twophase` and the like.
 */
export async function postgresDataFiles(dataDir: string): Promise<{ path: string; directory: boolean }[]> {
  const out: { path: string; directory: boolean }[] = [];
  const walk = async (relative: string) => {
    const entries = await fs.readdir(path.join(dataDir, relative), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (!isPostgresDataFile(child)) continue;
      if (entry.isDirectory()) {
        out.push({ path: child, directory: true });
        await walk(child);
      } else if (entry.isFile()) out.push({ path: child, directory: false });
    }
  };
  await walk('');
  return out;
}

function pgliteOf(db: Db): PGlite {
  const client = (db as unknown as { $client: unknown }).$client;
  if (!(client instanceof PGlite))
    throw new AppError('conflict', 'NOT_PGLITE', '此操作只适用于内嵌数据库 PGlite');
  return client;
}

/** Whether this handle is the embedded database (otherwise it is a PostgreSQL pool). */
export function isPglite(db: Db): boolean {
  return (db as unknown as { $client: unknown }).$client instanceof PGlite;
}

/** The directory the embedded database lives in; an in-memory one (tests) has none. */
export function pgliteDataDirOf(db: Db): string {
  const dataDir = pgliteOf(db).dataDir;
  if (!dataDir)
    throw new AppError('conflict', 'DATABASE_IN_MEMORY', '数据库只在内存中，没有数据目录，无法备份');
  return dataDir;
}

/**
 * Runs `work` while the embedded database stands still: every other query of this process
 * waits (PGlite runs one at a time, and `work` holds its transaction lock), and a checkpoint
 * first writes every change into the data files. What `work` copies from `dataDir` is then a
 * consistent database, and `tx` reads exactly what the copy holds. The server keeps answering
 * once `work` returns; queries wait meanwhile, so `work` copies the database and nothing more.
 */
export async function withPgliteStandingStill<T>(
  db: Db,
  work: (tx: Db, dataDir: string) => Promise<T>,
): Promise<T> {
  const client = pgliteOf(db);
  const dataDir = pgliteDataDirOf(db);
  return client.transaction(async (ptx) => {
    await ptx.exec('checkpoint');
    return work(drizzlePglite(ptx as unknown as PGlite, { schema }) as unknown as Db, dataDir);
  });
}
