import { fieldsOf, type PdfSection, renderFormPdf } from '../../platform/pdf';
import { planReviewContent, type ReviewField } from './post-plan-review-content';
import type { presentPlans } from './post-plan-view';

type PlanView = ReturnType<typeof presentPlans>[number];

const asFields = (lines: readonly (readonly ReviewField[])[]) =>
  lines.flat().map(([label, value]) => ({ label, value: String(value) }));

/**
 * The 岗位设置审核表 of one plan as a printable PDF: the same content as the workbook
 * (post-plan-review-content.ts) in the project's form layout, with boxes for the unit's, the
 * department's and the HR bureau's opinions and stamps.
 */
export function renderPlanReviewPdf(plan: PlanView): Promise<Uint8Array> {
  const content = planReviewContent(plan);
  const sections: PdfSection[] = [
    { heading: '单位基本情况', columns: 2, fields: asFields(content.facts) },
    ...content.tables.map((t) => ({
      heading: t.heading,
      table: {
        // A column of running text takes what the short ones leave.
        columns: t.columns.map((title, i) =>
          t.wideLast && i < t.columns.length - 1 ? { title, width: 130 } : { title },
        ),
        rows: t.rows.map((r) => r.map(String)),
      },
    })),
    { heading: content.decisions.heading, columns: 2, fields: asFields(content.decisions.lines) },
  ];
  return renderFormPdf({
    title: content.title,
    meta: fieldsOf({ 单位名称: plan.unit.name, 方案版本: `第${plan.version}版` }),
    sections,
    signatures: ['单位意见（盖章）：', '主管部门意见（盖章）：', '人社部门意见（盖章）：'],
    footer: `职评 zhiping · ${plan.unit.name}岗位设置审核表`,
  });
}
