import ExcelJS from 'exceljs';
import { LEVEL_NAMES, type Level, listSeries } from '../../domain/catalogue';
import { AppError, type FieldProblem } from '../../domain/errors';
import { unstorableTextReason } from '../../domain/storable-text';
import type { ExpertInput } from './expert-input';

/** The columns of the import template, in order; the header row must name them. */
export const EXPERT_COLUMNS = [
  '姓名',
  '身份证号码',
  '系列',
  '层级',
  '专业',
  '专业组',
  '工作单位',
  '行政区划代码',
  '民营企业',
  '聘期开始',
  '聘期结束',
] as const;

export interface ParsedExpertRow {
  row: number;
  input: ExpertInput & { idNumber: string };
  group: string;
  problems: FieldProblem[];
}

function text(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'text' in value) return String(value.text).trim();
  if (typeof value === 'object' && 'result' in value) return String(value.result ?? '').trim();
  return String(value).trim();
}

/** A date cell: a real Excel date (read as UTC midnight) or text like 2026-01-01 / 2026/1/1. */
function dateText(value: ExcelJS.CellValue): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text(value));
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : text(value);
}

const SERIES_BY_NAME = new Map(
  listSeries().flatMap((s) => [
    [s.name, s.slug],
    [s.shortName, s.slug],
    [s.slug, s.slug],
  ]),
);
const LEVEL_BY_NAME = new Map(
  (Object.entries(LEVEL_NAMES) as [Level, string][]).flatMap(([code, name]) => [
    [name, code],
    [code, code],
  ]),
);

/**
 * Reads the first sheet of an expert workbook (HR offices keep their rosters in Excel): one
 * expert per row under a header naming `EXPERT_COLUMNS`. Rows are returned with their own
 * problems; the caller imports the good ones and reports the rest.
 */
export async function parseExpertWorkbook(bytes: Buffer): Promise<ParsedExpertRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('invalid', 'NOT_A_WORKBOOK', '文件不是有效的Excel（.xlsx）工作簿');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('invalid', 'EMPTY_WORKBOOK', '工作簿中没有工作表');
  const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(text);
  const missing = EXPERT_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0)
    throw new AppError(
      'invalid',
      'TEMPLATE_MISMATCH',
      `表头缺少以下列：${missing.join('、')}（请使用专家导入模板）`,
    );
  const col = (name: (typeof EXPERT_COLUMNS)[number]) => header.indexOf(name) + 1;
  const rows: ParsedExpertRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const cell = (name: (typeof EXPERT_COLUMNS)[number]) => row.getCell(col(name)).value;
    const seriesName = text(cell('系列'));
    const levelText = text(cell('层级'));
    const problems: FieldProblem[] = [];
    // A cell the database could not store (a NUL, e.g. written as _x0000_) refuses the row.
    for (const column of EXPERT_COLUMNS) {
      const reason = unstorableTextReason(text(cell(column)));
      if (reason) problems.push({ path: column, message: reason });
    }
    const series = SERIES_BY_NAME.get(seriesName);
    if (!series) problems.push({ path: '系列', message: `“${seriesName}”不在职称系列目录中` });
    const level = LEVEL_BY_NAME.get(levelText);
    if (!level)
      problems.push({ path: '层级', message: `“${levelText}”应为正高级、副高级、中级、助理级或员级` });
    const privateText = text(cell('民营企业'));
    if (!['是', '否', ''].includes(privateText))
      problems.push({ path: '民营企业', message: '应填“是”或“否”' });
    const idNumber = text(cell('身份证号码')).toUpperCase();
    if (idNumber === '')
      problems.push({ path: '身份证号码', message: '导入须填写身份证号码（用于识别同一专家）' });
    rows.push({
      row: number,
      group: text(cell('专业组')) || text(cell('专业')),
      input: {
        name: text(cell('姓名')),
        idNumber,
        series: series ?? seriesName,
        level: level ?? levelText,
        specialty: text(cell('专业')),
        unitName: text(cell('工作单位')),
        regionCode: text(cell('行政区划代码')),
        privateSector: privateText === '是',
        termFrom: dateText(cell('聘期开始')),
        termTo: dateText(cell('聘期结束')),
      },
      problems,
    });
  });
  return rows;
}
