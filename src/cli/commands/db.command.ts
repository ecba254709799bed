import { knownMigrations } from '../../db/migration-journal';
import type { Operations } from '../../modules/operations/operations.service';
import type { AppConfig } from '../../platform/config';
import { openAppContext, seedDemoIfFresh } from '../../server/bootstrap';
import { type CliIo, UsageError } from '../cli-io';
import { type LocalServer, localServer } from '../local-server';

type ServerStatus = Awaited<ReturnType<Operations['status']>>;

/**
 * Beside a server that holds the embedded database: the server migrated it when it started
 * and seeds a fresh one with the demo, so the command checks that this happened rather than
 * opening the directory a second time. A server of another version (its migrations are not
 * this code's) must be restarted, or stopped for the migration.
 */
async function besideServer(server: LocalServer, sub: 'migrate' | 'seed', io: CliIo): Promise<number> {
  const status = await server.get<ServerStatus>('/api/v1/operator/status');
  const who = `运行中的服务（进程 ${server.pid}，端口 ${server.port}）`;
  if (sub === 'seed') {
    if (status.production) throw new UsageError(`${who}以生产模式运行，不载入演示数据`);
    if (status.users > 0) {
      io.out('数据库中已有用户，未载入演示数据');
      return 0;
    }
    io.err(
      `${who}持有数据库且其中没有用户：请停止服务后运行 zhiping db seed，或重启服务（启动时自动载入演示数据）`,
    );
    return 1;
  }
  const known = knownMigrations();
  const { applied, latest } = status.migrations;
  if (applied === known.length && latest === (known.at(-1)?.when ?? null)) {
    io.out(`数据库迁移完成（${who}启动时已执行），参考数据（节假日安排）已就绪`);
    return 0;
  }
  io.err(
    applied < known.length
      ? `${who}的数据库缺少本版本的 ${known.length - applied} 个迁移：请以本版本重启服务（启动时自动迁移），或停止服务后运行 zhiping db migrate`
      : `${who}的数据库已执行 ${applied} 个迁移，多于本命令行版本所知的 ${known.length} 个：请使用与服务相同版本的命令行`,
  );
  return 1;
}

/** `db migrate` applies migrations (and reference data); `db seed` adds the demo to a fresh database. */
export async function dbCommand(args: string[], io: CliIo, config: AppConfig): Promise<number> {
  const [sub] = args;
  if ((sub !== 'migrate' && sub !== 'seed') || args.length > 1)
    throw new UsageError('用法：zhiping db migrate | db seed');
  if (sub === 'seed' && config.production)
    throw new UsageError('生产环境（NODE_ENV=production）不载入演示数据');
  const server = localServer(config);
  if (server) return besideServer(server, sub, io);
  const context = await openAppContext(config);
  try {
    if (sub === 'migrate') {
      io.out('数据库迁移完成，参考数据（节假日安排）已就绪');
      return 0;
    }
    const demo = await seedDemoIfFresh(context, config);
    io.out(
      demo
        ? `已载入演示数据：${demo.organisations} 个机构，${demo.persons} 名专业技术人员，${demo.accounts.length} 个演示账号`
        : '数据库中已有用户，未载入演示数据',
    );
    return 0;
  } finally {
    await context.close();
  }
}
