import { parseCalendarDate } from '../../domain/calendar';
import { invalidInput } from '../../domain/errors';
import { defaultAsOf, diffPolicies, listPolicySets } from '../../modules/policy/policies.service';
import { POLICY_SETS } from '../../policies';
import { type CliIo, parseArgs, UsageError } from '../cli-io';
import { COVERAGE_USAGE, policyCoverageCommand } from './policy-coverage.command';

const STATUS = { 'only-a': '仅A有', 'only-b': '仅B有', changed: '不同' } as const;
const KIND = { parameter: '参数', general: '通用条件', standard: '基本标准', pathway: '申报途径' } as const;

function policyArg(value: string | undefined, path: string): string {
  if (!value || !(POLICY_SETS as readonly string[]).includes(value)) {
    throw invalidInput([{ path, message: `应为以下政策集之一：${POLICY_SETS.join('、')}` }]);
  }
  return value;
}

/** One line describing an item of a diff row. */
function summary(item: unknown): string {
  if (!item) return '—';
  const x = item as {
    name?: string;
    description?: string;
    value?: unknown;
    routes?: string[];
    citation?: { document: string; clause: string };
  };
  const text = x.name ?? x.description ?? (x.routes ? x.routes.join('；') : JSON.stringify(x.value));
  return x.citation ? `${text}（${x.citation.document} ${x.citation.clause}）` : text;
}

/** `policy list`, `policy diff A B [--as-of-a D] [--as-of-b D] [--json]` and `policy coverage SET [--json]`. */
export function policyCommand(args: string[], io: CliIo, now: Date = new Date()): number {
  const [sub, ...rest] = args;
  if (sub === 'list') {
    for (const p of listPolicySets())
      io.out(`${p.id.padEnd(26)} ${p.status === 'draft' ? '（征求意见稿）' : ''}${p.name}`);
    return 0;
  }
  if (sub === 'coverage') return policyCoverageCommand(rest, io);
  if (sub !== 'diff')
    throw new UsageError(
      `用法：zhiping policy list | policy diff 政策集A 政策集B [--as-of-a 日期] [--as-of-b 日期] [--json]\n${COVERAGE_USAGE}`,
    );
  const json = rest.includes('--json');
  const { positional, options } = parseArgs(rest.filter((r) => r !== '--json'));
  const a = policyArg(positional[0], 'A');
  const b = policyArg(positional[1], 'B');
  const asOfA = options.has('as-of-a')
    ? parseCalendarDate(options.get('as-of-a'), 'as-of-a')
    : defaultAsOf(a, now);
  const asOfB = options.has('as-of-b')
    ? parseCalendarDate(options.get('as-of-b'), 'as-of-b')
    : defaultAsOf(b, now);
  const diff = diffPolicies({ id: a, asOf: asOfA }, { id: b, asOf: asOfB });
  if (json) {
    io.out(JSON.stringify(diff, null, 2));
    return 0;
  }
  io.out(`A：${diff.a.name}（${a}，${asOfA}）`);
  io.out(`B：${diff.b.name}（${b}，${asOfB}）`);
  io.out(`共 ${diff.rows.length} 处不同`);
  for (const row of diff.rows) {
    io.out(`\n[${KIND[row.kind]}] ${row.key}  ${STATUS[row.status as keyof typeof STATUS]}`);
    io.out(`  A：${summary(row.a)}`);
    io.out(`  B：${summary(row.b)}`);
  }
  return 0;
}
