import { sealAuditChain, verifyAuditChain } from '../../modules/audit/audit.service';
import type { AppConfig } from '../../platform/config';
import { openAppContext } from '../../server/bootstrap';
import { type CliIo, UsageError } from '../cli-io';

/** `audit verify`: walks the hash chain; exit 1 when any event was changed, removed or inserted. */
export async function auditCommand(args: string[], io: CliIo, config: AppConfig): Promise<number> {
  if (args[0] !== 'verify') throw new UsageError('用法：zhiping audit verify');
  const context = await openAppContext(config);
  try {
    // Events committed but not yet linked (the server seals every second) join the chain first.
    const sealed = await sealAuditChain(context.database.db);
    const result = await verifyAuditChain(context.database.db);
    if (result.ok) {
      io.out(
        `审计链完整：共 ${result.events} 条记录，校验通过${sealed > 0 ? `（本次新入链 ${sealed} 条）` : ''}`,
      );
      return 0;
    }
    io.err(
      `审计链被破坏：第 ${result.brokenAtSeq} 号记录${result.reason}（此前 ${result.events} 条记录校验通过）`,
    );
    return 1;
  } finally {
    await context.close();
  }
}
