import { describe, expect, it } from 'vitest';
import { checkPhone, isRealName, maskPhone } from './complainant-contact';
import { complaintReference, idPrefixOfReference } from './complaint-reference';

describe("a complainant's contact", () => {
  it('takes mainland mobiles and landlines with their area code, normalised', () => {
    expect(checkPhone('138 0013 8000')).toEqual({ valid: true, phone: '13800138000' });
    expect(checkPhone('024-23456789')).toEqual({ valid: true, phone: '024-23456789' });
    expect(checkPhone('01087654321')).toEqual({ valid: true, phone: '010-87654321' });
    expect(checkPhone('0412 5551234')).toEqual({ valid: true, phone: '0412-5551234' });
  });

  it('refuses what cannot be called back, saying what is expected', () => {
    for (const bad of ['', '12800138000', '1380013800', '23456789', '024-1234', 'abc13800138000']) {
      const result = checkPhone(bad);
      expect(result.valid, bad).toBe(false);
      if (!result.valid) expect(result.reason).toMatch(/手机号码|数字/);
    }
  });

  it('masks mobiles and landlines for lists', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
    expect(maskPhone('024-23456789')).toBe('024-****6789');
    expect(maskPhone('0412-5551234')).toBe('0412-***1234');
  });

  it('accepts real-looking names only', () => {
    for (const name of ['王伟', '阿依古丽·买买提', 'John Smith', "O'Neil"])
      expect(isRealName(name), name).toBe(true);
    for (const name of ['王', '匿名123', '·王伟', 'x', '群众'.repeat(16)])
      expect(isRealName(name), name).toBe(false);
  });

  it('gives a reference that leads back to the record', () => {
    const id = '1a2b3c4d-0000-4000-8000-000000000000';
    const reference = complaintReference(id, '2026-03-02');
    expect(reference).toBe('TS20260302-1A2B3C4D');
    expect(idPrefixOfReference(reference)).toBe('1a2b3c4d');
    expect(idPrefixOfReference('ts202603021a2b3c4d')).toBe('1a2b3c4d');
    expect(idPrefixOfReference('投诉')).toBeNull();
  });
});
