import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/helpers/test-database';

const root = path.resolve(import.meta.dirname, '..', '..');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function until(condition: () => boolean | Promise<boolean>, seconds: number) {
  for (let i = 0; i < seconds * 10; i++) {
    if (await condition()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

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
    child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        HOST: '127.0.0.1',
        DATABASE_URL: database.url!,
        PORT: String(port),
        ZHIPING_SECRET_KEY: crypto.randomBytes(32).toString('hex'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr!.on('data', (chunk) => {
      output += chunk;
    });
    const healthy = async () => {
      try {
        return (await fetch(`http://127.0.0.1:${port}/healthz`)).ok;
      } catch {
        return false;
      }
    };
    expect(await until(() => output.includes('职评 zhiping 已启动'), 60)).toBe(true);

    // The database refuses new connections; the worker dies (as a crash would end it).
    await admin.query(`alter database ${name} allow_connections false`);
    // The worker is the supervisor's child running the same entry point (tsx's esbuild is another child).
    const worker = Number(
      execFileSync('pgrep', ['-P', String(child.pid), '-f', 'src/server/main.ts'], {
        encoding: 'utf8',
      }).trim(),
    );
    process.kill(worker, 'SIGKILL');
    expect(await until(() => output.includes('秒后再试'), 60), output).toBe(true);
    expect(child.exitCode).toBeNull();

    await admin.query(`alter database ${name} allow_connections true`);
    expect(await until(healthy, 90), output).toBe(true);
    expect(output).toContain('意外退出');
    expect(output).not.toContain('服务停止');
    child.kill('SIGTERM');
    expect(await new Promise((resolve) => child!.once('exit', resolve))).toBe(0);
  }, 180_000);
});
