import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { LEVEL_NAMES, type Level, listSeries } from '../../domain/catalogue';
import { TITLE_RECORD_COLUMNS, type TitleRecordProblem } from '../../domain/certificates/title-record';
import {
  addHeadedSheet,
  buildWorkbook,
  newWorkbook,
  spreadsheetText,
  workbookBytes,
} from '../../platform/excel';

const EXAMPLE_ROW = [
  '王某某',
  // The worked example of GB 11643 itself: valid, and nobody's.
  '11010519491231002X',
  '工程技术',
  '通信工程',
  '副高级',
  '高级工程师',
  '辽宁省工程技术高级职称评审委员会',
  '辽人社〔2015〕123号',
  '2015-12-31',
  '',
];

// ID and certificate numbers as text, so Excel keeps all their characters.
const TEMPLATE_COLUMNS = TITLE_RECORD_COLUMNS.map((header) => ({
  header,
  width: header === '评审机构' ? 34 : header === '身份证号码' || header === '发文文号' ? 22 : 14,
  style: header === '身份证号码' || header === '原证书编号' ? { numFmt: '@' } : {},
}));

const RULES = [
  '第一行为表头，列名须与模板一致（列的顺序可调整）；每行一条职称记录。',
  '身份证号码：18位居民身份证号码，须通过校验码检查；请以文本格式填写，避免Excel将其变为科学计数法。',
  '系列：填写系列名称（如“工程技术”）或2位系列代码（见右侧目录）。',
  `层级：${Object.values(LEVEL_NAMES).join('、')}之一；职称名称须为该系列该层级的职称（见右侧目录）。`,
  '取得资格日期：YYYY-MM-DD（也可为Excel日期格式）；不得早于1949年、不得晚于导入当日，且取得时年满16周岁。',
  '原证书编号：纸质证书的编号，没有可不填。',
  '同一人同一系列、层级、专业和取得资格日期只能有一行；重复导入同一文件时已导入的记录自动跳过。',
  '导入后每条记录生成电子证书编号（评委会代码000），可在证书查验中查询。第2行为示例，导入前请删除。',
];

/**
 * The import template (导入模板): the header with one example row — ID and certificate numbers
 * formatted as text so Excel keeps all 18 characters — and a sheet of rules and the catalogue.
 */
export async function buildTitleImportTemplate(): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = addHeadedSheet(workbook, '职称历史数据', TEMPLATE_COLUMNS, { frozenHeader: true });
  sheet.addRow(EXAMPLE_ROW);

  const guide = addHeadedSheet(
    workbook,
    '填写说明',
    [
      { header: '填写说明', width: 90 },
      { header: '系列代码', width: 10 },
      { header: '系列名称', width: 24 },
      ...(Object.values(LEVEL_NAMES) as string[]).map((name) => ({ header: name, width: 28 })),
    ],
    { frozenHeader: false },
  );
  const series = listSeries();
  const levels = Object.keys(LEVEL_NAMES) as Level[];
  for (let i = 0; i < Math.max(RULES.length, series.length); i++) {
    const s = series[i];
    guide.addRow([
      RULES[i] ?? '',
      s?.code ?? '',
      s?.shortName ?? '',
      ...levels.map((level) => s?.levels.find((l) => l.level === level)?.titles.join('、') ?? ''),
    ]);
  }
  return workbookBytes(workbook);
}

const REPORT_HEADERS = ['行号', '列', '问题'] as const;

/** The error report of a job: one line per problem — row, column, why — in file order. */
export function buildErrorReport(
  problems: readonly TitleRecordProblem[],
  note: string | null,
): Promise<Buffer> {
  const rows: TitleRecordProblem[] = note
    ? [...problems, { row: 0, column: '', message: note }]
    : [...problems];
  return buildWorkbook(
    '错误报告',
    [
      { header: REPORT_HEADERS[0], width: 10, value: (p) => (p.row > 0 ? p.row : null) },
      { header: REPORT_HEADERS[1], width: 16, value: (p) => p.column },
      { header: REPORT_HEADERS[2], width: 80, value: (p) => p.message },
    ],
    rows,
  );
}

/** An error report written to disk as problems are found (the CLI's `--errors`), .xlsx or .csv. */
export interface ErrorReportFile {
  add(problem: TitleRecordProblem): void;
  close(): Promise<void>;
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Opens a report file by its extension: .xlsx streamed row by row (a million bad rows fit), or
 * .csv with a BOM, which Excel needs to read UTF-8.
 */
export function openErrorReportFile(path: string): ErrorReportFile {
  if (/\.xlsx$/i.test(path)) {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true });
    const sheet = workbook.addWorksheet('错误报告');
    sheet.columns = [
      { header: REPORT_HEADERS[0], width: 10 },
      { header: REPORT_HEADERS[1], width: 16 },
      { header: REPORT_HEADERS[2], width: 80 },
    ];
    return {
      add: (p) => sheet.addRow([p.row, spreadsheetText(p.column), spreadsheetText(p.message)]).commit(),
      close: async () => {
        sheet.commit();
        await workbook.commit();
      },
    };
  }
  const out = fs.createWriteStream(path);
  out.write(`\uFEFF${REPORT_HEADERS.join(',')}\r\n`);
  return {
    add: (p) =>
      out.write(
        `${p.row},${csvField(spreadsheetText(p.column))},${csvField(spreadsheetText(p.message))}\r\n`,
      ),
    close: () =>
      new Promise((resolve, reject) => {
        out.on('error', reject);
        out.end(resolve);
      }),
  };
}
