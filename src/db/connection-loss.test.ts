import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/helpers/test-database';
import type { Database } from './client';

/**
 * A connection that breaks in the middle of a transaction — PostgreSQL restarted, a failover, an
 * administrator's pg_terminate_backend — fails that transaction and nothing more: the process
 * goes on and the pool serves the next query on a new connection. (Until the pool heard errors of
 * checked-out clients, the broken client's unheard 'error' ended the whole server process.)
 */
const onPostgres = Boolean(process.env.DATABASE_URL);
let database: Database;

beforeAll(async () => {
  if (onPostgres) database = await createTestDatabase();
});
afterAll(() => database?.close());

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

describe.runIf(onPostgres)('a PostgreSQL connection lost mid-transaction', () => {
  it('fails that transaction only; the process lives and the next query is served', async () => {
    const outcome = database.db.transaction(async (tx) => {
      const [{ pid }] = rowsOf<{ pid: number }>(await tx.execute(sql`select pg_backend_pid() as pid`)) as [
        { pid: number },
      ];
      // Another connection ends this one's backend while the transaction waits between queries.
      await database.db.execute(sql`select pg_terminate_backend(${pid}::int)`);
      await new Promise((r) => setTimeout(r, 300));
      await tx.execute(sql`select 1`);
    });
    await expect(outcome).rejects.toThrow();
    const [after] = rowsOf<{ n: number }>(await database.db.execute(sql`select 42 as n`));
    expect(after!.n).toBe(42);
  });
});
