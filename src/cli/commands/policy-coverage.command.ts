import { COVERAGE_STATUS_NAMES } from '../../domain/policy/coverage';
import { showCoverage } from '../../modules/policy/policies.service';
import { COVERAGE_SETS } from '../../policies/coverage';
import { type CliIo, UsageError } from '../cli-io';

export const COVERAGE_USAGE = `用法：zhiping policy coverage 政策集 [--json]（政策集为 ${COVERAGE_SETS.join('、')} 之一）`;

type Coverage = ReturnType<typeof showCoverage>;
type ProvisionView = Coverage['clauses'][number]['provisions'][number];

/** The status label, with the issue number for planned work: 待建设（#20）. */
function statusLabel(p: ProvisionView): string {
  const name = COVERAGE_STATUS_NAMES[p.status];
  return p.status === 'planned' && p.issue !== null ? `${name}（#${p.issue}）` : name;
}

/** What backs the status: the rule ids, the place in the code, or the reason. */
function backing(p: ProvisionView): string {
  const why = p.why ? `（${p.why}）` : '';
  if (p.status === 'encoded') return `规则：${p.rules.join('、')}${why}`;
  if (p.status === 'elsewhere' && p.where) return `位置：${p.where.file} ${p.where.symbol}${why}`;
  return `原因：${p.why ?? '—'}`;
}

/**
 * `policy coverage SET [--json]` (CONTRACTS §5): the seed's clauses with their status. Exit 1
 * when the map does not check clean (problems on stderr), 2 for an unknown set.
 */
export function policyCoverageCommand(
  args: string[],
  io: CliIo,
  coverageOf: (set: string) => Coverage = showCoverage,
): number {
  const json = args.includes('--json');
  const rest = args.filter((a) => a !== '--json');
  const [set, ...extra] = rest;
  if (!set || extra.length > 0 || set.startsWith('--')) throw new UsageError(COVERAGE_USAGE);
  if (!COVERAGE_SETS.includes(set))
    throw new UsageError(`政策集 ${set} 没有对应的种子文件，无条款覆盖表。${COVERAGE_USAGE}`);
  const coverage = coverageOf(set);
  const { policy, name, clauses, summary } = coverage;
  if (json) {
    io.out(JSON.stringify({ policy, name, clauses, summary }, null, 2));
  } else {
    io.out(`${name}（${policy}）条款覆盖表`);
    for (const clause of clauses) {
      io.out(`\n${clause.clause} ${clause.heading}`);
      for (const p of clause.provisions) io.out(`  [${statusLabel(p)}] ${p.summary} — ${backing(p)}`);
    }
    io.out(
      `\n共 ${summary.clauses} 条、${summary.provisions} 项规定：` +
        `已编码 ${summary.encoded}，其他模块执行 ${summary.elsewhere}，` +
        `待建设 ${summary.planned}，非系统规则 ${summary['not-a-rule']}`,
    );
  }
  for (const problem of coverage.problems) {
    const where = problem.provision === null ? '' : ` 第${problem.provision + 1}项`;
    io.err(`条款 ${problem.clause}${where}：${problem.message}`);
  }
  return coverage.problems.length > 0 ? 1 : 0;
}
