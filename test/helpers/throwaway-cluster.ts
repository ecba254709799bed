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

/**
 * A PostgreSQL cluster of the test's own, under a temp directory on a loopback port (run as the
 * postgres user when we are root), that the test may stop and start again — unlike the shared
 * server of DATABASE_URL, which is never used here. `remove()` stops it and deletes it.
 */
export async function startThrowawayCluster(): Promise<{
  url: string;
  /** Stops at once, as a crash or a power cut would (`pg_ctl -m immediate`). */
  stopImmediately(): void;
  start(): void;
  remove(): void;
}> {
  const bin = postgresBinaries();
  if (!bin) throw new Error('PostgreSQL server binaries are not installed (/usr/lib/postgresql/*/bin)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiping-cluster-'));
  const root = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) =>
    root
      ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'pipe' })
      : execFileSync(cmd, args, { stdio: 'pipe' });
  if (root) execFileSync('chown', ['postgres', dir]);
  const port = await freePort();
  run(`${bin}/initdb`, [
    '-D',
    `${dir}/data`,
    '-A',
    'trust',
    '-U',
    'postgres',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
  ]);
  const pgCtl = (...args: string[]) => run(`${bin}/pg_ctl`, ['-D', `${dir}/data`, ...args]);
  const start = () =>
    pgCtl(
      '-l',
      `${dir}/log`,
      '-w',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      'start',
    );
  start();
  let running = true;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stopImmediately() {
      pgCtl('-m', 'immediate', '-w', 'stop');
      running = false;
    },
    start() {
      start();
      running = true;
    },
    remove() {
      if (running) pgCtl('-m', 'fast', '-w', 'stop');
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
