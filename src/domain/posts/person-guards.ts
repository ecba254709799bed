/** Guards of the person and the record: the title of the level (or 先聘后评), special-post approval, reasons. */
import { isCalendarDate } from '../calendar';
import { levelName, levelRank } from '../catalogue';
import { POST_CLAUSES } from './guard-citations';
import { appointmentGuard, fail, PASS } from './guard-outcome';

export const titleForLevel = appointmentGuard('title-for-level', {
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
});

export const specialApproval = appointmentGuard('special-approval', {
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
});

export const changeReason = appointmentGuard('change-reason', {
  name: '降低岗位等级或解除聘用写明原因',
  basis: 'national',
  citations: POST_CLAUSES.change,
  check: ({ request }) =>
    request.reason?.trim()
      ? PASS
      : fail(request.kind === 'ending' ? '解除聘用须写明原因' : '降低岗位等级须写明原因'),
});
