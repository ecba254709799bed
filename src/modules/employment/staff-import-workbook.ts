import { EMPLOYMENT_RELATIONS } from '../../domain/accounts/employment-relation';
import { INVITATION_STATES, STAFF_ROW_STATUSES } from '../../domain/accounts/staff-placement';
import { MAX_STAFF_ROWS, STAFF_ROW_COLUMNS } from '../../domain/accounts/staff-row';
import { addHeadedSheet, buildWorkbook, newWorkbook, workbookBytes } from '../../platform/excel';
import type { StaffReportRow } from './staff-import-report';

const WIDTHS: Record<(typeof STAFF_ROW_COLUMNS)[number], number> = {
  姓名: 12,
  身份证号码: 22,
  手机号码: 15,
  用工关系: 12,
  劳务派遣单位统一社会信用代码: 30,
  入职日期: 14,
};

// Typed into a General cell, Excel turns an ID number into 2.10302E+17 and drops digits. The date
// column stays General, so a typed date becomes a date cell, which is read as YYYY-MM-DD.
const TEXT_COLUMNS = new Set(['身份证号码', '手机号码', '劳务派遣单位统一社会信用代码']);

const TEMPLATE_COLUMNS = STAFF_ROW_COLUMNS.map((header) => ({
  header,
  width: WIDTHS[header],
  style: TEXT_COLUMNS.has(header) ? { numFmt: '@' } : {},
}));

const RELATION_NAMES = Object.values(EMPLOYMENT_RELATIONS);

const RULES = [
  '在“人员名单”工作表第一行表头下方逐行填写，每行一人；表头不要改动（列的顺序可以调整）。',
  '姓名：与居民身份证一致，2–50个字。',
  '身份证号码：18位居民身份证号码，须通过校验码检查；本列已设为文本格式，请勿改为数字格式。',
  '手机号码：本人的11位中国大陆手机号码。尚未注册账号的人员将收到注册邀请短信，请本人用身份证号码和该手机号完成实名注册；系统不保存此号码。',
  `用工关系：${RELATION_NAMES.join('、')}之一（可从下拉列表选择）。`,
  '劳务派遣单位统一社会信用代码：仅用工关系为“劳务派遣”时填写，该单位须已在系统注册并通过审核；其他人员留空。',
  '入职日期：YYYY-MM-DD（如2020-07-01），也可为Excel日期；不得晚于今天，入职时须年满16周岁。',
  `每个文件最多${MAX_STAFF_ROWS}人；同一身份证号码只能出现一次。`,
  '上传后先逐行校验：只要有一行有误，就不登记任何人员，并列出每一行的问题；改正后重新上传即可。',
  '系统中已有的人员（例如已自行注册）直接确认为本单位人员，不再发送邀请短信；已是本单位人员的不作变更，重复上传同一文件不会重复登记。',
];

const EXAMPLE = ['王某某', '11010519491231002X', '13800000000', '在编', '', '2020-07-01'];

/**
 * The bulk registration template (批量登记人员模板): the header alone on the first sheet — an
 * example row there would be registered by whoever forgets to delete it — with the ID, phone,
 * credit code and date columns formatted as text and a drop-down for the relation; the rules
 * and an example on a second sheet.
 */
export async function buildStaffImportTemplate(): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = addHeadedSheet(workbook, '人员名单', TEMPLATE_COLUMNS, { frozenHeader: true });
  const relationColumn = sheet.getColumn(STAFF_ROW_COLUMNS.indexOf('用工关系') + 1).letter;
  for (let row = 2; row <= MAX_STAFF_ROWS + 1; row++)
    sheet.getCell(`${relationColumn}${row}`).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${RELATION_NAMES.join(',')}"`],
      showErrorMessage: true,
      errorTitle: '用工关系',
      error: `请选择${RELATION_NAMES.join('、')}之一`,
    };

  const guide = addHeadedSheet(workbook, '填写说明', [{ header: '填写说明', width: 100 }], {
    frozenHeader: false,
  });
  for (const rule of RULES) guide.addRow([rule]);
  guide.addRow([]);
  guide.addRow(['填写示例（请勿复制到“人员名单”，示例身份证号码为国家标准中的样例）：']).font = {
    bold: true,
  };
  guide.addRow([STAFF_ROW_COLUMNS.join(' | ')]);
  guide.addRow([EXAMPLE.map((cell) => cell || '（空）').join(' | ')]);
  return workbookBytes(workbook);
}

/** The report of a check or an import as a workbook: one line per row of the file, in file order. */
export function buildStaffImportReport(rows: readonly StaffReportRow[]): Promise<Buffer> {
  return buildWorkbook(
    '登记结果',
    [
      { header: '行号', width: 8, value: (r) => r.row },
      { header: '姓名', width: 12, value: (r) => r.name },
      { header: '身份证号码', width: 22, value: (r) => r.idNumberMasked },
      { header: '用工关系', width: 10, value: (r) => (r.relation ? EMPLOYMENT_RELATIONS[r.relation] : null) },
      { header: '结果', width: 14, value: (r) => STAFF_ROW_STATUSES[r.status] },
      { header: '说明', width: 80, value: (r) => r.message },
      {
        header: '邀请短信',
        width: 12,
        value: (r) => (r.invitation ? INVITATION_STATES[r.invitation] : null),
      },
    ],
    rows,
  );
}
