import { createEmptyPostgresDatabase } from '../test/helpers/test-database';
import { plannedCluster } from '../test/helpers/throwaway-cluster';
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
  if (process.env.DATABASE_URL) {
    const database = await createEmptyPostgresDatabase('zhiping_bench');
    const stop = own({
      name: `基准测试数据库 ${new URL(database.url).pathname.slice(1)}`,
      stop: () => database.drop(),
      // Someone else's server: nothing of ours runs there.
      kill() {},
    });
    return { url: database.url, stop };
  }
  const cluster = await plannedCluster('zhiping-bench-pg-', ['max_connections=300']);
  // From here the directory (and soon the cluster) is ours to remove, whatever happens.
  const stop = own({
    name: `PostgreSQL 临时集群（${cluster.dir}，${cluster.url}）`,
    stop: async () => cluster.remove('fast'),
    kill: () => cluster.remove('immediate'),
  });
  try {
    cluster.create();
    cluster.start();
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: cluster.url, pid: cluster.pid() ?? undefined, stop };
}
