import { sealAuditChain, verifyAuditChain } from '../../modules/audit/audit.service';
import { verifyFixedResults } from '../../modules/review/results-integrity';
import type { AppConfig } from '../../platform/config';
import { openAppContext } from '../../server/bootstrap';
import { type CliIo, UsageError } from '../cli-io';

/**
 * `audit verify`: walks the hash chain, then checks fixed review results against the digests
 * sealed in it; exit 1 when any event or result was changed, removed or inserted.
 */
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
      // The chain vouches for the digests sealed in it; fixed results are checked against them.
      const results = await verifyFixedResults(context.database.db);
      for (const p of results.problems) io.err(`评审会议「${p.name}」（${p.sessionId}）：${p.reason}`);
      if (results.problems.length > 0) return 1;
      if (results.sessions > 0) io.out(`评审结果完整：${results.sessions} 次会议的结果与封存摘要一致`);
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
