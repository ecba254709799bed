import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { EXPERT_COLUMNS, parseExpertWorkbook } from './expert-import';

const ROW = {
  姓名: '王立新',
  身份证号码: '11010519491231002X',
  系列: '工程技术',
  层级: '正高级',
  专业: '通信工程',
  专业组: '通信',
  工作单位: '鞍山恒信通信工程有限公司',
  行政区划代码: '210302',
  民营企业: '是',
  聘期开始: '2026-01-01',
  聘期结束: '2028-12-31',
};

async function workbook(rows: Partial<typeof ROW>[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('专家');
  sheet.addRow([...EXPERT_COLUMNS]);
  for (const row of rows) {
    const values = { ...ROW, ...row };
    sheet.addRow(EXPERT_COLUMNS.map((column) => values[column]));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('the expert workbook', () => {
  it('refuses a row whose cell holds what the database cannot store (exceljs decodes _x0000_ and _xD800_)', async () => {
    const rows = await parseExpertWorkbook(
      await workbook([{}, { 姓名: '张_x0000_三' }, { 工作单位: '鞍山_xD800_公司', 专业: '通信_x0000_' }]),
    );
    expect(rows.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(rows[0]!.problems).toEqual([]);
    // What exceljs hands over does hold the characters: the check is not idle.
    expect(rows[1]!.input.name).toBe('张\u0000三');
    expect(rows[1]!.problems).toEqual([{ path: '姓名', message: expect.stringContaining('U+0000') }]);
    expect(rows[2]!.problems).toEqual([
      { path: '专业', message: expect.stringContaining('U+0000') },
      { path: '工作单位', message: expect.stringContaining('不成对的代理项') },
    ]);
  });
});
