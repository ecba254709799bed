import type { AppConfig } from '../../platform/config';
import { openAppContext } from '../../server/bootstrap';
import { type CliIo, UsageError } from '../cli-io';

/**
 * `deadlines sweep`: processes every stored deadline that has fallen due and delivers the
 * pending SMS/e-mail — what the server does every minute, for a cron job or an operator.
 */
export async function deadlinesCommand(args: string[], io: CliIo, config: AppConfig): Promise<number> {
  if (args[0] !== 'sweep') throw new UsageError('用法：zhiping deadlines sweep');
  const context = await openAppContext(config);
  try {
    const swept = await context.services.deadlines.sweep();
    const delivered = await context.services.notifications.deliverOutbox();
    io.out(
      `已处理到期事项 ${swept.processed} 件（失败 ${swept.failed} 件，尚未到期 ${swept.pending} 件）；外发消息 ${delivered.sent} 条（失败 ${delivered.failed} 条）`,
    );
    return swept.failed > 0 ? 1 : 0;
  } finally {
    await context.close();
  }
}
