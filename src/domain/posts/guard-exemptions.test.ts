import { describe, expect, it } from 'vitest';
import { ANSHAN, at, facts, failing, INTERVALS, JILIN, person, request, unit } from './appointment.fixture';
import { checkAppointment } from './appointment-guards';
import { postRulesFor } from './post-rules.fixture';

/** A Jilin set that states intervals between grades, so the exemption has a rule to waive. */
const JILIN_WITH_INTERVALS = postRulesFor('jilin-2022', INTERVALS);
const IN_2022 = '2022-06-01';
/** A plan in force since 2022; 中级 8/9/10 with one vacancy at each grade. */
const SINCE_2022 = { plan: { approved: true, effectiveFrom: '2022-01-01' } };
const OPEN = unit({ 8: 2, 9: 2, 10: 2 }, { 8: 1, 9: 1, 10: 1 }, SINCE_2022);
const COVID = { document: 'jilin-2022', clause: '二(三)' };
const commended = (over = {}) =>
  person({ current: at(9, '2021-09-01'), covidFrontlineCommended: true, ...over });
const noteOf = (check: ReturnType<typeof checkAppointment>) =>
  check.notes.find((n) => n.key === 'posts.appointment.covid-next-grade');

describe('jilin-2022 二(三): COVID-frontline staff appointed to the next grade within their level', () => {
  it('waives the interval for a commended 中级 holder in 2022, with the clause; without the claim the interval waits', () => {
    const promotion = request('within-level', 8, { startDate: IN_2022 });
    const check = checkAppointment(promotion, facts(commended(), OPEN), JILIN_WITH_INTERVALS);
    expect(check).toMatchObject({ allowed: true, findings: [] });
    expect(noteOf(check)).toMatchObject({ citations: [expect.objectContaining(COVID)] });
    expect(noteOf(check)!.note).toContain('不受间隔时限和逐级聘用的限制');

    const plain = checkAppointment(
      promotion,
      facts(person({ current: at(9, '2021-09-01') }), OPEN),
      JILIN_WITH_INTERVALS,
    );
    expect(plain).toMatchObject({ allowed: false, earliestDate: '2023-09-01' });
    expect(failing(plain)).toEqual(['interval']);
    expect(noteOf(plain)).toBeUndefined();
  });

  it('still needs the vacancy: the clause lifts the time and order rules only', () => {
    const full = unit({ 8: 1, 9: 2, 10: 2 }, { 8: 1, 9: 1, 10: 1 }, SINCE_2022);
    const check = checkAppointment(
      request('within-level', 8, { startDate: IN_2022 }),
      facts(commended(), full),
      JILIN_WITH_INTERVALS,
    );
    expect(failing(check)).toEqual(['vacancy']);
  });

  it('applies in the Jilin set as it stands (no interval stated there): allowed, with the note', () => {
    const check = checkAppointment(
      request('within-level', 8, { startDate: IN_2022 }),
      facts(commended(), OPEN),
      JILIN,
    );
    expect(check.allowed).toBe(true);
    expect(noteOf(check)!.note).not.toContain('不适用');
  });

  it('does not apply outside 2022, outside Jilin, to 正高 holders, or beyond the next grade: the guards decide, the note says why', () => {
    // [start date, rules, held grade, title, target grade, quotas (held one each), failing, why]
    const senior = unit({ 3: 1, 4: 1 }, { 4: 1 }, SINCE_2022);
    const cases = [
      ['2023-03-01', JILIN_WITH_INTERVALS, 9, 'intermediate', 8, OPEN, ['interval'], '不在其内'],
      [IN_2022, ANSHAN, 9, 'intermediate', 8, OPEN, ['interval'], '仅适用于吉林省'],
      // 正高 holders go by the provincial bureau's filing instead (二(三) 4→3→2: grade-filing.ts).
      [IN_2022, JILIN_WITH_INTERVALS, 4, 'senior', 3, senior, ['grade-filing'], '副高级及以下'],
      // Jilin states no step-by-step rule; the interval to grade 8 still waits.
      [IN_2022, JILIN_WITH_INTERVALS, 10, 'intermediate', 8, OPEN, ['interval'], '上一级岗位'],
    ] as const;
    for (const [startDate, rules, held, titleLevel, grade, board, failingKeys, why] of cases) {
      const check = checkAppointment(
        request('within-level', grade, { startDate }),
        facts(commended({ current: at(held, '2021-09-01'), titleLevel }), board),
        rules,
      );
      expect(failing(check), why).toEqual(failingKeys);
      expect(noteOf(check)!.note).toContain('不适用');
      expect(noteOf(check)!.note).toContain(why);
    }
  });
});
