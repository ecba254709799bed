import { type ChildProcess, execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../test/helpers/free-port';
import { startServerProcess, until } from '../../test/helpers/server-process';
import { createTestDatabase } from '../../test/helpers/test-database';

/**
 * A worker that dies while PostgreSQL cannot be reached (restarting, failing over) is replaced,
 * and a replacement that cannot start yet is tried again — the service goes on once the
 * database is back, instead of stopping as it does for a first start that fails.
 */
describe.runIf(Boolean(process.env.DATABASE_URL))('a worker replaced while the database is away', () => {
  let child: ChildProcess | undefined;
  let close: (() => Promise<void>) | undefined;
  afterAll(async () => {
    if (child?.pid && child.exitCode === null) child.kill('SIGKILL');
    await close?.();
  });

  it('is tried again until the database is back, and then serves', async () => {
    const database = await createTestDatabase();
    const name = new URL(database.url!).pathname.slice(1);
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    close = async () => {
      await admin.query(`alter database ${name} allow_connections true`).catch(() => {});
      await admin.end();
      await database.close();
    };
    const port = await freePort();
    const server = startServerProcess({
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: database.url!,
      PORT: String(port),
      ZHIPING_SECRET_KEY: crypto.randomBytes(32).toString('hex'),
    });
    child = server.child;
    const healthy = async () => {
      try {
        return (await fetch(`http://127.0.0.1:${port}/healthz`)).ok;
      } catch {
        return false;
      }
    };
    expect(await until(() => server.output().includes('职评 zhiping 已启动'), 60)).toBe(true);

    // The database refuses new connections; the worker dies (as a crash would end it).
    await admin.query(`alter database ${name} allow_connections false`);
    // The worker is the supervisor's child running the same entry point (tsx's esbuild is another child).
    const worker = Number(
      execFileSync('pgrep', ['-P', String(child.pid), '-f', 'src/server/main.ts'], {
        encoding: 'utf8',
      }).trim(),
    );
    process.kill(worker, 'SIGKILL');
    expect(await until(() => server.output().includes('秒后再试'), 60), server.output()).toBe(true);
    expect(child.exitCode).toBeNull();

    await admin.query(`alter database ${name} allow_connections true`);
    expect(await until(healthy, 90), server.output()).toBe(true);
    expect(server.output()).toContain('意外退出');
    expect(server.output()).not.toContain('服务停止');
    child.kill('SIGTERM');
    expect(await new Promise((resolve) => child!.once('exit', resolve))).toBe(0);
  }, 180_000);
});
