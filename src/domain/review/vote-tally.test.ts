import { describe, expect, it } from 'vitest';
import { caughtAppError } from '../../../test/helpers/caught-app-error';
import {
  type CapRule,
  requiredVotes,
  type TallyCandidate,
  TIE_AT_CAP_RULE,
  tallySession,
} from './vote-tally';

const TWO_THIRDS = { numerator: 2, denominator: 3 };
const CAP_50: CapRule = {
  capGroup: 'senior',
  rate: 0.5,
  citation: { document: 'anshan-2023', clause: '九' },
};

function candidate(
  id: string,
  agree: number,
  disagree = 0,
  extra: Partial<TallyCandidate> = {},
): TallyCandidate {
  const attending = extra.attending ?? 9;
  return {
    applicationId: id,
    capGroup: 'senior',
    counts: { agree, disagree, abstain: attending - agree - disagree },
    attending,
    ...extra,
  };
}

const outcomes = (list: TallyCandidate[], caps: CapRule[] = [CAP_50]) =>
  tallySession(list, { passShare: TWO_THIRDS, caps }).outcomes.map((o) => `${o.applicationId}:${o.outcome}`);

describe('requiredVotes', () => {
  it.each([
    [7, 5],
    [9, 6],
    [25, 17],
    [3, 2],
    [11, 8],
  ])('2/3 of %i attending is %i ("以上" includes the number)', (attending, required) => {
    expect(requiredVotes(attending, TWO_THIRDS)).toBe(required);
  });

  it('refuses a share that is not a fraction between 0 and 1', () => {
    expect(caughtAppError(() => requiredVotes(9, { numerator: 4, denominator: 3 })).code).toBe(
      'SHARE_INVALID',
    );
  });
});

describe('tallySession', () => {
  it('passes 1 of 3 candidates under a 50% cap: the one with most agreeing votes', () => {
    expect(outcomes([candidate('A', 7), candidate('B', 9), candidate('C', 8)])).toEqual([
      'A:over-cap',
      'B:passed',
      'C:over-cap',
    ]);
  });

  it('counts every candidate for the cap but ranks only those meeting the threshold', () => {
    const { outcomes: result, groups } = tallySession(
      [candidate('A', 5), candidate('B', 9), candidate('C', 6), candidate('D', 7)],
      { passShare: TWO_THIRDS, caps: [CAP_50] },
    );
    expect(result.map((o) => [o.applicationId, o.outcome, o.rank, o.required])).toEqual([
      ['A', 'below-threshold', null, 6],
      ['B', 'passed', 1, 6],
      ['C', 'over-cap', 3, 6],
      ['D', 'passed', 2, 6],
    ]);
    expect(groups).toEqual([
      { capGroup: 'senior', candidates: 4, rate: 0.5, limit: 2, passed: 2, citation: CAP_50.citation },
    ]);
    expect(result[0]!.reason).toBe('同意5票、不同意0票、弃权4票，未达到实到评审专家9人的三分之二（6票）');
  });

  it('breaks equal agreeing votes by fewer disagreeing votes', () => {
    expect(outcomes([candidate('A', 7, 2), candidate('B', 7, 0), candidate('C', 6)])).toEqual([
      'A:over-cap',
      'B:passed',
      'C:over-cap',
    ]);
  });

  it('fails every candidate tied across the cap boundary, never exceeding the cap', () => {
    const { outcomes: result, groups } = tallySession(
      [
        candidate('A', 9),
        candidate('B', 8),
        candidate('C', 8),
        candidate('D', 6),
        candidate('E', 6),
        candidate('F', 5),
      ],
      { passShare: TWO_THIRDS, caps: [CAP_50] },
    );
    // limit ⌊6 × 50%⌋ = 3: A is first, B and C share places 2–3 and pass; D and E share place 4.
    expect(result.map((o) => `${o.applicationId}:${o.outcome}:${o.rank}`)).toEqual([
      'A:passed:1',
      'B:passed:2',
      'C:passed:2',
      'D:over-cap:4',
      'E:over-cap:4',
      'F:below-threshold:null',
    ]);
    expect(groups[0]!.passed).toBe(3);

    const tied = tallySession([candidate('A', 9), candidate('B', 8), candidate('C', 8), candidate('D', 7)], {
      passShare: TWO_THIRDS,
      caps: [CAP_50],
    }).outcomes;
    expect(tied.map((o) => o.outcome)).toEqual(['passed', 'tied-at-cap', 'tied-at-cap', 'over-cap']);
    expect(tied[1]!.reason).toContain(TIE_AT_CAP_RULE);
    expect(tied[1]!.citation).toEqual({ document: 'anshan-2023', clause: '九' });
  });

  it('cites the no-second-round clause the policy gives', () => {
    const citation = { document: 'liaoning-city-2025-draft', clause: '17' };
    const result = tallySession([candidate('A', 8), candidate('B', 8)], {
      passShare: TWO_THIRDS,
      caps: [CAP_50],
      noSecondRoundCitation: citation,
    }).outcomes;
    expect(result.map((o) => o.outcome)).toEqual(['tied-at-cap', 'tied-at-cap']);
    expect(result[0]!.citation).toEqual(citation);
  });

  it('applies each cap group its own rate: Jilin rural teachers 100% and 60%', () => {
    const direct: CapRule = {
      capGroup: 'direct',
      rate: 1,
      citation: { document: 'jilin-2022', clause: '一(五)2' },
    };
    const exceptional: CapRule = { capGroup: 'exceptional', rate: 0.6, citation: direct.citation };
    const list = [
      ...['D1', 'D2', 'D3'].map((id) => candidate(id, 7, 0, { capGroup: 'direct' })),
      ...['X1', 'X2', 'X3', 'X4', 'X5'].map((id, i) => candidate(id, 9 - i, 0, { capGroup: 'exceptional' })),
    ];
    const { groups } = tallySession(list, { passShare: TWO_THIRDS, caps: [direct, exceptional] });
    expect(groups.map((g) => [g.capGroup, g.limit, g.passed])).toEqual([
      ['direct', 3, 3],
      ['exceptional', 3, 3],
    ]);
    expect(outcomes(list, [direct, exceptional]).slice(3)).toEqual([
      'X1:passed',
      'X2:passed',
      'X3:passed',
      'X4:over-cap',
      'X5:below-threshold',
    ]);
  });

  it('passes everyone meeting the threshold when the group has no cap', () => {
    const uncapped: CapRule = { capGroup: 'senior', rate: null, citation: null };
    expect(outcomes([candidate('A', 9), candidate('B', 6), candidate('C', 5)], [uncapped])).toEqual([
      'A:passed',
      'B:passed',
      'C:below-threshold',
    ]);
  });

  it('passes a green-channel candidate only with all 3 experts agreeing, outside the caps', () => {
    const green = (id: string, agree: number) =>
      candidate(id, agree, 3 - agree, { attending: 3, greenChannel: true });
    const { outcomes: result, groups } = tallySession([green('G1', 3), green('G2', 2), candidate('A', 9)], {
      passShare: TWO_THIRDS,
      caps: [CAP_50],
    });
    expect(result.map((o) => `${o.applicationId}:${o.outcome}`)).toEqual([
      'G1:passed',
      'G2:green-channel-failed',
      'A:over-cap',
    ]);
    expect(result[0]!.citation).toEqual({ document: 'liaoning-city-2025-draft', clause: '9' });
    expect(groups).toEqual([expect.objectContaining({ candidates: 1, limit: 0, passed: 0 })]);
  });

  it('refuses impossible counts and a cap group without a rule', () => {
    const tooMany = { ...candidate('A', 9), counts: { agree: 9, disagree: 1, abstain: 0 } };
    expect(
      caughtAppError(() => tallySession([tooMany], { passShare: TWO_THIRDS, caps: [CAP_50] })).code,
    ).toBe('TALLY_COUNTS_INVALID');
    expect(
      caughtAppError(() =>
        tallySession([candidate('A', 9, 0, { capGroup: 'other' })], {
          passShare: TWO_THIRDS,
          caps: [CAP_50],
        }),
      ).code,
    ).toBe('TALLY_CAP_RULE_MISSING');
  });
});
