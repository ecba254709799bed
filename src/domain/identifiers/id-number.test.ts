import { describe, expect, it } from 'vitest';
import { isCalendarDate as isRealDate } from '../calendar/calendar-date';
import { idNumberCheckChar, maskIdNumber, validateIdNumber } from './index';

const TODAY = '2025-06-01';

/** Builds a number with a correct check character from its 17-digit body (for boundary cases). */
function withCheck(body17: string): string {
  return body17 + idNumberCheckChar(body17);
}

function reasonOf(value: string, today = TODAY): string {
  const result = validateIdNumber(value, today);
  if (result.valid) throw new Error(`expected ${value} to be invalid`);
  return result.reason;
}

describe('idNumberCheckChar', () => {
  it('matches the GB 11643 published example', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
  });

  it('maps every remainder to its check character', () => {
    // Bodies chosen so the weighted sums hit remainders 0..10 one by one: vary the last digit.
    const seen = new Set<string>();
    for (let d = 0; d <= 9; d++) seen.add(idNumberCheckChar(`1101051949123100${d}`));
    for (let d = 0; d <= 9; d++) seen.add(idNumberCheckChar(`1101051949123101${d}`));
    expect([...seen].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X']);
  });
});

describe('validateIdNumber: valid numbers', () => {
  it('accepts the standard example and extracts its facts', () => {
    expect(validateIdNumber('11010519491231002X', TODAY)).toEqual({
      valid: true,
      birthDate: '1949-12-31',
      gender: 'female',
      regionCode: '110105',
    });
  });

  it('accepts a lowercase x check character', () => {
    const result = validateIdNumber('11010519491231002x', TODAY);
    expect(result.valid).toBe(true);
  });

  it('ignores surrounding whitespace', () => {
    expect(validateIdNumber('  11010519491231002X ', TODAY).valid).toBe(true);
  });

  it('reads gender from the 17th digit (odd = male)', () => {
    const male = validateIdNumber(withCheck('21030219800501001'), TODAY);
    expect(male).toMatchObject({
      valid: true,
      gender: 'male',
      regionCode: '210302',
      birthDate: '1980-05-01',
    });
    const female = validateIdNumber(withCheck('21030219800501002'), TODAY);
    expect(female).toMatchObject({ valid: true, gender: 'female' });
  });

  it('accepts 29 February in a leap year, including the century year 2000', () => {
    expect(validateIdNumber(withCheck('22010020000229001'), TODAY).valid).toBe(true);
    expect(validateIdNumber(withCheck('22010019960229001'), TODAY).valid).toBe(true);
  });

  it('accepts the boundaries 1900-01-01 and today', () => {
    expect(validateIdNumber(withCheck('11010519000101001'), TODAY).valid).toBe(true);
    expect(validateIdNumber(withCheck('11010520250601001'), TODAY).valid).toBe(true);
  });

  it('accepts 香港/澳门/台湾 prefixes and 83 residence-permit numbers', () => {
    for (const prefix of ['71', '81', '82', '83']) {
      expect(validateIdNumber(withCheck(`${prefix}000019900101001`), TODAY).valid).toBe(true);
    }
  });
});

describe('validateIdNumber: each failure has its own reason', () => {
  // Each reason with the numbers that must give it (bodies get their right check character).
  it.each([
    ['身份证号码长度应为18位', ['11010519491231002', '11010519491231002X1', '']],
    ['身份证号码地区码无效', ['10010519491231002', '99010519491231002', '84010519491231002'].map(withCheck)],
    [
      '身份证号码出生日期无效',
      [
        '11010519000229001', // 1900 is not a leap year
        '11010519990229001',
        '11010519801301001',
        '11010519800431001',
        '11010519800100001',
      ].map(withCheck),
    ],
    ['身份证号码出生日期无效（早于1900年1月1日）', [withCheck('11010518991231001')]],
    ['身份证号码出生日期晚于当前日期', [withCheck('11010520250602001')]],
    ['身份证号码校验码错误', ['110105194912310021']],
  ])('gives 「%s」', (reason, values) => {
    for (const value of values) expect(reasonOf(value), value).toBe(reason);
  });

  it.each(['1101051949123100XX', '11010519491231002Y', '11010519491231-02X', '１１010519491231002X'])(
    'rejects the illegal characters of %s',
    (bad) => {
      expect(reasonOf(bad)).toContain('含有非法字符');
    },
  );

  it('takes a birth date after today as valid from that day on', () => {
    expect(validateIdNumber(withCheck('11010520250602001'), '2025-06-02').valid).toBe(true);
  });

  it('rejects a wrong check character without revealing the right one', () => {
    expect(reasonOf('110105194912310021')).not.toContain('X');
  });
});

describe('isRealDate', () => {
  it('knows the Gregorian leap-year rule', () => {
    expect(isRealDate('2000-02-29')).toBe(true);
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('1900-02-29')).toBe(false);
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(isRealDate('2023-02-28')).toBe(true);
  });

  it('rejects malformed strings', () => {
    expect(isRealDate('2023-2-28')).toBe(false);
    expect(isRealDate('2023-00-10')).toBe(false);
    expect(isRealDate('2023-12-32')).toBe(false);
  });
});

describe('maskIdNumber', () => {
  it('keeps the first 3 and last 4 characters', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110***********002X');
  });

  it('masks short values entirely', () => {
    expect(maskIdNumber('1234567')).toBe('*******');
    expect(maskIdNumber('')).toBe('');
  });
});
