import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './free-port';

/** The newest PostgreSQL server binaries installed (Debian's layout), or null when there are none. */
export function postgresBinaries(): string | null {
  if (!fs.existsSync('/usr/lib/postgresql')) return null;
  const versions = fs
    .readdirSync('/usr/lib/postgresql')
    .filter((v) => fs.existsSync(`/usr/lib/postgresql/${v}/bin/pg_ctl`))
    .sort((a, b) => Number(a) - Number(b));
  return versions.length > 0 ? `/usr/lib/postgresql/${versions.at(-1)}/bin` : null;
}

/** A cluster laid out by `plannedCluster`: nothing runs until `create()` and `start()`. */
export interface PlannedCluster {
  /** The temp directory holding the data directory, the log and the socket. */
  dir: string;
  url: string;
  /** Runs initdb: trust authentication, user postgres, UTF-8. */
  create(): void;
  start(): void;
  /** `fast` is a clean shutdown; `immediate` stops at once, as a crash or a power cut would. */
  stop(mode: 'fast' | 'immediate'): void;
  /** The postmaster's process id while it runs, else null. */
  pid(): number | null;
  /** Stops the server if it runs (`mode`, fast by default) and deletes the directory. */
  remove(mode?: 'fast' | 'immediate'): void;
}

/**
 * The one recipe for a PostgreSQL cluster of our own — shared by the tests that stop and start a
 * database under a server and by the benchmarks — under a temp directory named by `prefix`, on a
 * free loopback port, run as the postgres user when we are root. `settings` are the server's `-c`
 * options (e.g. `fsync=off` for tests, `max_connections=300` for load). The caller decides when it
 * is created, so a benchmark can register the removal before anything can fail.
 */
export async function plannedCluster(prefix: string, settings: string[]): Promise<PlannedCluster> {
  const bin = postgresBinaries();
  if (!bin) throw new Error('PostgreSQL server binaries are not installed (/usr/lib/postgresql/*/bin)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const root = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) =>
    root
      ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'pipe' })
      : execFileSync(cmd, args, { stdio: 'pipe' });
  if (root) execFileSync('chown', ['postgres', dir]);
  const port = await freePort();
  const data = `${dir}/data`;
  const pgCtl = (...args: string[]) => run(`${bin}/pg_ctl`, ['-D', data, ...args]);
  const options = [`-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, ...settings.map((s) => `-c ${s}`)];
  const pid = () =>
    fs.existsSync(`${data}/postmaster.pid`)
      ? Number(fs.readFileSync(`${data}/postmaster.pid`, 'utf8').split('\n')[0])
      : null;
  const stop = (mode: 'fast' | 'immediate') => pgCtl('-m', mode, '-w', 'stop');
  return {
    dir,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    create: () =>
      run(`${bin}/initdb`, ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8']),
    start: () => pgCtl('-l', `${dir}/log`, '-w', '-o', options.join(' '), 'start'),
    stop,
    pid,
    remove(mode = 'fast') {
      if (pid() !== null) stop(mode);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A PostgreSQL cluster of the test's own, created and started, that the test may stop and start
 * again — unlike the shared server of DATABASE_URL, which is never used here. `remove()` stops it
 * and deletes it.
 */
export async function startThrowawayCluster(): Promise<{
  url: string;
  /** Stops at once, as a crash or a power cut would (`pg_ctl -m immediate`). */
  stopImmediately(): void;
  start(): void;
  remove(): void;
}> {
  const cluster = await plannedCluster('zhiping-cluster-', ['fsync=off']);
  cluster.create();
  cluster.start();
  return {
    url: cluster.url,
    stopImmediately: () => cluster.stop('immediate'),
    start: () => cluster.start(),
    remove: () => cluster.remove(),
  };
}
