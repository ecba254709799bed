import { replaySnapshot } from '../../modules/review/draw-replay';
import type { AppConfig } from '../../platform/config';
import { type CliIo, UsageError } from '../cli-io';
import { openOperatorBackend } from '../operator-backend';

const USAGE = '用法：zhiping review replay-draw 会议ID [--json]';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `review replay-draw SESSION`: recomputes the panel from the session's published seed and
 * frozen inputs (checked against their published SM3) and compares it with the stored panel.
 * The snapshot comes from the database, or — beside a server that holds the embedded one —
 * from that server (the same snapshot auditors download); the replay itself runs here, so it
 * does not take the server's word for the result. Exit 0 when they agree, 1 when they do not.
 */
export async function reviewCommand(args: string[], io: CliIo, config: AppConfig): Promise<number> {
  const [sub, id, ...rest] = args;
  if (sub !== 'replay-draw' || !id || rest.some((a) => a !== '--json')) throw new UsageError(USAGE);
  if (!UUID.test(id)) throw new UsageError(`会议ID应为UUID：${id}\n${USAGE}`);
  const backend = await openOperatorBackend(config);
  let replay: ReturnType<typeof replaySnapshot>;
  try {
    replay = replaySnapshot(await backend.poolSnapshot(id));
  } finally {
    await backend.close();
  }
  if (rest.includes('--json')) io.out(JSON.stringify(replay, null, 2));
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
}
