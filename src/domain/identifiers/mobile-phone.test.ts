import { describe, expect, it } from 'vitest';
import { maskMobilePhone, normaliseMobilePhone } from './mobile-phone';

describe('a mainland mobile number', () => {
  it('is read with or without the country prefix and separators', () => {
    expect(normaliseMobilePhone('13812345678')).toBe('13812345678');
    expect(normaliseMobilePhone('+86 138-1234-5678')).toBe('13812345678');
    expect(normaliseMobilePhone('008619912345678')).toBe('19912345678');
  });

  it('is refused when it is a landline, too short, or not a mobile range', () => {
    for (const bad of ['02412345678', '1381234567', '138123456789', '12812345678', '1381234567x', ''])
      expect(normaliseMobilePhone(bad)).toBeNull();
  });

  it('is masked to its first three and last four digits', () => {
    expect(maskMobilePhone('13812345678')).toBe('138****5678');
  });
});
