/** Guards of the grade: it exists, fits the kind, follows the order of grades, and time (interval, retirement). */
import {
  levelName,
  levelOfPostGrade,
  levelRank,
  lowestGradeOf,
  postGradeName,
  postGradesOf,
} from '../catalogue';
import { addMonths } from '../policy/profile-facts';
import { POST_CLAUSES } from './guard-citations';
import { appointmentGuard, fail, isPromotion, PASS, sameLevel, withinLevelFrom } from './guard-outcome';

export const gradeExists = appointmentGuard('grade-exists', {
  name: '岗位等级存在且属于相应层级',
  basis: 'national',
  citations: POST_CLAUSES.grades,
  check: ({ grade, request }) => {
    if (request.level && !postGradesOf(request.level).includes(grade))
      return fail(
        `${levelName(request.level)}岗位为${postGradesOf(request.level).join('、')}级，没有${postGradeName(grade)}岗位`,
      );
    if (grade === 1 && request.kind !== 'special')
      return fail('专业技术一级岗位是国家专设的特级岗位，只能按特设岗位聘用');
    return PASS;
  },
});

export const kindFits = appointmentGuard('kind-fits', {
  name: '聘用类型与现聘岗位相符',
  basis: 'national',
  citations: POST_CLAUSES.grades,
  check: ({ request, facts, grade, level }) => {
    const current = facts.person.current;
    const held = current ? `现聘${postGradeName(current.grade)}岗位` : '未聘用专业技术岗位';
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
          : fail(`层级内晋升须聘用到本层级更高等级（本人${held}，拟聘${postGradeName(grade)}）`);
      case 'new-level': {
        const from = current ? levelOfPostGrade(current.grade) : undefined;
        return from && levelRank(level) > levelRank(from)
          ? PASS
          : fail(`晋升上一层级须聘用到高于现聘层级的岗位（本人${held}，拟聘${postGradeName(grade)}）`);
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
});

export const stepByStep = appointmentGuard('step-by-step', {
  name: '同一层级内逐级聘用',
  basis: 'seed',
  citations: POST_CLAUSES.stepByStep,
  check: ({ facts, grade }) => {
    const current = facts.person.current;
    if (!current || !sameLevel(current.grade, grade) || grade >= current.grade) return PASS;
    return grade === current.grade - 1
      ? PASS
      : fail(
          `同一层级内应逐级聘用：现聘${postGradeName(current.grade)}，只能聘用到${postGradeName(current.grade - 1)}，不能聘用到${postGradeName(grade)}`,
        );
  },
});

export const lowestGradeFirst = appointmentGuard('lowest-grade-first', {
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
          `首次聘用${levelName(level)}岗位或新调入的，应聘用到该层级最低等级${postGradeName(lowest)}，不能直接聘用到${postGradeName(grade)}`,
        );
  },
});

export const interval = appointmentGuard('interval', {
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
    // 原聘用资历 (2025-draft #23): the time at the same grade before joining the establishment.
    const prior = c.request.priorContractServiceMonths ?? 0;
    const priorCounted = prior > 0 && c.rules.priorContractService?.value === true;
    const months = Math.max(0, required.value - (honoured ? shortened : 0) - (priorCounted ? prior : 0));
    const due = addMonths(since, months);
    if (due <= c.request.startDate)
      return priorCounted
        ? {
            status: 'pass',
            note: `原聘用资历${prior}个月计入间隔时限`,
            citation: c.rules.priorContractService!.citation,
          }
        : PASS;
    const ignored =
      (shortened > 0 && !honoured ? '（本政策集未规定可缩短间隔，所报缩短月数不予计算）' : '') +
      (prior > 0 && !priorCounted ? '（本政策集未规定认可原聘用资历，所报月数不予计算）' : '') +
      (priorCounted ? `（已计入原聘用资历${prior}个月）` : '');
    return {
      status: 'wait',
      from: due,
      citation: required.citation,
      reason: `由${postGradeName(from)}晋升${postGradeName(c.grade)}须在${postGradeName(from)}聘满${months}个月（自${since}起），${due}起方可聘用${ignored}`,
    };
  },
});

export const retirement = appointmentGuard('retirement', {
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
});
