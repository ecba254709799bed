import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from '../test/helpers/free-port';
import { own } from './owned-processes';

/**
 * A PostgreSQL database for one benchmark run: a fresh database on DATABASE_URL's server
 * when it is set, otherwise a throwaway cluster under a temp directory on a loopback port
 * (run as the postgres user when we are root). Stopped and removed by `stop()` — or, should
 * the benchmark not get there, by bench/run.ts or a signal (owned-processes.ts).
 */
export async function throwawayPostgres(): Promise<{
  url: string;
  /** The postmaster's process id, for a cluster started here (not for DATABASE_URL's server). */
  pid?: number;
  stop(): Promise<void>;
}> {
  const given = process.env.DATABASE_URL;
  if (given) {
    const name = `zhiping_bench_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: given });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(given);
    url.pathname = `/${name}`;
    const stop = own({
      name: `基准测试数据库 ${name}`,
      async stop() {
        const c = new pg.Client({ connectionString: given });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      },
      // Someone else's server: nothing of ours runs there.
      kill() {},
    });
    return { url: url.toString(), stop };
  }
  const versions = fs.readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b));
  const bin = `/usr/lib/postgresql/${versions.at(-1)}/bin`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiping-bench-pg-'));
  const asPostgres = (cmd: string, args: string[]) =>
    process.getuid?.() === 0
      ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'pipe' })
      : execFileSync(cmd, args, { stdio: 'pipe' });
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres', dir]);
  const port = await freePort();
  const removeDir = () => fs.rmSync(dir, { recursive: true, force: true });
  // From here the directory (and soon the cluster) is ours to remove, whatever happens.
  const stopCluster = (mode: 'fast' | 'immediate') => {
    if (fs.existsSync(`${dir}/data/postmaster.pid`))
      asPostgres(`${bin}/pg_ctl`, ['-D', `${dir}/data`, '-m', mode, '-w', 'stop']);
    removeDir();
  };
  const stop = own({
    name: `PostgreSQL 临时集群（${dir}，端口 ${port}）`,
    stop: async () => stopCluster('fast'),
    kill: () => stopCluster('immediate'),
  });
  const start = () => {
    asPostgres(`${bin}/initdb`, [
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
    asPostgres(`${bin}/pg_ctl`, [
      '-D',
      `${dir}/data`,
      '-l',
      `${dir}/log`,
      '-w',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=300`,
      'start',
    ]);
  };
  try {
    start();
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    pid: Number(fs.readFileSync(`${dir}/data/postmaster.pid`, 'utf8').split('\n')[0]),
    stop,
  };
}
