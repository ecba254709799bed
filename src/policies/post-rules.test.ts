import { describe, expect, it } from 'vitest';
import { NATIONAL_STRUCTURE_RATIOS, type PostGrade } from '../domain/catalogue';
import { parameterLayerProblems } from '../domain/policy/parameter-check';
import { resolvePolicy } from '../domain/policy/resolve-policy';
import { checkAppointment } from '../domain/posts/appointment-guards';
import { POST_CLAUSES } from '../domain/posts/guard-citations';
import { computePostBoard } from '../domain/posts/post-board';
import { postRulesOf } from '../domain/posts/post-rules';
import { POLICY_LAYERS } from '.';
import { SEED_COVERAGE } from './coverage';

const rulesOf = (set: string, asOf: string, options: { whatIf?: boolean } = {}, layers = POLICY_LAYERS) =>
  postRulesOf(resolvePolicy(layers, set, asOf), 'city', options);

/** A promotion 10 → 9 with a vacancy, for a person who retires four months after it starts. */
function promoteNearRetirement(set: string, startDate: string) {
  const board = computePostBoard(new Map<PostGrade, number>([[9, 1]]), [], startDate);
  return checkAppointment(
    { kind: 'within-level', grade: 9, startDate },
    {
      person: {
        current: { grade: 10, since: '2015-01-01' },
        titleLevel: 'intermediate',
        newStaff: false,
        exchangeEntrant: false,
        dualRole: false,
        introducedTalent: false,
        retirementDate: `${startDate.slice(0, 4)}-10-31`,
      },
      unit: { plan: { approved: true, effectiveFrom: '2015-01-01' }, board },
    },
    rulesOf(set, startDate),
  );
}

describe('the post rules of the shipped policy sets', () => {
  it('read the national ratios as the catalogue states them, with the 87号 citation', () => {
    const rules = rulesOf('national', '2024-01-01');
    expect(rules.ratios.map((r) => r.target)).toEqual(NATIONAL_STRUCTURE_RATIOS.map((r) => r.ratio));
    expect(rules.mainCategoryMinShare.value).toBe(0.7);
  });

  it('keep the half-year rule in liaoyang-2023 and cancel it in anshan-2023 (anshan §十一)', () => {
    expect(rulesOf('liaoyang-2023', '2023-06-01').retirementBlockMonths?.value).toBe(6);
    expect(rulesOf('anshan-2023', '2023-06-01').retirementBlockMonths).toEqual({
      value: null,
      citation: { document: 'anshan-2023', clause: '十一' },
    });
    expect(promoteNearRetirement('liaoyang-2023', '2023-06-01').findings.map((f) => f.key)).toEqual([
      'posts.appointment.retirement',
    ]);
    expect(promoteNearRetirement('anshan-2023', '2023-06-01').allowed).toBe(true);
  });

  it('give anshan-2023 borrowing and 退二进一, liaoyang-2023 先聘后评, and Liaoning its intervals', () => {
    const anshan = rulesOf('anshan-2023', '2023-06-01');
    expect(anshan.borrowHigherVacancy?.value).toBe(true);
    expect(anshan.departuresPerAppointment?.value).toBe(2);
    expect(rulesOf('liaoyang-2023', '2023-06-01').appointBeforeTitle?.citation).toEqual({
      document: 'liaoyang-2023',
      clause: '七',
    });
    expect([...anshan.intervalMonths].map(([grade, months]) => [grade, months.value])).toEqual([
      [5, 36],
      [6, 36],
      [8, 24],
      [9, 24],
    ]);
    expect(rulesOf('jilin-2022', '2022-06-01').intervalMonths.size).toBe(0);
  });

  it('never apply the 2025 draft unless adopted: refused, read what-if, or applied once its layer is in force', () => {
    expect(() => rulesOf('liaoning-city-2025-draft', '2025-06-01')).toThrow('为征求意见稿');
    const whatIf = rulesOf('liaoning-city-2025-draft', '2025-06-01', { whatIf: true });
    expect(whatIf.borrowExchangeSameSeries?.value).toBe(true);
    expect(whatIf.regularisationMayExceedQuota?.citation).toEqual({
      document: 'liaoning-city-2025-draft',
      clause: '22',
    });
    // The province the draft would refine has none of its rules.
    expect(rulesOf('liaoning', '2025-06-01').regularisationMayExceedQuota).toBeUndefined();
    const draft = POLICY_LAYERS.get('liaoning-city-2025-draft')!;
    const adopted = new Map([...POLICY_LAYERS, [draft.id, { ...draft, status: 'in-force' as const }]]);
    expect(rulesOf(draft.id, '2025-06-01', {}, adopted).intervalShortenable?.value).toBe(true);
  });
});

describe('the clauses the appointment guards quote', () => {
  it('are word for word the provisions the coverage maps list for the same clause', () => {
    const missing: string[] = [];
    for (const clauses of Object.values(POST_CLAUSES))
      for (const c of clauses) {
        if (c.document === 'national') continue;
        const coverage = SEED_COVERAGE.get(c.document)?.clauses.find((k) => k.clause === c.clause);
        if (!coverage?.provisions.some((p) => p.summary === c.text))
          missing.push(`${c.document} ${c.clause}: ${c.text}`);
      }
    expect(missing).toEqual([]);
  });
});

describe('the start-up check of post parameters', () => {
  const withCity = (parameters: { key: string; value: string | number }[]) =>
    new Map([
      ...POLICY_LAYERS,
      [
        'test-city',
        {
          id: 'test-city',
          name: '测试市',
          extends: 'liaoning',
          status: 'in-force' as const,
          parameters: parameters.map((p) => ({ ...p, citation: { document: 'test-city', clause: '一' } })),
        },
      ],
    ]);

  it('accepts a tier target and an interval to a grade one is promoted to', () => {
    expect(
      parameterLayerProblems(
        withCity([
          { key: 'posts.ratio.tiers.county', value: '0.5:3.5:6' },
          { key: 'posts.intervalMonths.3', value: 36 },
        ]),
      ),
    ).toEqual([]);
  });

  it('refuses an unknown tier or ratio, an interval to a lowest grade or grade 1, and a ratio of the wrong shape', () => {
    expect(
      parameterLayerProblems(
        withCity([
          { key: 'posts.ratio.tiers.town', value: '1:3:6' },
          { key: 'posts.ratio.nurses.city', value: '1:3:6' },
          { key: 'posts.intervalMonths.10', value: 24 },
          { key: 'posts.intervalMonths.1', value: 24 },
          { key: 'posts.ratio.assistant-grades', value: '1:3:6' },
          { key: 'posts.ratio.tiers', value: '1:3:x' },
        ]),
      ),
    ).toEqual([
      '政策层 test-city：参数 posts.ratio.tiers.town 不是已知的单位层级「town」（参数族 posts.ratio.<ratio>.<tier>）',
      '政策层 test-city：参数 posts.ratio.nurses.city 不是已知的结构比例「nurses」（参数族 posts.ratio.<ratio>.<tier>）',
      '政策层 test-city：参数 posts.intervalMonths.10 不是已知的可在层级内晋升到的岗位等级「10」（参数族 posts.intervalMonths.<grade>）',
      '政策层 test-city：参数 posts.intervalMonths.1 不是已知的可在层级内晋升到的岗位等级「1」（参数族 posts.intervalMonths.<grade>）',
      '政策层 test-city：参数 posts.ratio.assistant-grades 的比例 1:3:6 有3项，十一级、十二级岗位之间的比例应有2项',
      '政策层 test-city：参数 posts.ratio.tiers 的值 "1:3:x" 不是比例（如 1:3:6）',
    ]);
  });
});
