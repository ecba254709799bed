import type { AppConfig } from '../../platform/config';
import { type CliIo, UsageError } from '../cli-io';
import { openOperatorBackend } from '../operator-backend';

/**
 * `audit verify`: walks the hash chain, then checks fixed review results against the digests
 * sealed in it; exit 1 when any event or result was changed, removed or inserted. Beside a
 * server that holds the embedded database, that server runs the check (operator API).
 */
export async function auditCommand(args: string[], io: CliIo, config: AppConfig): Promise<number> {
  if (args[0] !== 'verify' || args.length > 1) throw new UsageError('用法：zhiping audit verify');
  const backend = await openOperatorBackend(config);
  try {
    // Events committed but not yet linked (the server seals every second) join the chain first.
    const { sealed, chain, results } = await backend.verifyAuditTrail();
    if (!chain.ok) {
      io.err(
        `审计链被破坏：第 ${chain.brokenAtSeq} 号记录${chain.reason}（此前 ${chain.events} 条记录校验通过）`,
      );
      return 1;
    }
    io.out(
      `审计链完整：共 ${chain.events} 条记录，校验通过${sealed > 0 ? `（本次新入链 ${sealed} 条）` : ''}`,
    );
    // The chain vouches for the digests sealed in it; fixed results are checked against them.
    for (const p of results?.problems ?? []) io.err(`评审会议「${p.name}」（${p.sessionId}）：${p.reason}`);
    if (results && results.problems.length > 0) return 1;
    if (results && results.sessions > 0)
      io.out(`评审结果完整：${results.sessions} 次会议的结果与封存摘要一致`);
    return 0;
  } finally {
    await backend.close();
  }
}
