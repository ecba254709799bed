import { describe, expect, it } from 'vitest';
import { caughtAppError } from '../../../test/helpers/caught-app-error';
import { checkQuorum, quorumRequired } from './quorum';
import { ceilShare, shareText } from './share';

const TWO_THIRDS = { numerator: 2, denominator: 3 };

describe('quorumRequired', () => {
  it.each([
    [25, 17],
    [11, 8],
    [9, 6],
    [7, 5],
  ])('2/3 of %i members is %i', (members, required) => {
    expect(quorumRequired(members, TWO_THIRDS)).toBe(required);
  });
});

describe('checkQuorum', () => {
  it('accepts attendance at the quorum', () => {
    expect(checkQuorum(25, 17, TWO_THIRDS)).toEqual({
      ok: true,
      required: 17,
      message: '实到17人，达到出席评审会议的法定人数（应到25人的三分之二，即17人）',
      citation: { document: 'national', clause: '人社部令第40号' },
    });
  });

  it('refuses attendance below it, citing the rule', () => {
    const result = checkQuorum(25, 16, TWO_THIRDS);
    expect(result.ok).toBe(false);
    expect(result.message).toBe(
      '实到16人，不足出席评审会议的法定人数（应到25人的三分之二，即17人），不得开会评审（人社部令第40号）',
    );
  });

  it('refuses a count that is not a whole number', () => {
    expect(caughtAppError(() => checkQuorum(25, 16.5, TWO_THIRDS)).code).toBe('COUNT_INVALID');
  });
});

describe('share helpers', () => {
  it('round up in integers and read in Chinese', () => {
    expect(ceilShare(0, TWO_THIRDS)).toBe(0);
    expect(ceilShare(300, TWO_THIRDS)).toBe(200);
    expect(shareText(TWO_THIRDS)).toBe('三分之二');
    expect(shareText({ numerator: 3, denominator: 3 })).toBe('全部');
    expect(shareText({ numerator: 7, denominator: 12 })).toBe('7/12');
  });
});
