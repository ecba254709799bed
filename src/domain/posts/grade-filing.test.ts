import { describe, expect, it } from 'vitest';
import {
  ANSHAN,
  at,
  DRAFT,
  facts,
  failing,
  JILIN,
  LIAOYANG,
  person,
  request,
  START,
  unit,
} from './appointment.fixture';
import { checkAppointment } from './appointment-guards';
import {
  checkGradeFiling,
  type FilingCandidate,
  gradeFilingRouteFor,
  gradeFilingRoutes,
} from './grade-filing';
import { GRADE_FILING_TRANSITIONS, gradeFilingEvents, gradeFilingTransition } from './grade-filing-workflow';

const senior = (name: string, grade: 2 | 3 | 4, since = '2019-01-01'): FilingCandidate => ({
  name,
  current: at(grade, since),
  titleLevel: 'senior',
});
const keys = (problems: { key: string }[]) => problems.map((p) => p.key.replace('posts.grade-filing.', ''));

describe('which grades a set fills by a filing with the provincial bureau', () => {
  it('fills grade 2 from grade 3 in liaoyang (§十五) and the 2025 draft (#23), grades 3 and 2 after three years in Jilin (二(三))', () => {
    expect(gradeFilingRoutes(LIAOYANG.documents)).toEqual([
      expect.objectContaining({ targetGrade: 2, fromGrade: 3, clauseMonths: null }),
    ]);
    expect(gradeFilingRouteFor(LIAOYANG.documents, 2)!.citations.map((c) => [c.document, c.clause])).toEqual([
      ['liaoyang-2023', '十五'],
    ]);
    expect(gradeFilingRouteFor(DRAFT.documents, 2)!.citations.map((c) => c.clause)).toEqual(['23']);
    expect(
      gradeFilingRoutes(JILIN.documents).map((r) => [r.fromGrade, r.targetGrade, r.clauseMonths]),
    ).toEqual([
      [4, 3, 36],
      [3, 2, 36],
    ]);
    expect(gradeFilingRoutes(ANSHAN.documents)).toEqual([]);
  });
});

describe('checkGradeFiling', () => {
  const route = gradeFilingRouteFor(LIAOYANG.documents, 2)!;
  const jilin3 = gradeFilingRouteFor(JILIN.documents, 3)!;

  it('passes 正高 candidates at grade 3 within the grade-2 vacancy', () => {
    expect(checkGradeFiling([senior('甲', 3), senior('乙', 3)], { route, vacancy: 2, asOf: START })).toEqual(
      [],
    );
  });

  it('refuses a list longer than the vacancy, citing the clause', () => {
    const problems = checkGradeFiling([senior('甲', 3), senior('乙', 3)], { route, vacancy: 1, asOf: START });
    expect(problems).toEqual([
      {
        key: 'posts.grade-filing.quota',
        path: 'candidates',
        message: '参评人数2人超过本单位专业技术2级岗位空余数额1个，须在岗位数额内评定',
        citation: { document: 'liaoyang-2023', clause: '十五' },
      },
    ]);
  });

  it('refuses an empty list', () => {
    expect(keys(checkGradeFiling([], { route, vacancy: 1, asOf: START }))).toEqual(['candidates']);
  });

  it('names each candidate not at grade 3 or without a 正高 title', () => {
    const problems = checkGradeFiling(
      [
        { name: '丙', current: at(4), titleLevel: 'senior' },
        { name: '丁', current: at(3), titleLevel: 'associate-senior' },
        { name: '戊', current: null, titleLevel: null },
      ],
      { route, vacancy: 5, asOf: START },
    );
    expect(problems.map((p) => [p.key.replace('posts.grade-filing.', ''), p.path, p.message])).toEqual([
      [
        'current-grade',
        'candidates.0',
        '丙：申报专业技术2级岗位须现聘专业技术3级岗位（本人现聘专业技术4级）',
      ],
      ['senior-title', 'candidates.1', '丁：申报专业技术2级岗位须具备正高级职称（本人为副高级）'],
      [
        'current-grade',
        'candidates.2',
        '戊：申报专业技术2级岗位须现聘专业技术3级岗位（本人未聘用专业技术岗位）',
      ],
      ['senior-title', 'candidates.2', '戊：申报专业技术2级岗位须具备正高级职称（本人无相应职称）'],
    ]);
  });

  it('counts the interval the set states before grade 2, with its citation', () => {
    const interval = { value: 24, citation: { document: 'liaoning', clause: '测试' } };
    const problems = checkGradeFiling([senior('甲', 3, '2023-01-01')], {
      route,
      vacancy: 1,
      interval,
      asOf: START,
    });
    expect(problems).toEqual([
      expect.objectContaining({
        key: 'posts.grade-filing.tenure',
        message: '甲：须在专业技术3级岗位聘满24个月（自2023-01-01起，2025-01-01期满）',
        citation: interval.citation,
      }),
    ]);
  });

  it('holds Jilin candidates to three years at grade 4 before grade 3 (二(三))', () => {
    const context = { route: jilin3, vacancy: 3, asOf: '2024-06-01' };
    expect(checkGradeFiling([senior('甲', 4, '2021-06-01')], context)).toEqual([]);
    const early = checkGradeFiling([senior('乙', 4, '2021-06-02')], context);
    expect(early.map((p) => [p.key, p.citation])).toEqual([
      ['posts.grade-filing.tenure', { document: 'jilin-2022', clause: '二(三)' }],
    ]);
    expect(keys(checkGradeFiling([senior('丙', 3)], context))).toEqual(['current-grade']);
  });

  it('at the report counts only those passed against the vacancy, and wants every result', () => {
    const context = { route, vacancy: 1, asOf: START };
    const passedBoth = [
      { ...senior('甲', 3), passed: true },
      { ...senior('乙', 3), passed: true },
    ];
    expect(keys(checkGradeFiling(passedBoth, context, 'report'))).toEqual(['quota']);
    expect(
      checkGradeFiling(
        [
          { ...senior('甲', 3), passed: true },
          { ...senior('乙', 3), passed: false },
        ],
        context,
        'report',
      ),
    ).toEqual([]);
    expect(keys(checkGradeFiling([senior('甲', 3)], context, 'report'))).toEqual(['result']);
  });
});

describe('the grade filing workflow', () => {
  it('runs 评前沟通 → go-ahead → 评后报告 → 备案核准, the unit and the provincial bureau in turn', () => {
    expect(gradeFilingEvents('draft', ['unit'])).toEqual(['edit', 'communicate']);
    expect(gradeFilingEvents('communicated', ['approver'])).toEqual(['acknowledge', 'return']);
    expect(gradeFilingEvents('communicated', ['unit'])).toEqual([]);
    expect(gradeFilingEvents('acknowledged', ['unit'])).toEqual(['report']);
    expect(gradeFilingEvents('reported', ['approver'])).toEqual(['return', 'approve']);
    expect(gradeFilingEvents('reported', ['monitor'])).toEqual([]);
    expect(gradeFilingTransition('approve', 'reported', ['approver'])?.to).toBe('approved');
    expect(gradeFilingTransition('communicate', 'returned', ['unit'])?.to).toBe('communicated');
    expect(gradeFilingEvents('approved', ['unit', 'approver'])).toEqual([]);
    for (const t of GRADE_FILING_TRANSITIONS) expect(t.audit).toMatch(/^grade-filing\./);
  });
});

describe('the grade-filing appointment guard', () => {
  const u = unit({ 2: 1, 3: 2, 4: 1 }, { 3: 1 });
  const atThree = person({ current: at(3, '2018-01-01'), titleLevel: 'senior' });

  it('refuses grade 2 in liaoyang without an approved filing, with §十五', () => {
    const check = checkAppointment(request('within-level', 2), facts(atThree, u), LIAOYANG);
    expect(failing(check)).toEqual(['grade-filing']);
    expect(check.findings[0]!.citations).toEqual([
      expect.objectContaining({ document: 'liaoyang-2023', clause: '十五' }),
    ]);
  });

  it('passes it with the approved filing, noting the document number', () => {
    const filed = person({
      ...atThree,
      gradeFilings: [{ grade: 2, approvalDocument: '辽人社备〔2026〕3号' }],
    });
    const check = checkAppointment(request('within-level', 2), facts(filed, u), LIAOYANG);
    expect(check.allowed).toBe(true);
    expect(check.notes.map((n) => n.note)).toContain(
      '专业技术2级岗位评定已经省人社厅备案核准（辽人社备〔2026〕3号）',
    );
  });

  it('holds Jilin grade 3 to a filing too, and binds nowhere without the clauses (anshan)', () => {
    const atFour = person({ current: at(4, '2018-01-01'), titleLevel: 'senior' });
    expect(failing(checkAppointment(request('within-level', 3), facts(atFour, u), JILIN))).toEqual([
      'grade-filing',
    ]);
    expect(checkAppointment(request('within-level', 3), facts(atFour, u), LIAOYANG).applied).toContain(
      'posts.appointment.grade-filing',
    );
    expect(checkAppointment(request('within-level', 3), facts(atFour, u), LIAOYANG).allowed).toBe(true);
    expect(checkAppointment(request('within-level', 2), facts(atThree, u), ANSHAN).applied).not.toContain(
      'posts.appointment.grade-filing',
    );
  });
});
