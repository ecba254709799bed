/** Guards of the plan and its quota: plan in force, vacancy and 退二进一, new staff, borrowing, conversion. */
import { levelName, type PostGrade, postGradeName, postGradesOf } from '../catalogue';
import { POST_CLAUSES } from './guard-citations';
import { appointmentGuard, fail, PASS } from './guard-outcome';
import { professionalVacancies } from './post-board';

export const planInForce = appointmentGuard('plan-in-force', {
  name: '岗位设置方案已核准并生效',
  basis: 'national',
  citations: POST_CLAUSES.plan,
  check: ({ facts, request }) => {
    const plan = facts.unit.plan;
    if (!plan?.approved) return fail('本单位没有已核准的岗位设置方案，不能按岗位数额聘用');
    if (request.startDate < plan.effectiveFrom)
      return fail(`聘用起始日期${request.startDate}早于岗位设置方案生效日期${plan.effectiveFrom}`);
    return PASS;
  },
});

export const vacancy = appointmentGuard('vacancy', {
  name: '在核定岗位数额内有空余岗位',
  basis: 'national',
  citations: [
    ...POST_CLAUSES.plan,
    ...POST_CLAUSES.quota,
    ...POST_CLAUSES.borrowOrTwoForOne,
    ...POST_CLAUSES.regularisation,
  ],
  check: ({ request, facts, grade, level, rules }) => {
    const row = facts.unit.board.grades.get(grade)!;
    if (row.vacant > 0) return PASS;
    const exceed = rules.regularisationMayExceedQuota;
    if (request.kind === 'regularisation' && exceed?.value)
      return {
        status: 'pass',
        note: '转正定级可适当超出本单位相应级别岗位数聘用',
        citation: exceed.citation,
      };
    const full = `${postGradeName(grade)}岗位核定${row.quota}个，已聘${row.occupied}个，没有空余`;
    const levelRow = facts.unit.board.levels.get(level)!;
    const perOne = rules.departuresPerAppointment;
    if (perOne && levelRow.netOver > 0) {
      if (facts.person.dualRole)
        return fail(`${full}；“双肩挑”岗位人员不适用“退二进一”政策`, perOne.citation);
      const { departures = 0, appointments = 0 } = facts.unit.overQuota ?? {};
      const allowed = Math.floor(departures / perOne.value);
      if (allowed > appointments)
        return {
          status: 'pass',
          note: `${levelName(level)}岗位超出核定数额，按“退${perOne.value}进一”聘用（减员${departures}人，可聘${allowed}人，已聘${appointments}人）`,
          citation: perOne.citation,
        };
      return fail(
        `${full}；${levelName(level)}岗位超出核定数额${levelRow.netOver}个，按“退${perOne.value}进一”减员${departures}人可聘${allowed}人，已聘${appointments}人`,
        perOne.citation,
      );
    }
    return fail(full);
  },
});

export const newStaffVacancy = appointmentGuard('new-staff-vacancy', {
  name: '没有空余岗位的，新增人员不聘用到专业技术岗位',
  basis: 'seed',
  citations: POST_CLAUSES.quota,
  check: ({ request, facts }) => {
    if (!facts.person.newStaff || request.institutionalReform) return PASS;
    return professionalVacancies(facts.unit.board) > 0
      ? PASS
      : fail(
          '本单位没有空余专业技术岗位，新增人员原则上不得聘用到专业技术岗位（因机构改革等特殊需要的除外）',
        );
  },
});

export const borrow = appointmentGuard('borrow', {
  name: '借用高级别空余岗位的条件',
  basis: 'parameter',
  citations: POST_CLAUSES.borrow,
  check: ({ request, facts, grade, level, rules }) => {
    const board = facts.unit.board;
    const from = request.borrowFromGrade;
    if (from === undefined || !Number.isInteger(from) || from < 2 || from >= grade)
      return fail(`借用岗位须注明高于${postGradeName(grade)}的被借用岗位等级（二级及以下）`);
    const lender = board.grades.get(from as PostGrade)!;
    const problems: string[] = [];
    if (board.grades.get(grade)!.vacant > 0)
      problems.push(`${postGradeName(grade)}尚有空余岗位，应直接聘用，无需借用`);
    if (lender.vacant === 0) problems.push(`被借用的${postGradeName(from)}岗位没有空余`);
    const general = rules.borrowHigherVacancy?.value === true;
    const exchange = facts.person.exchangeEntrant && rules.borrowExchangeSameSeries?.value === true;
    const allFull = postGradesOf(level).every((g) => board.grades.get(g)!.vacant === 0);
    if (general && allFull)
      return problems.length ? fail(problems.join('；'), rules.borrowHigherVacancy!.citation) : PASS;
    if (exchange) {
      // 2025-draft 22(6): only the person's own grade need be full, but the post lent must be of the same series.
      if (!request.series || request.series !== request.borrowFromSeries)
        problems.push('通过人员交流进入的人员只能借用同系列的上级岗位');
      return problems.length
        ? fail(problems.join('；'), rules.borrowExchangeSameSeries!.citation)
        : {
            status: 'pass',
            note: '通过人员交流进入，借用同系列上级岗位',
            citation: rules.borrowExchangeSameSeries!.citation,
          };
    }
    if (!general) return fail('本政策集未规定可借用高级别岗位聘用');
    problems.push(`${levelName(level)}各等级岗位尚未全部聘满，不能借用高级别岗位`);
    return fail(problems.join('；'), rules.borrowHigherVacancy!.citation);
  },
});

export const conversionScheme = appointmentGuard('conversion-scheme', {
  name: '转聘须有经主管部门同意的转聘方案',
  basis: 'seed',
  citations: POST_CLAUSES.conversion,
  check: ({ facts }) => {
    const problems: string[] = [];
    if (!facts.person.fromCategory) problems.push('转聘人员须为管理岗位或工勤技能岗位人员');
    if (!facts.unit.conversionSchemeApproved)
      problems.push('单位的转聘工作方案和标准条件尚未报经主管部门同意');
    return problems.length ? fail(problems.join('；')) : PASS;
  },
});
