import { describe, expect, it } from 'vitest';
import { resolvePolicy } from '../policy/resolve-policy';
import type { PolicyLayer } from '../policy/rule-base';
import { type BlockingFacts, blockingProblems } from './blocking-rules';

const ENGINEER = { number: '2026210302000001', title: '高级工程师（通信工程）', series: 'engineering' };
const TEACHER = {
  number: '2026210302000002',
  title: '一级教师（数学）',
  series: 'primary-secondary-teacher',
};

/** Someone free to apply, filing for engineering, under the given policy's general rules. */
const facts = (over: Partial<BlockingFacts>): BlockingFacts => ({
  today: '2026-03-02',
  hasEmployer: true,
  retired: false,
  bannedUntil: null,
  series: 'engineering',
  liveThisYear: [],
  policy: { general: [] },
  ...over,
});

const ONE_PER_YEAR = {
  id: 'one-application-per-year',
  citation: { document: 'some-city-2026', clause: '9' },
  condition: { kind: 'one-application-per-year' as const },
};

describe('another application this year', () => {
  it('without the policy rule: another series does not block, the same series is a duplicate (national)', () => {
    expect(blockingProblems(facts({ liveThisYear: [TEACHER] }))).toEqual([]);
    const problems = blockingProblems(facts({ liveThisYear: [TEACHER, ENGINEER] }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'ALREADY_APPLIED',
      citation: { document: 'national', clause: '人社部令第40号' },
    });
    expect(problems[0]!.message).toContain('重复申报');
    expect(problems[0]!.message).toContain('2026210302000001');
  });

  it('with the governing policy’s one-application-per-year rule: any other series blocks, citing that rule', () => {
    const problems = blockingProblems(
      facts({ liveThisYear: [TEACHER], policy: { general: [ONE_PER_YEAR] } }),
    );
    expect(problems).toEqual([
      {
        code: 'ALREADY_APPLIED',
        message: '每人每年只能申报一个系列的职称，本年度已有申报（2026210302000002，一级教师（数学））',
        citation: { document: 'some-city-2026', clause: '9' },
      },
    ]);
    expect(blockingProblems(facts({ policy: { general: [ONE_PER_YEAR] } }))).toEqual([]);
  });

  it('reads the rule as resolved for the date: not before it takes effect, not once a lower layer repeals it', () => {
    const layer = (id: string, over: Partial<PolicyLayer>): [string, PolicyLayer] => [
      id,
      { id, name: id, extends: null, status: 'in-force', ...over },
    ];
    const layers = new Map<string, PolicyLayer>([
      layer('province', { general: [{ ...ONE_PER_YEAR, effectiveFrom: '2026-01-01' }] }),
      layer('city', { extends: 'province' }),
      layer('repealing-city', { extends: 'province', repeals: ['one-application-per-year'] }),
    ]);
    const under = (id: string, asOf: string) =>
      blockingProblems(
        facts({ today: asOf, liveThisYear: [TEACHER], policy: resolvePolicy(layers, id, asOf) }),
      ).map((p) => p.citation);
    expect(under('city', '2026-03-02')).toEqual([{ document: 'some-city-2026', clause: '9' }]);
    expect(under('city', '2025-12-31')).toEqual([]);
    expect(under('repealing-city', '2026-03-02')).toEqual([]);
  });
});

describe('the clause each refusal cites', () => {
  it('cites the governing policy’s own rule where it has one, else the national rule — never a draft', () => {
    const unit = {
      id: 'has-employer',
      citation: { document: 'anshan-2023', clause: '九' },
      condition: { kind: 'has-employer' as const },
    };
    const problems = blockingProblems(
      facts({ hasEmployer: false, retired: true, bannedUntil: '2027-01-01', policy: { general: [unit] } }),
    );
    expect(problems.map((p) => [p.code, p.citation.document, p.citation.clause])).toEqual([
      ['NO_EMPLOYER', 'anshan-2023', '九'],
      ['RETIRED', 'national', '国家关于退休人员不得申报参加职称评审的规定'],
      ['BANNED', 'national', '职称评审监管暂行办法（2024）'],
    ]);
    expect(problems.some((p) => p.citation.document === 'liaoning-city-2025-draft')).toBe(false);
  });
});
