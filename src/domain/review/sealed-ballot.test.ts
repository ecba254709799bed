import { describe, expect, it } from 'vitest';
import { ballotContent, readBallotContent, tallyBallots } from './sealed-ballot';

const A = '0b6f1c1e-9a1d-4c57-9a0e-2f3b4c5d6e7f';
const B = '7f0e2d3c-1b2a-4c59-8a7b-6c5d4e3f2a1b';

describe('a sealed ballot', () => {
  it('has one length whatever the choice, so its ciphertext cannot tell', () => {
    const lengths = new Set(
      (['agree', 'disagree', 'abstain'] as const).map((c) => ballotContent(A, c).length),
    );
    expect([...lengths]).toEqual([38]);
  });

  it('reads back what was sealed and nothing else', () => {
    expect(readBallotContent(ballotContent(A.toUpperCase(), 'disagree'))).toEqual({
      applicationId: A,
      choice: 'disagree',
    });
    expect(() => readBallotContent(`${A}:Y`)).toThrow('选票内容无法识别');
    expect(() => readBallotContent(`${A}:AA`)).toThrow('选票内容无法识别');
    expect(() => ballotContent('not-a-uuid', 'agree')).toThrow('申报编号格式不正确');
  });

  it('is counted per item in item order, not in the order cast', () => {
    const tallies = tallyBallots([
      { applicationId: B, choice: 'agree' },
      { applicationId: A, choice: 'abstain' },
      { applicationId: B, choice: 'disagree' },
      { applicationId: B, choice: 'agree' },
    ]);
    expect(tallies).toEqual([
      { applicationId: A, agree: 0, disagree: 0, abstain: 1 },
      { applicationId: B, agree: 2, disagree: 1, abstain: 0 },
    ]);
  });
});
