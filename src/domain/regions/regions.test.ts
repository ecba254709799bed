import { describe, expect, it } from 'vitest';
import {
  childrenOf,
  findRegion,
  isProvincePrefix,
  isValidRegionCodeFormat,
  isWithinRegion,
  listProvinces,
  provinceCodeOf,
  regionFullName,
  regionPath,
} from './index';

describe('isValidRegionCodeFormat', () => {
  it.each([
    ['210302', true],
    ['000000', true],
    ['21030', false],
    ['2103020', false],
    ['21030a', false],
    [' 210302', false],
    ['２１０３０２', false],
    ['', false],
  ])('takes %j as six digits: %s', (code, valid) => {
    expect(isValidRegionCodeFormat(code)).toBe(valid);
  });
});

describe('listProvinces', () => {
  it('lists all 34 province-level units in code order', () => {
    const provinces = listProvinces();
    expect(provinces).toHaveLength(34);
    expect(provinces.map((p) => p.code)).toEqual([...provinces.map((p) => p.code)].sort());
    expect(provinces.every((p) => p.level === 'province' && p.parentCode === null)).toBe(true);
  });

  it('includes 台湾, 香港 and 澳门', () => {
    const byCode = new Map(listProvinces().map((p) => [p.code, p.name]));
    expect(byCode.get('710000')).toBe('台湾省');
    expect(byCode.get('810000')).toBe('香港特别行政区');
    expect(byCode.get('820000')).toBe('澳门特别行政区');
    expect(byCode.get('210000')).toBe('辽宁省');
    expect(byCode.get('220000')).toBe('吉林省');
    expect(byCode.get('650000')).toBe('新疆维吾尔自治区');
  });
});

describe('findRegion', () => {
  it.each([
    ['210100', '沈阳市', 'city', '210000'],
    ['210300', '鞍山市', 'city', '210000'],
    ['211000', '辽阳市', 'city', '210000'],
    ['211400', '葫芦岛市', 'city', '210000'],
    ['220100', '长春市', 'city', '220000'],
    ['220200', '吉林市', 'city', '220000'],
    ['222400', '延边朝鲜族自治州', 'city', '220000'],
    ['210302', '铁东区', 'county', '210300'],
    ['210381', '海城市', 'county', '210300'],
    ['210323', '岫岩满族自治县', 'county', '210300'],
    ['220184', '公主岭市', 'county', '220100'],
    ['222401', '延吉市', 'county', '222400'],
  ])('%s is %s (%s) under %s', (code, name, level, parent) => {
    expect(findRegion(code)).toEqual({ code, name, level, parentCode: parent });
  });

  it('returns undefined for unknown codes and statistical-only zones', () => {
    expect(findRegion('999999')).toBeUndefined();
    expect(findRegion('210301')).toBeUndefined(); // 市辖区 placeholder
    expect(findRegion('220171')).toBeUndefined(); // 长春经济技术开发区: not a GB/T 2260 division
    expect(findRegion('110105')).toBeUndefined(); // other provinces ship their province row only
  });
});

describe('childrenOf', () => {
  it('lists the 14 prefecture-level cities of 辽宁 and the 9 of 吉林', () => {
    const liaoning = childrenOf('210000');
    expect(liaoning).toHaveLength(14);
    expect(liaoning[0]?.code).toBe('210100');
    expect(liaoning[13]?.code).toBe('211400');
    const jilin = childrenOf('220000');
    expect(jilin).toHaveLength(9);
    expect(jilin.map((c) => c.name)).toContain('延边朝鲜族自治州');
  });

  it('lists the county-level divisions of a city', () => {
    const anshan = childrenOf('210300').map((c) => c.name);
    expect(anshan).toEqual(['铁东区', '铁西区', '立山区', '千山区', '台安县', '岫岩满族自治县', '海城市']);
  });

  it('has 100 county-level divisions in 辽宁 and 60 in 吉林', () => {
    const countCounties = (province: string) =>
      childrenOf(province).reduce((sum, city) => sum + childrenOf(city.code).length, 0);
    expect(countCounties('210000')).toBe(100);
    expect(countCounties('220000')).toBe(60);
  });

  it('is empty for counties and unknown codes', () => {
    expect(childrenOf('210302')).toEqual([]);
    expect(childrenOf('123456')).toEqual([]);
  });
});

describe('regionPath and regionFullName', () => {
  it('walks from the province down', () => {
    expect(regionPath('210302').map((r) => r.code)).toEqual(['210000', '210300', '210302']);
    expect(regionFullName('210302')).toBe('辽宁省鞍山市铁东区');
    expect(regionFullName('211000')).toBe('辽宁省辽阳市');
    expect(regionFullName('220000')).toBe('吉林省');
    expect(regionFullName('222401')).toBe('吉林省延边朝鲜族自治州延吉市');
  });

  it('is empty / undefined for an unknown code', () => {
    expect(regionPath('999999')).toEqual([]);
    expect(regionFullName('999999')).toBeUndefined();
  });
});

describe('provinceCodeOf', () => {
  it.each([
    ['210302', '210000'],
    ['222400', '220000'],
    ['810000', '810000'],
    ['219999', undefined],
  ])('finds the province of %s: %s (none for an unknown code)', (code, province) => {
    expect(provinceCodeOf(code)).toBe(province);
  });
});

describe('isWithinRegion', () => {
  it('a jurisdiction contains itself', () => {
    expect(isWithinRegion('210300', '210300')).toBe(true);
    expect(isWithinRegion('210000', '210000')).toBe(true);
  });

  it('contains its descendants', () => {
    expect(isWithinRegion('210302', '210300')).toBe(true);
    expect(isWithinRegion('210302', '210000')).toBe(true);
    expect(isWithinRegion('211000', '210000')).toBe(true);
  });

  it('does not contain siblings, ancestors or other provinces', () => {
    expect(isWithinRegion('210302', '211000')).toBe(false);
    expect(isWithinRegion('210300', '210302')).toBe(false);
    expect(isWithinRegion('220100', '210000')).toBe(false);
  });

  it('never matches unknown codes, even with a matching prefix', () => {
    expect(isWithinRegion('219999', '210000')).toBe(false);
    expect(isWithinRegion('210302', '219900')).toBe(false);
  });
});

describe('isProvincePrefix', () => {
  it('knows the province-level prefixes', () => {
    for (const p of '11 15 21 23 31 37 41 46 50 54 61 65 71 81 82'.split(' ')) {
      expect(isProvincePrefix(p)).toBe(true);
    }
  });

  it('rejects gaps and malformed input', () => {
    for (const p of '10 16 20 24 30 38 40 47 55 60 66 70 80 83 1 ab'.split(' ')) {
      expect(isProvincePrefix(p)).toBe(false);
    }
  });
});
