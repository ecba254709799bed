import ExcelJS from 'exceljs';
import { spreadsheetValue } from '../../platform/excel';
import { planReviewContent } from './post-plan-review-content';
import type { presentPlans } from './post-plan-view';

type PlanView = ReturnType<typeof presentPlans>[number];

/** The sheet's four columns: label, value, label, and a wide one for running text. */
const WIDTH = 4;

/**
 * The 岗位设置审核表 of one plan as HR offices file it (content: post-plan-review-content.ts),
 * on one sheet of four columns. Every stored text goes through `spreadsheetValue`, so none
 * becomes a formula.
 */
export async function buildPlanReviewForm(plan: PlanView): Promise<Buffer> {
  const content = planReviewContent(plan);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '职评';
  const sheet = workbook.addWorksheet('岗位设置审核表');
  sheet.columns = [{ width: 18 }, { width: 22 }, { width: 18 }, { width: 40 }];
  const row = (...values: (string | number | null)[]) => {
    const padded = [...values, ...Array<string>(Math.max(0, WIDTH - values.length)).fill('')];
    return sheet.addRow(padded.map(spreadsheetValue));
  };
  const heading = (text: string) => {
    const added = row(text);
    sheet.mergeCells(added.number, 1, added.number, WIDTH);
    added.font = { bold: true };
    added.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
  };
  // A table narrower than the sheet keeps its running-text column in the wide last one.
  const cells = (values: readonly (string | number)[], wideLast = false) =>
    wideLast && values.length < WIDTH
      ? [...values.slice(0, -1), ...Array<string>(WIDTH - values.length).fill(''), values.at(-1)!]
      : values;

  const title = row(content.title);
  sheet.mergeCells(title.number, 1, title.number, WIDTH);
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center' };

  for (const line of content.facts) row(...line.flat());
  for (const table of content.tables) {
    heading(table.heading);
    row(...cells(table.columns, table.wideLast)).font = { bold: true };
    for (const values of table.rows) row(...cells(values, table.wideLast));
  }
  heading(content.decisions.heading);
  for (const line of content.decisions.lines) row(...line.flat());

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
