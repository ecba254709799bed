import { describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '../identifiers';
import {
  committeeCodeOf,
  formatCertificateNumber,
  mod11_2CheckChar,
  parseCertificateNumber,
} from './certificate-number';

describe('certificate numbers', () => {
  it.each(['11010519491231002', '44052418800101001', '21010219900307123'])(
    'uses the same MOD 11-2 check as the ID card for 17 digits (%s)',
    (body) => {
      expect(mod11_2CheckChar(body)).toBe(idNumberCheckChar(body));
    },
  );

  it('formats region, year, committee and sequence with a check character and parses them back', () => {
    const parts = { regionCode: '210000', year: 2026, committeeCode: '012', sequence: 345 };
    const number = formatCertificateNumber(parts);
    expect(number).toHaveLength(21);
    expect(number.slice(0, 20)).toBe('21000020260120000345');
    const parsed = parseCertificateNumber(` ${number.slice(0, 6)} ${number.slice(6).toLowerCase()} `);
    expect(parsed).toEqual({ valid: true, number, parts });
  });

  it('refuses every single-digit typo without looking anything up', () => {
    const number = formatCertificateNumber({
      regionCode: '220100',
      year: 2021,
      committeeCode: '000',
      sequence: 9_999_999,
    });
    for (let i = 0; i < 20; i++) {
      const digit = Number(number[i]);
      const typo = `${number.slice(0, i)}${(digit + 1) % 10}${number.slice(i + 1)}`;
      const result = parseCertificateNumber(typo);
      expect(result.valid, typo).toBe(false);
    }
  });

  it('explains malformed input in Chinese', () => {
    expect(parseCertificateNumber('abc')).toEqual({ valid: false, reason: expect.stringContaining('21位') });
    expect(parseCertificateNumber('21000020260120000345Y').valid).toBe(false);
  });

  it('refuses parts that do not fit', () => {
    expect(() =>
      formatCertificateNumber({ regionCode: '2100', year: 2026, committeeCode: '001', sequence: 1 }),
    ).toThrow();
    expect(() =>
      formatCertificateNumber({ regionCode: '210000', year: 2026, committeeCode: '001', sequence: 0 }),
    ).toThrow();
    expect(() =>
      formatCertificateNumber({
        regionCode: '210000',
        year: 2026,
        committeeCode: '001',
        sequence: 10_000_000,
      }),
    ).toThrow();
    expect(committeeCodeOf(7)).toBe('007');
    expect(() => committeeCodeOf(1000)).toThrow();
  });
});
