import { replayDraw } from '../../modules/review/session-draw';
import type { AppConfig } from '../../platform/config';
import { openAppContext } from '../../server/bootstrap';
import { type CliIo, UsageError } from '../cli-io';

/**
 * `review replay-draw SESSION`: recomputes the panel from the session's published seed and
 * frozen inputs (checked against their published SM3) and compares it with the stored panel.
 * Exit 0 when they agree, 1 when they do not.
 */
export async function reviewCommand(args: string[], io: CliIo, config: AppConfig): Promise<number> {
  if (args[0] !== 'replay-draw' || !args[1])
    throw new UsageError('用法：zhiping review replay-draw 会议ID [--json]');
  const context = await openAppContext(config);
  try {
    const replay = await replayDraw(context.database.db, args[1]);
    if (args.includes('--json')) io.out(JSON.stringify(replay, null, 2));
    else {
      io.out(`种子：${replay.seed}`);
      io.out(`专家库快照SM3：${replay.poolHash}（${replay.poolSize} 人）`);
      io.out(`回避依据SM3：${replay.inputsHash}`);
      for (const p of replay.panel)
        io.out(`  ${p.group}\t${p.role === 'member' ? '委员' : '替补'}${p.order}\t${p.name}\t${p.expertId}`);
      for (const problem of replay.problems) io.err(problem);
      if (!replay.drawn) io.out('尚未抽取：以上为按公布的种子将抽出的专家');
      else io.out(replay.matches ? '复现结果与会议专家组一致' : '复现结果与会议专家组不一致');
    }
    return replay.problems.length === 0 && (!replay.drawn || replay.matches) ? 0 : 1;
  } finally {
    await context.close();
  }
}
