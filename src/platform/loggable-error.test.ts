import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/helpers/test-database';
import { type Database, openDatabase } from '../db/client';
import { AppError } from '../domain/errors';
import { isDatabaseUnavailable, sqlstateOf } from './database-errors';
import { failureText, loggableError } from './loggable-error';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.execute(sql`create table loggable_probe (name text unique)`);
});
afterAll(() => database?.close());

const MARKER = 'ZP-MARKER-刘晓红-13800138000';

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('a database error as it is logged', () => {
  it('keeps the SQL text, SQLSTATE and table, and loses the parameters and the server’s message', async () => {
    const error = await failure(() =>
      database.db.execute(sql`select * from no_such_table where name = ${MARKER}`),
    );
    // The driver's error does carry the value: in drizzle's message, its params, PGlite's params.
    expect(
      JSON.stringify({ m: (error as Error).message, p: (error as { params: unknown }).params }),
    ).toContain(MARKER);
    const logged = loggableError(error);
    expect(JSON.stringify(logged)).not.toContain(MARKER);
    expect(logged.sql).toContain('select * from no_such_table where name = $1');
    expect(logged.cause?.code ?? logged.code).toBe('42P01');
    expect(logged.stack).toMatch(/^\s+at /);
    expect(sqlstateOf(error)).toBe('42P01');
  });

  it('loses a value quoted in the server’s message (22P02) and in its detail (23505)', async () => {
    const cast = await failure(() => database.db.execute(sql`select ${MARKER}::uuid`));
    expect(JSON.stringify(loggableError(cast))).not.toContain(MARKER);
    expect(sqlstateOf(cast)).toBe('22P02');

    await database.db.execute(sql`insert into loggable_probe values (${MARKER})`);
    const duplicate = await failure(() =>
      database.db.execute(sql`insert into loggable_probe values (${MARKER})`),
    );
    const server = (duplicate as { cause?: { detail?: string } }).cause;
    expect(server?.detail ?? '').toContain(MARKER);
    const logged = loggableError(duplicate);
    expect(JSON.stringify(logged)).not.toContain(MARKER);
    expect(logged.cause).toMatchObject({ type: 'DatabaseError', code: '23505', table: 'loggable_probe' });
    expect(failureText(duplicate)).toBe('数据库报错（SQLSTATE 23505）');
  });

  it('copies no property of other errors: Node’s ERR_INVALID_URL carries its input', () => {
    let error: unknown;
    try {
      new URL(MARKER);
    } catch (caught) {
      error = caught;
    }
    expect((error as { input: string }).input).toBe(MARKER);
    expect(loggableError(error)).toMatchObject({
      type: 'TypeError',
      message: 'Invalid URL',
      code: 'ERR_INVALID_URL',
    });
    expect(JSON.stringify(loggableError(error))).not.toContain(MARKER);
    expect(loggableError(MARKER)).toEqual({ type: 'string', message: expect.not.stringContaining(MARKER) });
  });

  it('says in one line why something failed: an expected failure in its own words', () => {
    expect(failureText(new AppError('conflict', 'X', '该申报已撤回'))).toBe('该申报已撤回');
    expect(failureText(new Error('短信网关不可用'))).toBe('短信网关不可用');
  });
});

describe('a database that cannot be reached', () => {
  it('is recognised: PostgreSQL refusing the connection, on one address or several (AggregateError)', async () => {
    for (const host of ['127.0.0.1', 'localhost']) {
      const closed = await openDatabase({ kind: 'postgres', url: `postgres://postgres@${host}:1/none` });
      try {
        const error = await failure(() => closed.db.execute(sql`select 1`));
        expect(isDatabaseUnavailable(error), host).toBe(true);
        expect(failureText(error)).toMatch(/^数据库暂时无法连接（connect ECONNREFUSED .*:1）$/);
      } finally {
        await closed.close();
      }
    }
  });

  it('is recognised: the server shutting down (57P01) or refusing connections (class 08), PGlite closed', async () => {
    const shutdown = Object.assign(
      new pg.DatabaseError('terminating connection due to administrator command', 0, 'error'),
      {
        code: '57P01',
        severity: 'FATAL',
      },
    );
    expect(isDatabaseUnavailable(shutdown)).toBe(true);
    const refused = Object.assign(new pg.DatabaseError('connection failure', 0, 'error'), {
      code: '08006',
      severity: 'FATAL',
    });
    expect(isDatabaseUnavailable(new Error('wrapped', { cause: refused }))).toBe(true);

    const pglite = await openDatabase({ kind: 'pglite', dataDir: null });
    await pglite.close();
    expect(isDatabaseUnavailable(await failure(() => pglite.db.execute(sql`select 1`)))).toBe(true);
  });

  it('is not confused with a statement that failed', async () => {
    expect(isDatabaseUnavailable(await failure(() => database.db.execute(sql`select * from nowhere`)))).toBe(
      false,
    );
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
    expect(isDatabaseUnavailable(new AppError('not-found', 'NOT_FOUND', '不存在'))).toBe(false);
  });
});
