/** The appointment guard of grades filled by a filing with the provincial HR bureau (二级岗位评定备案; Jilin 4→3→2). */
import { postGradeName } from '../catalogue';
import { gradeFilingRouteFor } from './grade-filing';
import { POST_CLAUSES } from './guard-citations';
import { appointmentGuard, fail, isPromotion, PASS } from './guard-outcome';

/**
 * A promotion to a grade the set fills by a filing passes only with the provincial bureau's
 * approved filing naming the person as passed (liaoyang-2023 §十五 "报省人社厅备案", 2025 #23
 * "备案核准", jilin-2022 二(三) "由省人力资源和社会保障厅…评定"). It binds where one of those
 * documents is in the set's chain, for the grades that set fills this way.
 */
export const gradeFiling = appointmentGuard('grade-filing', {
  name: '聘用二级岗位（吉林：三级、二级岗位）须经省人社厅备案核准',
  basis: 'seed',
  citations: POST_CLAUSES.gradeFiling,
  check: (c) => {
    const route = gradeFilingRouteFor(c.rules.documents, c.grade);
    if (!route || !isPromotion(c)) return PASS;
    const approved = c.facts.person.gradeFilings?.find((f) => f.grade === c.grade);
    if (approved)
      return {
        status: 'pass',
        note: `${postGradeName(c.grade)}岗位评定已经省人社厅备案核准（${approved.approvalDocument}）`,
      };
    return fail(
      `聘用到${postGradeName(c.grade)}岗位须先经评定并报省人社厅备案核准，本人没有已核准的${postGradeName(c.grade)}岗位评定备案`,
    );
  },
});
