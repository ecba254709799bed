import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Database, openDatabase } from '../../src/db/client';
import type { AppConfig } from '../../src/platform/config';
import { createTestApp } from './test-app';
import { createEmptyPostgresDatabase, createTestDatabase } from './test-database';

const onPostgres = () => Boolean(process.env.DATABASE_URL);

/**
 * The database and settings of an installation to back up, below `dir`, on the database this run
 * uses: on PostgreSQL a fresh test database (whose URL is what pg_dump connects to) with the key
 * in the settings; otherwise the embedded database in a directory with its key file and
 * attachments inside, as a demo installation has them. Pass both to `createTestApp`.
 */
export async function sourceInstallation(
  dir: string,
  key: Buffer,
): Promise<{ database: Database & { url?: string }; overrides: Partial<AppConfig> }> {
  if (onPostgres()) {
    const database = await createTestDatabase();
    return {
      database,
      overrides: {
        databaseUrl: database.url!,
        secretKeyHex: key.toString('hex'),
        dataDir: path.join(dir, 'source-data'),
        attachmentsDir: path.join(dir, 'source-attachments'),
      },
    };
  }
  const dataDir = path.join(dir, 'source');
  fs.mkdirSync(dataDir);
  fs.writeFileSync(path.join(dataDir, 'secret.key'), key.toString('hex'), { mode: 0o600 });
  const database = await openDatabase({ kind: 'pglite', dataDir });
  await database.migrate();
  return {
    database,
    overrides: { secretKeyHex: null, dataDir, attachmentsDir: path.join(dataDir, 'attachments') },
  };
}

/**
 * A test app made with `config` over a new source installation (see `sourceInstallation`) in a
 * temporary directory named by `prefix`, and that directory, beside which restores go.
 */
export async function sourceTestApp(prefix: string, key: Buffer, config: Partial<AppConfig>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const { database, overrides } = await sourceInstallation(dir, key);
  const t = await createTestApp({ ...config, ...overrides }, { database, secretKey: key });
  return { dir, t };
}

/**
 * Fresh places to restore `source` into, below `dir`: an empty database and directories that do
 * not exist yet. The empty PostgreSQL databases are dropped by `dropAll` (call it after the tests).
 * Both are read at call time, so the helper can be made before `beforeAll` sets them.
 */
export function restoreTargets(dir: () => string, source: () => AppConfig) {
  const drops: (() => Promise<void>)[] = [];
  return {
    async fresh(name: string): Promise<AppConfig> {
      if (!onPostgres()) {
        const dataDir = path.join(dir(), name);
        return { ...source(), dataDir, attachmentsDir: path.join(dataDir, 'attachments') };
      }
      const empty = await createEmptyPostgresDatabase();
      drops.push(empty.drop);
      return {
        ...source(),
        databaseUrl: empty.url,
        dataDir: path.join(dir(), name, 'data'),
        attachmentsDir: path.join(dir(), name, 'attachments'),
      };
    },
    async dropAll() {
      for (const drop of drops) await drop();
    },
  };
}

/** The database an installation's settings name: its PostgreSQL URL, or its embedded data directory. */
export function openInstallation(config: AppConfig, poolSize = 2) {
  return openDatabase(
    config.databaseUrl
      ? { kind: 'postgres', url: config.databaseUrl, poolSize }
      : { kind: 'pglite', dataDir: config.dataDir },
  );
}
