import { describe, expect, it } from 'vitest';
import type { Achievement } from '../policy/eligibility-request';
import { perAwardKey, perRecommenderPerYearKey } from '../policy/parameter-registry';
import type { Parameter } from '../policy/rule-base';
import {
  type ClaimsInUse,
  claimKey,
  type QuotaUse,
  quotaClaims,
  quotaProblems,
  quotaUseOf,
} from './recommender-quotas';

const DRAFT = (clause: string) => ({ document: 'liaoning-city-2025-draft', clause });
const parameter = (key: string, value: number, clause: string): [string, Parameter] => [
  key,
  { key, value, citation: DRAFT(clause) },
];
/** The quotas as the 2025 draft states them (#2, #5, #10). */
const PARAMETERS = new Map<string, Parameter>([
  parameter(perRecommenderPerYearKey('academician-recommendation'), 3, '2'),
  parameter(perRecommenderPerYearKey('enterprise-lead-recommendation'), 2, '5'),
  parameter(perAwardKey('postdoc-innovation-gold-mentor'), 1, '10'),
  parameter(perAwardKey('worldskills-gold-coach'), 1, '10'),
  parameter(perAwardKey('national-skills-gold-coach'), 1, '10'),
]);

const ACADEMICIAN: Achievement = {
  kind: 'academician-recommendation',
  on: '2026-01-10',
  recommender: '王院士',
};
const LEAD: Achievement = { kind: 'enterprise-lead-recommendation', on: '2026-01-10', recommender: '李总师' };
const COACH: Achievement = { kind: 'worldskills-gold-coach', on: '2025-10-01', award: 'WS2025-001' };

const used = (
  recommended: [string, string, number][],
  awarded: [string, string, number][] = [],
): QuotaUse => ({
  recommendedThisYear: new Map(recommended.map(([kind, name, n]) => [claimKey(kind, name), n])),
  awardClaimed: new Map(awarded.map(([kind, name, n]) => [claimKey(kind, name), n])),
});
const check = (achievements: Achievement[], use: QuotaUse) =>
  quotaProblems(PARAMETERS, quotaClaims(achievements), use);

describe('recommender quotas', () => {
  it('an academician’s third recommendation of the year is accepted, the fourth refused (#2)', () => {
    expect(check([ACADEMICIAN], used([['academician-recommendation', '王院士', 2]]))).toEqual([]);
    const refused = check([ACADEMICIAN], used([['academician-recommendation', '王院士', 3]]));
    expect(refused).toEqual([
      {
        code: 'RECOMMENDER_QUOTA',
        message: '两院院士等顶尖人才举荐：每名举荐人每年举荐不超过3人，「王院士」本年度已举荐3人',
        citation: DRAFT('2'),
      },
    ]);
  });

  it('a technical-route lead’s second recommendation is accepted, the third refused (#5)', () => {
    expect(check([LEAD], used([['enterprise-lead-recommendation', '李总师', 1]]))).toEqual([]);
    expect(check([LEAD], used([['enterprise-lead-recommendation', '李总师', 2]]))).toMatchObject([
      { code: 'RECOMMENDER_QUOTA', citation: DRAFT('5') },
    ]);
  });

  it('the first coach of an award is accepted, a second refused (#10); another award is free', () => {
    expect(check([COACH], used([]))).toEqual([]);
    expect(check([COACH], used([], [['worldskills-gold-coach', 'WS2025-001', 1]]))).toEqual([
      {
        code: 'AWARD_QUOTA',
        message: '世界技能大赛金牌指导教师（教练）：每个奖项仅限1人，奖项「WS2025-001」已有1人申报',
        citation: DRAFT('10'),
      },
    ]);
    expect(check([COACH], used([], [['worldskills-gold-coach', 'WS2025-002', 1]]))).toEqual([]);
    // The same award number under another kind is another award.
    expect(check([COACH], used([], [['national-skills-gold-coach', 'WS2025-001', 1]]))).toEqual([]);
  });

  it('limits nothing the policy does not limit: no parameter, no quota', () => {
    const use = used(
      [['academician-recommendation', '王院士', 9]],
      [['worldskills-gold-coach', 'WS2025-001', 9]],
    );
    expect(quotaProblems(new Map(), quotaClaims([ACADEMICIAN, COACH]), use)).toEqual([]);
    const unnamed: Achievement = { kind: 'academician-recommendation', on: null };
    expect(check([unnamed], use)).toEqual([]);
  });

  it('reports every exceeded quota at once', () => {
    const use = used(
      [['academician-recommendation', '王院士', 3]],
      [['worldskills-gold-coach', 'WS2025-001', 1]],
    );
    expect(check([ACADEMICIAN, COACH], use).map((p) => p.code)).toEqual(['RECOMMENDER_QUOTA', 'AWARD_QUOTA']);
  });
});

describe('counting what others use', () => {
  const others: ClaimsInUse[] = [
    { personId: 'a', year: 2026, claims: [{ kind: 'academician-recommendation', recommender: '王院士' }] },
    // Two applications of one person (two series) are one person recommended.
    { personId: 'b', year: 2026, claims: [{ kind: 'academician-recommendation', recommender: '王院士' }] },
    { personId: 'b', year: 2026, claims: [{ kind: 'academician-recommendation', recommender: '王院士' }] },
    // Last year's recommendations do not count against this year; last year's award claims do.
    { personId: 'c', year: 2025, claims: [{ kind: 'academician-recommendation', recommender: '王院士' }] },
    { personId: 'c', year: 2025, claims: [{ kind: 'worldskills-gold-coach', award: 'WS2025-001' }] },
    // The applicant's own applications never count against them.
    { personId: 'me', year: 2026, claims: [{ kind: 'academician-recommendation', recommender: '王院士' }] },
  ];

  it('counts other people: this year for recommenders, any year for awards', () => {
    const use = quotaUseOf(others, 'me', 2026);
    expect(use.recommendedThisYear.get(claimKey('academician-recommendation', '王院士'))).toBe(2);
    expect(use.awardClaimed.get(claimKey('worldskills-gold-coach', 'WS2025-001'))).toBe(1);
    expect(quotaUseOf(others, 'c', 2026).awardClaimed.size).toBe(0);
  });

  it('takes from a profile only achievements naming a recommender or an award, each once', () => {
    expect(
      quotaClaims([
        ACADEMICIAN,
        { ...ACADEMICIAN, on: '2026-02-01' },
        { kind: 'postdoc-completed', on: null },
        COACH,
      ]),
    ).toEqual([
      { kind: 'academician-recommendation', recommender: '王院士' },
      { kind: 'worldskills-gold-coach', award: 'WS2025-001' },
    ]);
  });
});
