import { describe, expect, it } from 'vitest';
import { type ConferredTitleFacts, proposalFromEffects } from './proposal-from-effects';

const cite = (document: string, clause: string) => ({ document, clause });

/** A title conferred through `basis` with `effects`, the person holding no post, in a 评聘分开 set. */
function conferred(over: Partial<ConferredTitleFacts>): ConferredTitleFacts {
  return {
    series: 'health',
    level: 'associate-senior',
    effects: {},
    basis: null,
    effectsPolicyStatus: 'in-force',
    currentGrade: null,
    ...over,
  };
}

const COMBINED = { value: true, citation: cite('jilin-2022', '一(二)4') };

describe('proposalFromEffects: the rows of docs/POSTS.md "Outside-quota proposals"', () => {
  it('a postdoc recognised 副高 outside the ratios: special, the lowest 副高 grade 7, with the pathway clause', () => {
    const proposal = proposalFromEffects(
      conferred({
        effects: { outsidePostQuota: true },
        basis: { name: '出站博士后直接认定副高级职称', citation: cite('anshan-2023', '二') },
      }),
    );
    expect(proposal).toEqual({
      source: 'eligibility-effect',
      kind: 'special',
      grade: 7,
      level: 'associate-senior',
      boardKind: 'special',
      reason: expect.stringContaining('出站博士后直接认定副高级职称'),
      citations: [cite('anshan-2023', '二')],
    });
    expect(proposal!.reason).toContain('专业技术7级');
  });

  it('competition winners and coaches: special at the grade the effect names (4, 3, 7), once the set is in force', () => {
    for (const [level, grade] of [
      ['senior', 4],
      ['senior', 3],
      ['associate-senior', 7],
    ] as const) {
      const proposal = proposalFromEffects(
        conferred({
          level,
          effects: { outsidePostQuota: true, postGrade: grade },
          basis: { name: '全国职业技能大赛金牌获得者', citation: cite('liaoning-city-2025-draft', '10') },
        }),
      );
      expect(proposal).toMatchObject({ kind: 'special', grade, boardKind: 'special' });
    }
  });

  it('a draft set’s effect (the 2025 征求意见稿) proposes nothing until the draft is adopted', () => {
    const winner = conferred({
      level: 'senior',
      effects: { outsidePostQuota: true, postGrade: 4 },
      basis: { name: '世界技能大赛金牌获得者', citation: cite('liaoning-city-2025-draft', '10') },
      effectsPolicyStatus: 'draft',
    });
    expect(proposalFromEffects(winner)).toBeNull();
    // A draft's effect does not stop a 评聘结合 unit's own proposal for the title.
    expect(proposalFromEffects({ ...winner, combined: COMBINED })).toMatchObject({
      source: 'combined-review',
      grade: 4,
    });
  });

  it('Jilin grassroots recognitions, rural teachers and the city-to-county reduction: special at the level’s lowest grade', () => {
    for (const level of ['associate-senior', 'intermediate'] as const) {
      const proposal = proposalFromEffects(
        conferred({
          level,
          effects: { outsidePostQuota: true, postGrade: null },
          basis: { name: '基层一线累计满30年直接认定副高级职称', citation: cite('jilin-2022', '一(四)1') },
        }),
      );
      expect(proposal).toMatchObject({
        kind: 'special',
        grade: level === 'intermediate' ? 10 : 7,
        citations: [cite('jilin-2022', '一(四)1')],
      });
    }
  });

  it('Jilin A/B talents: special at grade 2 (grade 1 only by HR’s approval, which the unit asks for)', () => {
    expect(
      proposalFromEffects(
        conferred({
          level: 'senior',
          effects: { outsidePostQuota: true, postGrade: 2 },
          basis: { name: 'A、B类人才特设直聘一二级岗位', citation: cite('jilin-2022', '二(一)') },
        }),
      ),
    ).toMatchObject({ kind: 'special', grade: 2, level: 'senior', boardKind: 'special' });
  });

  it('an effect naming no real grade proposes the level’s lowest', () => {
    expect(
      proposalFromEffects(conferred({ level: 'senior', effects: { outsidePostQuota: true, postGrade: 14 } })),
    ).toMatchObject({ grade: 4, citations: [] });
  });
});

describe('proposalFromEffects: 评聘结合 units', () => {
  it('a first post at the level’s lowest grade for someone without a post, with the parameter’s clause', () => {
    expect(proposalFromEffects(conferred({ combined: COMBINED }))).toEqual({
      source: 'combined-review',
      kind: 'first',
      grade: 7,
      level: 'associate-senior',
      boardKind: 'normal',
      reason: expect.stringContaining('评聘结合'),
      citations: [COMBINED.citation],
    });
  });

  it('a new level for someone holding a lower post; nothing for someone already at the level', () => {
    expect(proposalFromEffects(conferred({ combined: COMBINED, currentGrade: 9 }))).toMatchObject({
      kind: 'new-level',
      grade: 7,
    });
    expect(proposalFromEffects(conferred({ combined: COMBINED, currentGrade: 7 }))).toBeNull();
    expect(proposalFromEffects(conferred({ combined: COMBINED, currentGrade: 4 }))).toBeNull();
  });

  it('a series that is 评聘分开 (no parameter, or false) and no effect: nothing', () => {
    expect(proposalFromEffects(conferred({}))).toBeNull();
    expect(proposalFromEffects(conferred({ combined: { ...COMBINED, value: false } }))).toBeNull();
  });

  it('an effect outside the quota wins over 评聘结合: the special post, not an ordinary one', () => {
    expect(
      proposalFromEffects(conferred({ combined: COMBINED, effects: { outsidePostQuota: true } })),
    ).toMatchObject({ source: 'eligibility-effect', kind: 'special' });
  });
});
