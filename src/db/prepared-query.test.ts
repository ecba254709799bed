import { sql, TransactionRollbackError } from 'drizzle-orm';
import { integer, pgTable, uuid } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/helpers/test-database';
import { anyOfPlaceholder } from './any-of';
import type { Database, Db } from './client';
import { preparedQuery } from './prepared-query';

/** A table made for this test, as applications is at the start of a season: small, then not. */
const probe = pgTable('prepared_query_probe', { id: uuid('id').primaryKey(), n: integer('n').notNull() });

const probeByIds = preparedQuery((db) => db.select().from(probe).where(anyOfPlaceholder(probe.id, 'ids')));

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

/** Sequential scans of the probe table so far in this transaction (the statistics not yet sent). */
async function seqScans(tx: Db) {
  const result = (await tx.execute(
    sql`select coalesce(sum(seq_scan), 0)::int as n from pg_stat_xact_user_tables where relname = 'prepared_query_probe'`,
  )) as unknown as { rows: { n: number }[] };
  return result.rows[0]!.n;
}

describe('preparedQuery', () => {
  it('is planned with the values of each call: a lookup first run on a small table uses the index once the table has grown', async () => {
    // One transaction: one connection throughout, as a pool's long-lived connection would be.
    await database.db
      .transaction(async (tx) => {
        await tx.execute(sql`create table prepared_query_probe (id uuid primary key, n integer not null)`);
        // A handful of rows, analysed: the planner knows the table as one small page.
        await tx.execute(
          sql`insert into prepared_query_probe select gen_random_uuid(), -g from generate_series(1, 20) g`,
        );
        await tx.execute(sql`analyze prepared_query_probe`);
        // Enough runs for a named statement's plan cache to settle on its generic plan, which on
        // a table of one page is a sequential scan.
        for (let i = 0; i < 8; i++)
          expect(await probeByIds(tx).execute({ ids: [crypto.randomUUID()] })).toEqual([]);
        await tx.execute(
          sql`insert into prepared_query_probe select gen_random_uuid(), g from generate_series(1, 20000) g`,
        );
        const wanted = (
          await tx.select({ id: probe.id }).from(probe).where(sql`${probe.n} in (7, 19999)`)
        ).map((r) => r.id);
        const before = await seqScans(tx);
        const found = await probeByIds(tx).execute({ ids: wanted });
        expect(found.map((r) => r.n).sort((a, b) => a - b)).toEqual([7, 19999]);
        expect(await seqScans(tx)).toBe(before);
        tx.rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof TransactionRollbackError)) throw error;
      });
  });
});
