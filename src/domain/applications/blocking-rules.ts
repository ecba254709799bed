import type { Citation } from '../policy/citation';
import type { ConditionRule } from '../policy/rule-base';

/** One of the person's live applications this year, as the refusal names it. */
export interface LiveApplication {
  number: string;
  title: string;
  series: string;
}

export interface BlockingFacts {
  today: string;
  hasEmployer: boolean;
  retired: boolean;
  bannedUntil: string | null;
  /** The series being applied for. */
  series: string;
  /** The person's other live applications this year. */
  liveThisYear: readonly LiveApplication[];
  /** The governing policy, resolved for the filing's date: its general rules in force. */
  policy: { general: readonly ConditionRule[] };
}

/** The id of the general rule that limits a person to one application a year, where a policy has it. */
export const ONE_APPLICATION_PER_YEAR = 'one-application-per-year';

/**
 * An application is one person, one target, one year (DOMAIN §2): the same series twice in a
 * year is the same application filed again, refused under every policy set.
 */
export const DUPLICATE_APPLICATION_CITATION: Citation = { document: 'national', clause: '人社部令第40号' };

/** The refusal of a second application in the series this year, naming the one already filed. */
export function duplicateApplication(existing: LiveApplication | undefined): BlockingProblem {
  const named = existing ? `（${existing.number}，${existing.title}）` : '';
  return {
    code: 'ALREADY_APPLIED',
    message: `重复申报：本年度已有同一系列的申报${named}，一人一年同一系列只能申报一次`,
    citation: DUPLICATE_APPLICATION_CITATION,
  };
}

/**
 * Which other application this year blocks the filing: any, where the governing policy's
 * one-application-per-year rule is in force (cited as that rule); otherwise only one in the
 * same series. A draft's rule never reaches here unless the draft is the governing policy.
 */
function alreadyApplied(f: BlockingFacts): BlockingProblem | null {
  const rule = f.policy.general.find((r) => r.id === ONE_APPLICATION_PER_YEAR);
  const [other] = f.liveThisYear;
  if (rule && other)
    return {
      code: 'ALREADY_APPLIED',
      message: `每人每年只能申报一个系列的职称，本年度已有申报（${other.number}，${other.title}）`,
      citation: rule.citation,
    };
  const same = f.liveThisYear.find((a) => a.series === f.series);
  return same ? duplicateApplication(same) : null;
}

export interface BlockingProblem {
  code: string;
  message: string;
  citation: Citation;
}

/**
 * What stops an application from being filed at all, whatever the eligibility result says
 * (DOMAIN §4.1): no unit to apply through, retirement, an integrity ban, or another live
 * application this year that the governing policy (or the duplicate rule) forbids. Every
 * problem is reported at once, each with its clause.
 */
export function blockingProblems(f: BlockingFacts): BlockingProblem[] {
  const problems: BlockingProblem[] = [];
  // Each refusal cites the governing policy's own rule (a city document where it says so, else
  // the national one), never a draft that does not govern the filing.
  const citationOf = (id: string, national: Citation) =>
    f.policy.general.find((r) => r.id === id)?.citation ?? national;
  if (!f.hasEmployer)
    problems.push({
      code: 'NO_EMPLOYER',
      message: '须通过人事（劳动）关系所在单位申报，评委会办事机构不受理个人直接申报',
      citation: citationOf('has-employer', { document: 'national', clause: '人社部令第40号' }),
    });
  if (f.retired)
    problems.push({
      code: 'RETIRED',
      message: '已退休人员不得申报评审职称',
      citation: citationOf('not-retired', {
        document: 'national',
        clause: '国家关于退休人员不得申报参加职称评审的规定',
      }),
    });
  if (f.bannedUntil && f.bannedUntil >= f.today)
    problems.push({
      code: 'BANNED',
      message: `因弄虚作假被记入诚信档案，${f.bannedUntil}前不得申报`,
      citation: citationOf('not-banned', { document: 'national', clause: '职称评审监管暂行办法（2024）' }),
    });
  const applied = alreadyApplied(f);
  if (applied) problems.push(applied);
  return problems;
}
