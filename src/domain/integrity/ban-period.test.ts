import { describe, expect, it } from 'vitest';
import { bannedUntilOf, isBannedOn, laterBan } from './ban-period';

describe('the application ban of a fraud finding', () => {
  it('lasts exactly the configured years, the decision day and the last day both banned', () => {
    expect(bannedUntilOf('2026-03-02', 3)).toBe('2029-03-01');
    expect(bannedUntilOf('2026-01-01', 3)).toBe('2028-12-31');
    // 29 February has no twin in a common year: three years from it end on 27 February.
    expect(bannedUntilOf('2024-02-29', 3)).toBe('2027-02-27');
  });

  it('refuses an impossible date or a ban of no years', () => {
    expect(() => bannedUntilOf('2026-02-30', 3)).toThrow();
    expect(() => bannedUntilOf('2026-03-02', 0)).toThrow();
  });

  it('holds through its last day and keeps the later of two bans', () => {
    expect(isBannedOn('2029-03-01', '2029-03-01')).toBe(true);
    expect(isBannedOn('2029-03-01', '2029-03-02')).toBe(false);
    expect(isBannedOn(null, '2026-03-02')).toBe(false);
    expect(laterBan('2027-01-01', '2029-03-01')).toBe('2029-03-01');
    expect(laterBan(null, '2029-03-01')).toBe('2029-03-01');
    expect(laterBan('2027-01-01', null)).toBe('2027-01-01');
    expect(laterBan(null, undefined)).toBeNull();
  });
});
