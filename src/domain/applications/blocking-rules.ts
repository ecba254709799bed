import type { Citation } from '../policy/citation';

export interface BlockingFacts {
  today: string;
  hasEmployer: boolean;
  retired: boolean;
  bannedUntil: string | null;
  /** The person's live application this year, if any. */
  liveApplication: { number: string; title: string } | null;
}

export interface BlockingProblem {
  code: string;
  message: string;
  citation: Citation;
}

/**
 * What stops an application from being filed at all, whatever the eligibility result says
 * (DOMAIN §4.1): no unit to apply through, retirement, an integrity ban, or another live
 * application this year. Every problem is reported at once, each with its clause.
 */
export function blockingProblems(f: BlockingFacts): BlockingProblem[] {
  const problems: BlockingProblem[] = [];
  if (!f.hasEmployer)
    problems.push({
      code: 'NO_EMPLOYER',
      message: '须通过人事（劳动）关系所在单位申报，评委会办事机构不受理个人直接申报',
      citation: { document: 'liaoning-city-2025-draft', clause: '16' },
    });
  if (f.retired)
    problems.push({
      code: 'RETIRED',
      message: '已退休人员不得申报评审职称',
      citation: { document: 'liaoning-city-2025-draft', clause: '14' },
    });
  if (f.bannedUntil && f.bannedUntil >= f.today)
    problems.push({
      code: 'BANNED',
      message: `因弄虚作假被记入诚信档案，${f.bannedUntil}前不得申报`,
      citation: { document: 'national', clause: '职称评审监管暂行办法（2024）' },
    });
  if (f.liveApplication)
    problems.push({
      code: 'ALREADY_APPLIED',
      message: `每人每年只能申报一个系列的职称，本年度已有申报（${f.liveApplication.number}，${f.liveApplication.title}）`,
      citation: { document: 'liaoning-city-2025-draft', clause: '16' },
    });
  return problems;
}
