import type { ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import net from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../test/helpers/free-port';
import { startServerProcess, until } from '../../test/helpers/server-process';
import { createTestDatabase } from '../../test/helpers/test-database';

/** The server as production runs it, quiet but for warnings. */
const startServer = (env: Record<string, string>) =>
  startServerProcess({ NODE_ENV: 'production', LOG_LEVEL: 'warn', ...env });

describe('several server processes (ZHIPING_WORKERS)', () => {
  it('refuses to start them on the embedded database, which belongs to one process', async () => {
    const server = startServer({
      ZHIPING_WORKERS: '2',
      DATABASE_URL: '',
      ZHIPING_SECRET_KEY: 'a'.repeat(64),
    });
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain('多进程（ZHIPING_WORKERS>1）仅支持 PostgreSQL');
  });

  describe.skipIf(!process.env.DATABASE_URL)('on PostgreSQL', () => {
    let child: ChildProcess | undefined;
    let close: (() => Promise<void>) | undefined;
    afterAll(async () => {
      if (child?.exitCode === null) child.kill('SIGKILL');
      await close?.();
    });

    it('starts two workers on one port that answer, and stops them all on SIGTERM', async () => {
      const database = await createTestDatabase();
      close = () => database.close();
      const port = await freePort();
      const server = startServer({
        ZHIPING_WORKERS: '2',
        DATABASE_URL: database.url!,
        PORT: String(port),
        ZHIPING_SECRET_KEY: crypto.randomBytes(32).toString('hex'),
      });
      child = server.child;
      await until(() => server.output().includes('个工作进程共用此端口'), 60);
      expect(server.output()).toContain('（2 个工作进程共用此端口）');
      const answers = await Promise.all(
        Array.from({ length: 8 }, () => fetch(`http://127.0.0.1:${port}/api/v1/public/keys`)),
      );
      expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    });

    it('stops with exit code 1 when a worker cannot start, instead of restarting it for ever', async () => {
      const database = await createTestDatabase();
      const previous = close;
      const taken = net.createServer().listen(0, '127.0.0.1');
      await new Promise((r) => taken.once('listening', r));
      close = async () => {
        await previous?.();
        taken.close();
        await database.close();
      };
      const server = startServer({
        DATABASE_URL: database.url!,
        PORT: String((taken.address() as net.AddressInfo).port),
        ZHIPING_SECRET_KEY: crypto.randomBytes(32).toString('hex'),
      });
      child = server.child;
      expect(await server.exited).toBe(1);
      expect(server.output()).toContain('启动失败');
      expect(server.output()).not.toContain('正在重新启动');
    });

    it('by default serves from one worker while the supervising process seals the audit chain', async () => {
      const database = await createTestDatabase();
      const previous = close;
      close = async () => {
        await previous?.();
        await database.close();
      };
      const port = await freePort();
      const server = startServer({
        DATABASE_URL: database.url!,
        PORT: String(port),
        ZHIPING_SECRET_KEY: crypto.randomBytes(32).toString('hex'),
      });
      child = server.child;
      await until(() => server.output().includes('职评 zhiping 已启动'), 60);
      expect(server.output()).not.toContain('个工作进程共用此端口');
      // The worker answers; the supervisor is the one process left once the workers are gone.
      expect((await fetch(`http://127.0.0.1:${port}/api/v1/public/keys`)).status).toBe(200);
      // An event written by any process joins the chain within a few seconds.
      await database.db.execute(sql`insert into audit_events (occurred_at, action, entity_type, entity_id, data)
        values (now(), 'test.event', 'test', 'supervisor', '{}'::jsonb)`);
      const chainPos = async () =>
        (
          (await database.db.execute(
            sql`select chain_pos from audit_events where entity_id = 'supervisor'`,
          )) as unknown as { rows: { chain_pos: string | null }[] }
        ).rows[0]?.chain_pos ?? null;
      let sealed: string | null = null;
      for (let i = 0; i < 100 && sealed === null; i++) {
        sealed = await chainPos();
        if (sealed === null) await new Promise((r) => setTimeout(r, 100));
      }
      expect(sealed).not.toBeNull();
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    });
  });
});
