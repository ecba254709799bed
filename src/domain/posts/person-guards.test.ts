import { describe, expect, it } from 'vitest';
import { ANSHAN, facts, failing, JILIN, LIAOYANG, person, request, unit } from './appointment.fixture';
import { checkAppointment } from './appointment-guards';

describe('title and special posts', () => {
  it('needs the title of the level, except 先聘后评 for introduced talent, which records the due date (liaoyang §七)', () => {
    const u = unit({ 7: 1 }, {});
    const expert = person({ titleLevel: null, introducedTalent: true });
    const later = checkAppointment(
      request('first', 7, { titleDueDate: '2025-12-31' }),
      facts(expert, u),
      LIAOYANG,
    );
    expect(later.allowed).toBe(true);
    expect(later.titleDueDate).toBe('2025-12-31');
    expect(failing(checkAppointment(request('first', 7), facts(expert, u), LIAOYANG))).toEqual([
      'title-for-level',
    ]);
    expect(
      checkAppointment(
        request('first', 7, { titleDueDate: '2025-12-31' }),
        facts(expert, u),
        ANSHAN,
      ).findings.map((f) => f.reason),
    ).toEqual(['聘用副高级岗位须具备副高级职称（本人无相应职称）']);
  });

  it('sets special posts outside the quota with a reason and an approval, grade 1 included (jilin 二(一))', () => {
    const full = unit({ 2: 0 }, {});
    const talent = person({ titleLevel: 'senior' });
    const bare = checkAppointment(request('special', 2), facts(talent, full), JILIN);
    expect(bare.findings.map((f) => f.reason)).toEqual([
      '特设岗位聘用须写明事由；特设岗位须经地市级以上人社部门批准，请填写批准文号',
    ]);
    const approved = request('special', 1, {
      reason: 'A类人才特设直聘',
      approvalDocument: '吉人社函〔2022〕1号',
    });
    const check = checkAppointment(approved, facts(talent, full), JILIN);
    expect(check.allowed).toBe(true);
    expect(check.applied).toEqual([
      'posts.appointment.grade-exists',
      'posts.appointment.special-approval',
      'posts.appointment.title-for-level',
    ]);
  });
});
