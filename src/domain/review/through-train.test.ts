import { describe, expect, it } from 'vitest';
import { sessionDateProblems } from './committee-rules';
import { sessionDeadlineFor, throughTrainAgendaProblem, throughTrainCitation } from './through-train';

const LIAOYANG = { document: 'liaoyang-2023', clause: '五' };

describe('sessionDeadlineFor', () => {
  it("keeps the policy's annual deadline for an ordinary session and only the year for a through-train one", () => {
    expect(sessionDeadlineFor(false, '11-30')).toBe('11-30');
    expect(sessionDeadlineFor(true, '11-30')).toBe('12-31');
    expect(sessionDateProblems('2026-12-15', 2026, sessionDeadlineFor(false, '11-30'))[0]).toContain(
      '11月30日前完成',
    );
    expect(sessionDateProblems('2026-12-15', 2026, sessionDeadlineFor(true, '11-30'))).toEqual([]);
    expect(sessionDateProblems('2027-01-08', 2026, sessionDeadlineFor(true, '11-30'))[0]).toContain(
      '不允许跨年度',
    );
  });
});

describe('throughTrainAgendaProblem (单独评价)', () => {
  const tt = { number: 'LN2026000001', throughTrain: true };
  const ordinary = { number: 'LN2026000002', throughTrain: false };

  it('lets each application onto its own kind of session', () => {
    expect(throughTrainAgendaProblem(tt, true, LIAOYANG)).toBeNull();
    expect(throughTrainAgendaProblem(ordinary, false, LIAOYANG)).toBeNull();
  });

  it("refuses the other kind, naming the application and citing its governing document's clause", () => {
    expect(throughTrainAgendaProblem(tt, false, LIAOYANG)).toBe(
      '申报LN2026000001为民营企业职称评审“直通车”申报，须单独评价，只能列入直通车专场（liaoyang-2023 五）',
    );
    expect(throughTrainAgendaProblem(ordinary, true, LIAOYANG)).toMatch(
      /^申报LN2026000002不是民营企业职称评审“直通车”申报，不能列入直通车专场.*（liaoyang-2023 五）$/,
    );
  });

  it("cites the three city documents when the applicant's set opens no through-train", () => {
    expect(throughTrainAgendaProblem(ordinary, true, null)).toContain(
      '（anshan-2023 三；liaoyang-2023 五；liaoning-city-2025-draft 4）',
    );
  });
});

describe('throughTrainCitation', () => {
  it("finds the through-train pathway's clause, or none", () => {
    expect(
      throughTrainCitation([
        { pathway: 'regular', citation: { document: 'x', clause: '1' } },
        { pathway: 'through-train', citation: LIAOYANG },
      ]),
    ).toEqual(LIAOYANG);
    expect(throughTrainCitation([])).toBeNull();
  });
});
