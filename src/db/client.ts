import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { lockDataDir } from './data-dir-lock';
import * as schema from './schema';

export type Schema = typeof schema;

/** The database as every repository sees it; a transaction has the same type. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Applies committed migrations that have not run yet. */
  migrate(): Promise<void>;
  /**
   * Subscribes to NOTIFY on `channel`, so a cache built on the messages knows when to trust
   * itself (between onReady and onGap). Never throws for a connection failure: it keeps
   * trying in the background. Returns the unsubscribe function.
   */
  listen(channel: string, handlers: ChannelHandlers): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

const migrationsFolder = path.join(import.meta.dirname, 'migrations');

export interface ChannelHandlers {
  onMessage(payload: string): void;
  /** Listening (again): messages from now on arrive. */
  onReady(): void;
  /** Not listening any more, until the next onReady: messages may be missed meanwhile. */
  onGap(): void;
}

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir: string | null };

/**
 * Opens PostgreSQL when a URL is given, otherwise the embedded PGlite — in `dataDir`, or in
 * memory when `dataDir` is null (tests). Both speak the same SQL, so nothing above this
 * file knows which one it has.
 */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
    // An idle client that errors (server restart) must not crash the process.
    pool.on('error', () => {});
    // Nor one that is checked out: the pool listens for a client's errors only while it is idle,
    // so a connection that broke in the middle of a transaction (PostgreSQL restarted between
    // two of its queries) emitted an 'error' nobody heard, and that ended the process — found by
    // `npm run bench -- crash`. Heard here, the transaction's next query fails instead, and the
    // pool drops the broken client when it is released.
    pool.on('connect', (client) => client.on('error', () => {}));
    const db = drizzlePg(pool, { schema });
    return {
      db: db as unknown as Db,
      kind: 'postgres',
      migrate: () => migratePg(db, { migrationsFolder }),
      listen: (channel, handlers) => listenOnPostgres(target.url, channel, handlers),
      close: () => pool.end(),
    };
  }
  const unlock = target.dataDir ? lockDataDir(target.dataDir) : () => {};
  let client: PGlite;
  try {
    client = target.dataDir ? new PGlite(target.dataDir) : new PGlite();
    await client.waitReady;
  } catch (error) {
    unlock();
    throw error;
  }
  const db = drizzlePglite(client, { schema });
  return {
    db: db as unknown as Db,
    kind: 'pglite',
    migrate: () => migratePglite(db, { migrationsFolder }),
    // One process owns a PGlite directory, so its notifications reach every listener there is.
    listen: async (channel, handlers) => {
      const unsubscribe = await client.listen(channel, handlers.onMessage);
      handlers.onReady();
      return unsubscribe;
    },
    close: async () => {
      await client.close();
      unlock();
    },
  };
}

/**
 * LISTEN on a connection of its own (a pooled one would be handed to other queries). When it
 * drops, listeners are told there is a gap and it reconnects with backoff until unsubscribed.
 */
async function listenOnPostgres(url: string, channel: string, handlers: ChannelHandlers) {
  let stopped = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (message) => {
      if (message.channel === channel) handlers.onMessage(message.payload ?? '');
    });
    const lost = () => {
      if (client !== next) return;
      client = null;
      handlers.onGap();
      if (!stopped) retry = setTimeout(connect, 500).unref();
    };
    next.on('error', lost);
    next.on('end', lost);
    try {
      await next.connect();
      await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch {
      await next.end().catch(() => {});
      if (!stopped) retry = setTimeout(connect, 500).unref();
      return;
    }
    if (stopped) {
      await next.end().catch(() => {});
      return;
    }
    client = next;
    handlers.onReady();
  };
  await connect();
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    const last = client;
    client = null;
    await last?.end().catch(() => {});
  };
}

/** One value of a bulk-written row: the column's text form as PostgreSQL reads it, or null. */
export type CopyValue = string | null;

/** Appends rows (values in `columns` order) to `table` inside the bulk transaction. */
export type CopyInto = (
  table: string,
  columns: readonly string[],
  rows: readonly (readonly CopyValue[])[],
) => Promise<void>;

/**
 * Bulk writes for imports of tens of thousands of rows: one transaction on one connection in
 * which `copyInto` streams rows with COPY — far cheaper than INSERT per row — next to ordinary
 * queries on `tx`. All or nothing: a failed COPY rolls the whole transaction back. `tx` is the
 * transaction itself; `work` must not open a nested one.
 */
export interface BulkWriter {
  transaction<T>(work: (tx: Db, copyInto: CopyInto) => Promise<T>): Promise<T>;
  /**
   * Rows per transaction that suit the driver: PostgreSQL gains from large COPYs; PGlite runs one
   * transaction at a time for the whole process, so its batches are kept short.
   */
  readonly rowsPerTransaction: number;
}

/**
 * The bulk writer of a database handle: COPY FROM STDIN on PostgreSQL, COPY from an in-memory
 * blob on PGlite. Both read the same COPY text, so the rows are encoded once, here.
 */
export function bulkWriterOf(db: Db): BulkWriter {
  const client = (db as unknown as { $client: unknown }).$client;
  if (client instanceof pg.Pool) return postgresBulkWriter(client);
  if (client instanceof PGlite) return pgliteBulkWriter(client);
  return {
    transaction: () => Promise.reject(new Error('批量写入只支持 PostgreSQL 与 PGlite 连接')),
    rowsPerTransaction: 0,
  };
}

function postgresBulkWriter(pool: pg.Pool): BulkWriter {
  // A drizzle handle per pooled connection, built once: it parses the whole schema.
  const handles = new WeakMap<pg.PoolClient, Db>();
  return {
    rowsPerTransaction: 20_000,
    async transaction(work) {
      const client = await pool.connect();
      let failure: Error | undefined;
      try {
        let handle = handles.get(client);
        if (!handle) {
          handle = drizzlePg(client, { schema }) as unknown as Db;
          handles.set(client, handle);
        }
        return await handle.transaction((tx) =>
          work(tx, async (table, columns, rows) => {
            const copy = client.query(copyFrom(`COPY ${copyTarget(table, columns)} FROM STDIN`));
            await pipeline(Readable.from(copyChunks(rows)), copy);
          }),
        );
      } catch (error) {
        failure = error instanceof Error ? error : new Error(String(error));
        throw error;
      } finally {
        // A connection whose transaction failed mid-COPY is not trusted back into the pool.
        client.release(failure);
      }
    },
  };
}

function pgliteBulkWriter(client: PGlite): BulkWriter {
  return {
    rowsPerTransaction: 5_000,
    transaction: (work) =>
      client.transaction((ptx) =>
        work(
          drizzlePglite(ptx as unknown as PGlite, { schema }) as unknown as Db,
          async (table, columns, rows) => {
            const blob = new Blob([...copyChunks(rows)] as Uint8Array<ArrayBuffer>[]);
            await ptx.query(`COPY ${copyTarget(table, columns)} FROM '/dev/blob'`, [], { blob });
          },
        ),
      ),
  };
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function copyTarget(table: string, columns: readonly string[]): string {
  return `${quoteIdentifier(table)} (${columns.map(quoteIdentifier).join(', ')})`;
}

const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

// Rows per piece of COPY data: the server parses the first piece while the next is encoded.
const COPY_CHUNK_ROWS = 1000;

/** Rows in COPY's text format, in pieces: tab-separated, \N for null, backslash escapes. */
function* copyChunks(rows: readonly (readonly CopyValue[])[]): Generator<Buffer> {
  for (let start = 0; start < rows.length; start += COPY_CHUNK_ROWS)
    yield Buffer.from(copyText(rows, start, Math.min(rows.length, start + COPY_CHUNK_ROWS)), 'utf8');
}

function copyText(rows: readonly (readonly CopyValue[])[], from: number, to: number): string {
  const lines: string[] = new Array(to - from);
  for (let r = from; r < to; r++) {
    const row = rows[r]!;
    let line = '';
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      const text =
        value === null || value === undefined
          ? '\\N'
          : COPY_SPECIAL.test(value)
            ? value.replace(/[\\\t\n\r]/g, (ch) => COPY_ESCAPES[ch]!)
            : value;
      line = c === 0 ? text : `${line}\t${text}`;
    }
    lines[r - from] = line;
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
