import ExcelJS from 'exceljs';
import { todayInShanghai } from '../../domain/calendar';
import {
  levelName,
  levelOfPostGrade,
  POST_GRADES,
  postGradeName,
  REGION_TIER_NAMES,
  type RegionTier,
} from '../../domain/catalogue';
import { POST_CATEGORIES, POST_CATEGORY_NAMES, type PostCategory } from '../../domain/posts/post-plan';
import { spreadsheetValue } from '../../platform/excel';
import type { presentPlans } from './post-plan-view';

type PlanView = ReturnType<typeof presentPlans>[number];

const shanghaiDay = (iso: string) => todayInShanghai(new Date(iso));
const share = (part: number, whole: number) =>
  whole > 0 ? `${Math.round((part / whole) * 1000) / 10}%` : '';

/**
 * The 岗位设置审核表 of one plan as HR offices file it: the unit's figures, the three
 * categories with their shares, the quota of every professional grade by level, the special
 * posts, each failing rule of the check with its citation, and the department's and HR's
 * decisions. Every stored text goes through `spreadsheetValue`, so none becomes a formula.
 */
export async function buildPlanReviewForm(plan: PlanView): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '职评';
  const sheet = workbook.addWorksheet('岗位设置审核表');
  sheet.columns = [{ width: 18 }, { width: 22 }, { width: 18 }, { width: 40 }];
  const row = (...values: (string | number | null)[]) => sheet.addRow(values.map(spreadsheetValue));
  const heading = (text: string) => {
    const added = row(text);
    sheet.mergeCells(added.number, 1, added.number, 4);
    added.font = { bold: true };
    added.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
  };
  const header = (...labels: string[]) => {
    row(...labels).font = { bold: true };
  };

  const title = row('事业单位岗位设置审核表');
  sheet.mergeCells(title.number, 1, title.number, 4);
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center' };

  const total = POST_CATEGORIES.reduce((n, c) => n + plan.totals[c], 0);
  row('单位名称', plan.unit.name, '方案版本', `第${plan.version}版（${plan.stateName}）`);
  row(
    '经费形式',
    plan.fundingName,
    '隶属层级',
    REGION_TIER_NAMES[plan.regionTier as RegionTier] ?? plan.regionTier,
  );
  row('编制数', plan.staffingQuota, '生效日期', plan.effectiveFrom);
  row('岗位总量', total, '主体岗位', POST_CATEGORY_NAMES[plan.mainCategory as PostCategory]);
  row(
    '公益服务',
    plan.publicService ? '主要以专业技术提供公益服务' : '否',
    '最高等级',
    plan.highestGrade ? postGradeName(plan.highestGrade) : '未核定',
  );

  heading('岗位结构');
  header('岗位类别', '岗位数', '占岗位总量', '');
  for (const category of POST_CATEGORIES)
    row(POST_CATEGORY_NAMES[category], plan.totals[category], share(plan.totals[category], total), '');

  heading('专业技术岗位等级');
  header('层级', '等级', '岗位数', '占专业技术岗位');
  const quotas = new Map(plan.gradeQuotas.map((g) => [g.grade, g.quota]));
  for (const grade of POST_GRADES) {
    const quota = quotas.get(grade) ?? 0;
    row(
      levelName(levelOfPostGrade(grade)!),
      postGradeName(grade),
      quota,
      share(quota, plan.totals.professional),
    );
  }

  heading('特设岗位（不占岗位总量和结构比例）');
  header('等级', '数量', '依据', '设置事由');
  if (plan.specialPosts.length === 0) row('无', '', '', '');
  for (const line of plan.specialPosts)
    row(postGradeName(line.grade), line.count, line.citation ?? '', line.reason);

  heading(`政策检查（${plan.check.policy.name}）`);
  header('规则', '依据', '', '不符合的情况');
  if (plan.check.problems.length === 0) row('符合各项规定', '', '', '');
  for (const problem of plan.check.problems)
    row(problem.key, `${problem.citation.document} ${problem.citation.clause}`, '', problem.message);

  heading('审核意见');
  row('主管部门审核', plan.reviewedAt ? `审核通过（${shanghaiDay(plan.reviewedAt)}）` : '', '', '');
  row(
    '人社部门审批',
    plan.approvedAt ? `批准（${shanghaiDay(plan.approvedAt)}）` : '',
    '批复文号',
    plan.approvalDocument ?? '',
  );
  if (plan.returnReasons.length > 0) row('退回意见', '', '', plan.returnReasons.join('；'));

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
