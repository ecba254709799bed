import type { AppConfig } from '../../platform/config';
import { openAppContext, seedDemoIfFresh } from '../../server/bootstrap';
import { type CliIo, UsageError } from '../cli-io';

/** `db migrate` applies migrations (and reference data); `db seed` adds the demo to a fresh database. */
export async function dbCommand(args: string[], io: CliIo, config: AppConfig): Promise<number> {
  const [sub] = args;
  if (sub !== 'migrate' && sub !== 'seed') throw new UsageError('用法：zhiping db migrate | db seed');
  const context = await openAppContext(config);
  try {
    if (sub === 'migrate') {
      io.out('数据库迁移完成，参考数据（节假日安排）已就绪');
      return 0;
    }
    if (config.production) throw new UsageError('生产环境（NODE_ENV=production）不载入演示数据');
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
