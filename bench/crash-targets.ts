import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';

/**
 * What the crash check crashes: the server (SIGKILL to its whole process group, the supervisor
 * and its workers at once, as a machine losing power would stop them) and the PostgreSQL
 * cluster (`pg_ctl -m immediate stop`: no checkpoint, recovery from the WAL on restart).
 */

async function waitForHealth(baseUrl: string, child: ChildProcess, seconds = 60) {
  for (let i = 0; i < seconds * 10; i++) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error('服务进程已退出');
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`服务未在${seconds}秒内就绪`);
}

const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/**
 * The server as `npm start` runs it on PostgreSQL (the supervisor and ZHIPING_WORKERS workers),
 * in a process group of its own so that a crash takes all of it.
 */
export function serverUnderTest(options: {
  url: string;
  port: number;
  secret: string;
  attachmentsDir: string;
  workers: number;
}) {
  let child: ChildProcess | null = null;
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const signalGroup = (signal: NodeJS.Signals) => {
    if (!child?.pid || !alive(child)) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // the group is gone already
    }
  };
  const exited = (c: ChildProcess) =>
    alive(c) ? new Promise<void>((resolve) => c.once('exit', () => resolve())) : Promise.resolve();
  return {
    baseUrl,
    async start() {
      child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
        env: {
          ...process.env,
          NODE_ENV: 'production',
          DATABASE_URL: options.url,
          PORT: String(options.port),
          HOST: '127.0.0.1',
          ZHIPING_SECRET_KEY: options.secret,
          ZHIPING_ATTACHMENTS_DIR: options.attachmentsDir,
          ZHIPING_WORKERS: String(options.workers),
          LOG_LEVEL: 'fatal',
        },
        detached: true,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      await waitForHealth(baseUrl, child);
    },
    /** SIGKILL to the supervisor and every worker at once; returns when the supervisor is gone. */
    async crash() {
      const c = child;
      signalGroup('SIGKILL');
      if (c) await exited(c);
      // Workers notice their supervisor's death through the group signal too; give the kernel a moment.
      await new Promise((r) => setTimeout(r, 200));
    },
    /** As an operator stops it (SIGTERM), then SIGKILL for whatever is left after 30 s. */
    async stop() {
      const c = child;
      if (!c || !alive(c)) {
        signalGroup('SIGKILL');
        return;
      }
      signalGroup('SIGTERM');
      await Promise.race([exited(c), new Promise((r) => setTimeout(r, 30_000))]);
      signalGroup('SIGKILL');
    },
    /** For a signal handler: nothing may be awaited there. */
    killNow() {
      signalGroup('SIGKILL');
    },
  };
}

export type ServerUnderTest = ReturnType<typeof serverUnderTest>;

/**
 * Control of the throwaway cluster behind `url` (one this run started: it asks the server for
 * its data directory and programs). `restart` starts it with the options it last ran with
 * (postmaster.opts), on the same port.
 */
export async function clusterControl(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const dataDir = (await client.query<{ d: string }>(`select current_setting('data_directory') as d`))
    .rows[0]!.d;
  const bin = (await client.query<{ b: string }>(`select setting as b from pg_config where name = 'BINDIR'`))
    .rows[0]!.b;
  await client.end();
  const asPostgres = (cmd: string, args: string[]) =>
    process.getuid?.() === 0
      ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'pipe' })
      : execFileSync(cmd, args, { stdio: 'pipe' });
  return {
    /** Stops the cluster at once: no checkpoint, no goodbye to the clients. */
    crash() {
      asPostgres(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
    },
    restart() {
      // Not running, `pg_ctl restart` starts it with the command line it last ran with
      // (postmaster.opts): the same port, socket directory and settings.
      asPostgres(path.join(bin, 'pg_ctl'), [
        'restart',
        '-D',
        dataDir,
        '-l',
        path.join(path.dirname(dataDir), 'log'),
        '-w',
      ]);
    },
  };
}
