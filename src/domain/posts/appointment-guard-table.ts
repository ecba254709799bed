import { isCalendarDate } from '../calendar';
import {
  type Level,
  levelName,
  levelOfPostGrade,
  levelRank,
  lowestGradeOf,
  type PostGrade,
  postGradesOf,
} from '../catalogue';
import type { Citation } from '../policy/citation';
import { addMonths } from '../policy/profile-facts';
import type { AppointmentFacts, AppointmentRequest } from './appointment';
import { type ClauseCitation, POST_CLAUSES } from './guard-citations';
import { professionalVacancies } from './post-board';
import type { PostRules } from './post-rules';

/** What a guard sees: the request with its grade already known to be 1–13. */
export interface GuardContext {
  readonly request: AppointmentRequest;
  readonly grade: PostGrade;
  readonly level: Level;
  readonly facts: AppointmentFacts;
  readonly rules: PostRules;
}

/**
 * A guard's answer: `wait` when only time is missing (with the first day it would pass).
 * A pass may carry a note (e.g. the 退二进一 it used) and the due date of a 先聘后评 title;
 * `citation` names the parameter's clause when a policy figure decided it.
 */
export type GuardOutcome =
  | {
      readonly status: 'pass';
      readonly note?: string;
      readonly titleDueDate?: string;
      readonly citation?: Citation;
    }
  | { readonly status: 'fail'; readonly reason: string; readonly citation?: Citation }
  | { readonly status: 'wait'; readonly reason: string; readonly from: string; readonly citation?: Citation };

/**
 * One appointment rule as data. `basis` says where it binds: `national` everywhere;
 * `seed` only in a policy set whose chain holds one of its citations' documents (a Jilin unit
 * is not bound by a Liaoning city's clause); `parameter` where the set states the figure.
 */
export interface AppointmentGuard {
  readonly key: string;
  readonly name: string;
  readonly basis: 'national' | 'seed' | 'parameter';
  readonly citations: readonly ClauseCitation[];
  readonly check: (context: GuardContext) => GuardOutcome;
}

const PASS: GuardOutcome = { status: 'pass' };
const fail = (reason: string, citation?: Citation): GuardOutcome => ({
  status: 'fail',
  reason,
  ...(citation ? { citation } : {}),
});
const gradeName = (grade: number) => `专业技术${grade}级`;
const sameLevel = (a: PostGrade, b: PostGrade) => levelOfPostGrade(a) === levelOfPostGrade(b);

/** The person's current grade when the request is a promotion within its level. */
function withinLevelFrom(
  current: { grade: PostGrade } | null | undefined,
  grade: PostGrade,
): PostGrade | null {
  return current && sameLevel(current.grade, grade) && grade < current.grade ? current.grade : null;
}

/** A promotion: to a higher grade than held, or a first post at a level above the one held. */
function isPromotion(c: GuardContext): boolean {
  const current = c.facts.person.current;
  return current ? c.grade < current.grade : false;
}

const planInForce: AppointmentGuard = {
  key: 'posts.appointment.plan-in-force',
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
};

const gradeExists: AppointmentGuard = {
  key: 'posts.appointment.grade-exists',
  name: '岗位等级存在且属于相应层级',
  basis: 'national',
  citations: POST_CLAUSES.grades,
  check: ({ grade, request }) => {
    if (request.level && !postGradesOf(request.level).includes(grade))
      return fail(
        `${levelName(request.level)}岗位为${postGradesOf(request.level).join('、')}级，没有${gradeName(grade)}岗位`,
      );
    if (grade === 1 && request.kind !== 'special')
      return fail('专业技术一级岗位是国家专设的特级岗位，只能按特设岗位聘用');
    return PASS;
  },
};

const kindFits: AppointmentGuard = {
  key: 'posts.appointment.kind-fits',
  name: '聘用类型与现聘岗位相符',
  basis: 'national',
  citations: POST_CLAUSES.grades,
  check: ({ request, facts, grade, level }) => {
    const current = facts.person.current;
    const held = current ? `现聘${gradeName(current.grade)}岗位` : '未聘用专业技术岗位';
    switch (request.kind) {
      case 'first':
      case 'regularisation':
      case 'conversion':
        return current ? fail(`本人${held}，不是首次聘用专业技术岗位`) : PASS;
      case 'transfer-in':
        return current || !facts.person.newStaff
          ? fail(`调入聘用只适用于新调入、未在本单位聘用的人员（本人${held}）`)
          : PASS;
      case 'within-level':
        return withinLevelFrom(current, grade)
          ? PASS
          : fail(`层级内晋升须聘用到本层级更高等级（本人${held}，拟聘${gradeName(grade)}）`);
      case 'new-level': {
        const from = current ? levelOfPostGrade(current.grade) : undefined;
        return from && levelRank(level) > levelRank(from)
          ? PASS
          : fail(`晋升上一层级须聘用到高于现聘层级的岗位（本人${held}，拟聘${gradeName(grade)}）`);
      }
      case 'lowering':
        return current && grade > current.grade
          ? PASS
          : fail(`降低岗位等级须聘用到低于现聘等级的岗位（本人${held}）`);
      case 'ending':
        return current?.grade === grade ? PASS : fail(`解除聘用的岗位须为本人现聘岗位（本人${held}）`);
      default:
        return PASS;
    }
  },
};

const vacancy: AppointmentGuard = {
  key: 'posts.appointment.vacancy',
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
    const full = `${gradeName(grade)}岗位核定${row.quota}个，已聘${row.occupied}个，没有空余`;
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
};

const newStaffVacancy: AppointmentGuard = {
  key: 'posts.appointment.new-staff-vacancy',
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
};

const stepByStep: AppointmentGuard = {
  key: 'posts.appointment.step-by-step',
  name: '同一层级内逐级聘用',
  basis: 'seed',
  citations: POST_CLAUSES.stepByStep,
  check: ({ facts, grade }) => {
    const current = facts.person.current;
    if (!current || !sameLevel(current.grade, grade) || grade >= current.grade) return PASS;
    return grade === current.grade - 1
      ? PASS
      : fail(
          `同一层级内应逐级聘用：现聘${gradeName(current.grade)}，只能聘用到${gradeName(current.grade - 1)}，不能聘用到${gradeName(grade)}`,
        );
  },
};

const lowestGradeFirst: AppointmentGuard = {
  key: 'posts.appointment.lowest-grade-first',
  name: '首次聘用某一层级或新调入的，聘用到该层级最低等级',
  basis: 'seed',
  citations: POST_CLAUSES.lowestGrade,
  check: ({ facts, grade, level }) => {
    const current = facts.person.current;
    if (current && sameLevel(current.grade, grade)) return PASS;
    const lowest = lowestGradeOf(level);
    return grade === lowest
      ? PASS
      : fail(
          `首次聘用${levelName(level)}岗位或新调入的，应聘用到该层级最低等级${gradeName(lowest)}，不能直接聘用到${gradeName(grade)}`,
        );
  },
};

const interval: AppointmentGuard = {
  key: 'posts.appointment.interval',
  name: '层级内晋升满足间隔时限',
  basis: 'parameter',
  citations: POST_CLAUSES.interval,
  check: (c) => {
    const from = withinLevelFrom(c.facts.person.current, c.grade);
    const required = c.rules.intervalMonths.get(c.grade);
    if (!from || !required) return PASS;
    const since = c.facts.person.current!.since;
    const shortened = c.request.intervalShortenedMonths ?? 0;
    const honoured = shortened > 0 && c.rules.intervalShortenable?.value === true;
    const months = Math.max(0, required.value - (honoured ? shortened : 0));
    const due = addMonths(since, months);
    if (due <= c.request.startDate) return PASS;
    const ignored = shortened > 0 && !honoured ? '（本政策集未规定可缩短间隔，所报缩短月数不予计算）' : '';
    return {
      status: 'wait',
      from: due,
      citation: required.citation,
      reason: `由${gradeName(from)}晋升${gradeName(c.grade)}须在${gradeName(from)}聘满${months}个月（自${since}起），${due}起方可聘用${ignored}`,
    };
  },
};

const retirement: AppointmentGuard = {
  key: 'posts.appointment.retirement',
  name: '距规定退休时间不足规定月数的不得晋升',
  basis: 'parameter',
  citations: POST_CLAUSES.retirement,
  check: (c) => {
    const rule = c.rules.retirementBlockMonths;
    const retires = c.facts.person.retirementDate;
    if (!rule || !isPromotion(c) || !retires) return PASS;
    if (rule.value === null)
      return { status: 'pass', note: '本政策集已取消距退休不足半年不能晋升的限制', citation: rule.citation };
    return addMonths(c.request.startDate, rule.value) > retires
      ? fail(`距规定退休时间（${retires}）不足${rule.value}个月，不能晋升岗位等级`, rule.citation)
      : PASS;
  },
};

const titleForLevel: AppointmentGuard = {
  key: 'posts.appointment.title-for-level',
  name: '具备岗位层级相应的职称',
  basis: 'national',
  citations: [...POST_CLAUSES.title, ...POST_CLAUSES.appointBeforeTitle],
  check: ({ request, facts, level, rules }) => {
    const held = facts.person.titleLevel;
    if (held && levelRank(held) >= levelRank(level)) return PASS;
    const lacking = `聘用${levelName(level)}岗位须具备${levelName(level)}职称（本人${held ? `为${levelName(held)}` : '无相应职称'}）`;
    const later = rules.appointBeforeTitle;
    if (!later?.value || !facts.person.introducedTalent) return fail(lacking);
    // 先聘后评 (liaoyang §七): appointed now, the title evaluated later by a recorded date.
    const due = request.titleDueDate;
    if (!due || !isCalendarDate(due) || due <= request.startDate)
      return fail(`${lacking}；引进人才可先聘后评，须写明取得职称的期限（晚于聘用起始日期）`, later.citation);
    return {
      status: 'pass',
      titleDueDate: due,
      note: `先聘后评：应于${due}前取得${levelName(level)}职称`,
      citation: later.citation,
    };
  },
};

const borrow: AppointmentGuard = {
  key: 'posts.appointment.borrow',
  name: '借用高级别空余岗位的条件',
  basis: 'parameter',
  citations: POST_CLAUSES.borrow,
  check: ({ request, facts, grade, level, rules }) => {
    const board = facts.unit.board;
    const from = request.borrowFromGrade;
    if (from === undefined || !Number.isInteger(from) || from < 2 || from >= grade)
      return fail(`借用岗位须注明高于${gradeName(grade)}的被借用岗位等级（二级及以下）`);
    const lender = board.grades.get(from as PostGrade)!;
    const problems: string[] = [];
    if (board.grades.get(grade)!.vacant > 0)
      problems.push(`${gradeName(grade)}尚有空余岗位，应直接聘用，无需借用`);
    if (lender.vacant === 0) problems.push(`被借用的${gradeName(from)}岗位没有空余`);
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
};

const conversionScheme: AppointmentGuard = {
  key: 'posts.appointment.conversion-scheme',
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
};

const specialApproval: AppointmentGuard = {
  key: 'posts.appointment.special-approval',
  name: '特设岗位写明事由并经批准',
  basis: 'national',
  citations: POST_CLAUSES.special,
  check: ({ request }) => {
    const problems: string[] = [];
    if (!request.reason?.trim()) problems.push('特设岗位聘用须写明事由');
    if (!request.approvalDocument?.trim())
      problems.push('特设岗位须经地市级以上人社部门批准，请填写批准文号');
    return problems.length ? fail(problems.join('；')) : PASS;
  },
};

const changeReason: AppointmentGuard = {
  key: 'posts.appointment.change-reason',
  name: '降低岗位等级或解除聘用写明原因',
  basis: 'national',
  citations: POST_CLAUSES.change,
  check: ({ request }) =>
    request.reason?.trim()
      ? PASS
      : fail(request.kind === 'ending' ? '解除聘用须写明原因' : '降低岗位等级须写明原因'),
};

/** Every guard by key: the table the kinds list and the documentation's clause map refer to. */
export const APPOINTMENT_GUARDS = Object.fromEntries(
  [
    planInForce,
    gradeExists,
    kindFits,
    vacancy,
    newStaffVacancy,
    stepByStep,
    lowestGradeFirst,
    interval,
    retirement,
    titleForLevel,
    borrow,
    conversionScheme,
    specialApproval,
    changeReason,
  ].map((g) => [g.key, g]),
) as Readonly<Record<string, AppointmentGuard>>;
