import { shanghaiTime } from '../../domain/calendar/shanghai-time';
import type { DeadlineView } from '../../modules/deadlines/deadline-admin.service';
import type { Operations } from '../../modules/operations/operations.service';
import type { AppConfig } from '../../platform/config';
import { type CliIo, UsageError } from '../cli-io';
import { openOperatorBackend } from '../operator-backend';

const USAGE = '用法：zhiping deadlines sweep | deadlines list [--failed] [--json]';

type SweepResult = Awaited<ReturnType<Operations['runDueWork']>>;
type DeadlinePage = { items: DeadlineView[]; total: number };

/** The largest page the list API gives; the CLI reads page after page. */
const PAGE_SIZE = 200;

function printSweep(io: CliIo, s: SweepResult): void {
  io.out(
    `已处理到期事项 ${s.processed} 件（本次失败 ${s.failed} 件，其中 ${s.givenUp} 件已用尽重试次数）；` +
      `待重试 ${s.retrying} 件，尚未到期 ${s.notDue} 件，已失败待人工处理 ${s.failedTotal} 件；` +
      `外发消息 ${s.delivered.sent} 条（失败 ${s.delivered.failed} 条）`,
  );
  if (s.failedTotal > 0) io.out('查看失败原因：zhiping deadlines list --failed');
}

function printList(io: CliIo, rows: DeadlineView[], failedOnly: boolean): void {
  if (rows.length === 0) {
    io.out(failedOnly ? '没有已失败的期限任务' : '没有待处理或已失败的期限任务');
    return;
  }
  io.out(['编号', '状态', '类型', '截止日', '事项', '尝试次数', '最近错误'].join('\t'));
  for (const d of rows)
    io.out(
      [
        d.id,
        d.status === 'failed' ? `已失败（${shanghaiTime(d.failedAt!)}）` : '待处理',
        `${d.kindName}（${d.kind}）`,
        d.dueOn,
        d.subject ? `${d.subject}（${d.subjectId}）` : d.subjectId,
        d.attempts,
        d.lastError ?? '—',
      ].join('\t'),
    );
  io.out(`共 ${rows.length} 件`);
}

/** Every row of a list, page by page. */
async function listAll(load: (page: number) => Promise<DeadlinePage>) {
  const rows: DeadlineView[] = [];
  for (let page = 1; ; page++) {
    const { items, total } = await load(page);
    rows.push(...items);
    if (items.length === 0 || rows.length >= total) return rows;
  }
}

/**
 * `deadlines sweep`: processes every stored deadline that has fallen due and delivers the
 * pending SMS/e-mail — what the server does every minute, for a cron job or an operator.
 * Exit 1 when a deadline failed in this sweep.
 * `deadlines list [--failed] [--json]`: the deadlines not yet handled (or only those given
 * up), with kind, due date, subject, attempts and last error.
 * Beside a server that holds the embedded database, both ask that server (operator API).
 */
export async function deadlinesCommand(args: string[], io: CliIo, config: AppConfig): Promise<number> {
  const [sub, ...rest] = args;
  const failedOnly = rest.includes('--failed');
  const json = rest.includes('--json');
  const valid =
    sub === 'sweep'
      ? rest.length === 0
      : sub === 'list' && rest.every((a) => a === '--failed' || a === '--json');
  if (!valid) throw new UsageError(USAGE);

  const backend = await openOperatorBackend(config);
  try {
    if (sub === 'sweep') {
      const swept = await backend.runDueWork();
      printSweep(io, swept);
      return swept.failed > 0 ? 1 : 0;
    }
    const rows: DeadlineView[] = [];
    for (const status of failedOnly ? (['failed'] as const) : (['failed', 'pending'] as const))
      rows.push(...(await listAll((page) => backend.listDeadlines({ status, page, pageSize: PAGE_SIZE }))));
    if (json) io.out(JSON.stringify(rows, null, 2));
    else printList(io, rows, failedOnly);
    return 0;
  } finally {
    await backend.close();
  }
}
