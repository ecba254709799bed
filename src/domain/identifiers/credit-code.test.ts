import { describe, expect, it } from 'vitest';
import { orgCodeCheckChar, validateCreditCode } from './index';

function reasonOf(value: string): string {
  const result = validateCreditCode(value);
  if (result.valid) throw new Error(`expected ${value} to be invalid`);
  return result.reason;
}

describe('validateCreditCode: real published codes', () => {
  // Published codes of well-known organisations (Wikipedia infobox for 华为; invoice headers and
  // public registry extracts for the others), used to prove the algorithm against reality.
  it.each([
    ['91350100M000100Y43', '工商', '企业', '350100'], // GB 32100 standard example
    ['914403001922038216', '工商', '企业', '440300'], // 华为技术有限公司
    ['9144030071526726XG', '工商', '企业', '440300'], // 腾讯科技（深圳）有限公司
    ['91440300708461136T', '工商', '企业', '440300'], // 深圳市腾讯计算机系统有限公司
    ['91110108551385082Q', '工商', '企业', '110108'], // 小米科技有限责任公司
    ['12100000400000624D', '机构编制', '事业单位', '100000'], // 清华大学 (national registration)
    ['1210000042500615X0', '机构编制', '事业单位', '100000'], // 复旦大学: organisation-code check 'X'
  ])('%s is valid', (code, registrationAuthority, organisationCategory, regionCode) => {
    expect(validateCreditCode(code)).toEqual({
      valid: true,
      registrationAuthority,
      organisationCategory,
      regionCode,
    });
  });

  it('accepts lowercase input and surrounding whitespace', () => {
    expect(validateCreditCode('9144030071526726xg').valid).toBe(true);
    expect(validateCreditCode(' 91350100m000100y43 ').valid).toBe(true);
  });

  it('decodes other authorities and categories', () => {
    expect(validateCreditCode('92210302M000100Y40')).toMatchObject({
      valid: true,
      registrationAuthority: '工商',
      organisationCategory: '个体工商户',
      regionCode: '210302',
    });
    expect(validateCreditCode('Y1350100M000100Y4D')).toMatchObject({
      valid: true,
      registrationAuthority: '其他',
    });
    expect(validateCreditCode('N2220100M000100Y4F')).toMatchObject({
      valid: true,
      registrationAuthority: '农业',
      organisationCategory: '村级集体经济组织',
    });
    expect(validateCreditCode('A1100000M000100Y4T')).toMatchObject({
      valid: true,
      registrationAuthority: '中央军委改革和编制办公室',
    });
  });
});

describe('validateCreditCode: each failure has its own reason', () => {
  // Each reason with the codes that must give it; comments say why a code is wrong.
  it.each([
    ['统一社会信用代码长度应为18位', ['91350100M000100Y4', '91350100M000100Y433']],
    ['统一社会信用代码登记管理部门代码无效', ['B1350100M000100Y43', '01350100M000100Y43']],
    [
      '统一社会信用代码机构类别代码无效',
      [
        '94350100M000100Y43', // 工商 has 1–3 only
        '99350100M000100Y43',
        'Y2350100M000100Y43', // 其他 uses 1 only
        '1A350100M000100Y43',
      ],
    ],
    ['统一社会信用代码行政区划码无效', ['91990100M000100Y43', '91A50100M000100Y43', '91200100M000100Y43']],
    // The organisation-code check is broken even though the final check is consistent.
    ['统一社会信用代码组织机构代码校验码错误', ['91350100M000100Y56']],
    ['统一社会信用代码校验码错误', ['91350100M000100Y44', '914403001922038217']],
  ])('gives 「%s」', (reason, codes) => {
    for (const code of codes) expect(reasonOf(code), code).toBe(reason);
  });

  it('rejects I, O, Z, S, V and other characters, naming the forbidden letters', () => {
    for (const bad of [
      '91350100M000100I43',
      '91350100O000100Y43',
      '91350100Z000100Y43',
      '91350100S000100Y43',
      '91350100V000100Y43',
      '91350100-000100Y43',
    ]) {
      const reason = reasonOf(bad);
      expect(reason).toContain('含有非法字符');
      expect(reason).toContain('I、O、Z、S、V');
    }
  });

  it('rejects a wrong final check character without revealing the right one', () => {
    expect(reasonOf('91350100M000100Y44')).not.toContain('3');
  });
});

describe('orgCodeCheckChar', () => {
  it('computes GB 11714 check characters, including X and 0', () => {
    expect(orgCodeCheckChar('19220382')).toBe('1'); // 华为: 19220382-1
    expect(orgCodeCheckChar('42500615')).toBe('X'); // 复旦大学: 42500615-X
    expect(orgCodeCheckChar('M000100Y')).toBe('4');
  });

  it('is undefined for characters outside digits and A–Z', () => {
    expect(orgCodeCheckChar('1922038-')).toBeUndefined();
  });
});
