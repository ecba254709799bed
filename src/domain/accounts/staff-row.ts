/**
 * One row of a unit's bulk registration of its staff (单位批量登记人员, DOMAIN §14): checked
 * column by column, every problem of a row at once, and duplicates within the file named, so
 * the HR office fixes its spreadsheet in one pass.
 */
import { isCalendarDate } from '../calendar/calendar-date';
import { normaliseDateText } from '../certificates/title-record';
import { normaliseMobilePhone, validateCreditCode, validateIdNumber } from '../identifiers';
import { unstorableTextReason } from '../storable-text';
import { readTemplateHeader } from '../template-header';
import { EMPLOYMENT_RELATIONS, type EmploymentRelation } from './employment-relation';

/** The template's columns, in order; the header row must name every one of them. */
export const STAFF_ROW_COLUMNS = [
  '姓名',
  '身份证号码',
  '手机号码',
  '用工关系',
  '劳务派遣单位统一社会信用代码',
  '入职日期',
] as const;

export type StaffRowColumn = (typeof STAFF_ROW_COLUMNS)[number];

/** A row as read from the file: each column's text, untrimmed. */
export type RawStaffRow = Record<StaffRowColumn, string>;

/** A valid row, normalised. */
export interface StaffRow {
  name: string;
  /** Upper-case, no spaces. */
  idNumber: string;
  gender: 'male' | 'female';
  birthDate: string;
  /** The bare 11 digits. */
  phone: string;
  relation: EmploymentRelation;
  /** Upper-case; only for 劳务派遣. */
  agencyCreditCode: string | null;
  /** YYYY-MM-DD. */
  startedOn: string;
}

export interface StaffRowProblem {
  column: StaffRowColumn;
  message: string;
}

/** One data row after checking: its spreadsheet row number (the header is row 1) and the outcome. */
export type CheckedStaffRow =
  | { row: number; raw: RawStaffRow; ok: true; record: StaffRow }
  | { row: number; raw: RawStaffRow; ok: false; problems: StaffRowProblem[] };

/** Rows one upload may hold: a large hospital's staff, and a request that still ends in seconds. */
export const MAX_STAFF_ROWS = 5000;

/** A person is employed from this age (劳动法 第十五条). */
export const MINIMUM_WORKING_AGE = 16;

// The width of persons.name; registration takes the same characters.
// As registration allows: a longer name could be imported but never claimed.
const NAME_MAX = 30;
const NAME_CHARACTERS = /^[\p{Script=Han}·•A-Za-z\s]+$/u;

const RELATION_BY_TEXT: ReadonlyMap<string, EmploymentRelation> = new Map(
  (Object.entries(EMPLOYMENT_RELATIONS) as [EmploymentRelation, string][]).flatMap(([code, name]) => [
    [name, code],
    [code, code],
  ]),
);

const RELATION_LIST = Object.values(EMPLOYMENT_RELATIONS).join('、');

export type StaffHeader =
  | { ok: true; rowOf(cells: readonly string[]): RawStaffRow }
  | { ok: false; missing: StaffRowColumn[] };

/** Finds the template's columns in a header row (domain/template-header.ts) and reads rows by it. */
export function readStaffHeader(header: readonly string[]): StaffHeader {
  const found = readTemplateHeader(header, STAFF_ROW_COLUMNS, (column) => column);
  return found.ok ? { ok: true, rowOf: found.read } : found;
}

function nameProblem(name: string): string | null {
  if (name === '') return '请填写姓名';
  const length = [...name].length;
  if (length < 2 || length > NAME_MAX) return `姓名应为2–${NAME_MAX}个字`;
  return NAME_CHARACTERS.test(name) ? null : '姓名只能包含汉字、字母和间隔号';
}

type IdCheck = { id: { birthDate: string; gender: 'male' | 'female' } } | { message: string };

function checkIdNumber(text: string, today: string): IdCheck {
  if (text === '') return { message: '请填写身份证号码' };
  // Excel shows an 18-digit number typed into a General cell as 2.10302E+17; copied out, that is the text.
  if (/^\d(\.\d+)?E\+\d+$/i.test(text))
    return { message: '身份证号码被Excel存成了数字（科学计数法），请将该列设为文本格式后重新填写' };
  const id = validateIdNumber(text, today);
  if (id.valid) return { id };
  // Excel keeps 15 significant digits of a number: the last three of an ID number become 000.
  if (/^\d{15}000$/.test(text))
    return {
      message: `${id.reason}（可能被Excel存成了数字，末几位变成了0：请将该列设为文本格式后重新填写）`,
    };
  return { message: id.reason };
}

// Excel's day numbers: day 1 is 1900-01-01 and, after its phantom 1900-02-29, day 0 is 1899-12-30.
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A date written as text (see normaliseDateText) or as Excel's day number, which a date cell
 * pasted into a text-formatted column leaves behind (43174 is 2018-03-15); null for neither.
 */
export function staffDateText(text: string): string | null {
  const serial = /^(\d{5})(\.0+)?$/.exec(text);
  if (serial) return new Date(EXCEL_EPOCH + Number(serial[1]) * 86_400_000).toISOString().slice(0, 10);
  return normaliseDateText(text);
}

function startedOnProblem(text: string, today: string, birthDate: string | null): string | null {
  if (text === '') return '请填写入职日期';
  const date = staffDateText(text);
  if (date === null) return '日期格式应为YYYY-MM-DD（如2020-07-01）';
  if (!isCalendarDate(date)) return `“${text.slice(0, 20)}”不是有效的日期`;
  if (date > today) return '入职日期不能晚于今天';
  if (birthDate !== null) {
    // Fixed-width ISO strings compare as dates.
    const sixteenth = `${Number(birthDate.slice(0, 4)) + MINIMUM_WORKING_AGE}${birthDate.slice(4)}`;
    if (date < sixteenth) return `入职时未满${MINIMUM_WORKING_AGE}周岁（按身份证号码中的出生日期）`;
  }
  return null;
}

/**
 * Validates one row against the identifier rules and the calendar; `today` (YYYY-MM-DD, in
 * China) bounds the dates. A cell the database could not store (a NUL or a lone surrogate) is
 * reported as such and stands for every other problem of its column.
 */
export function validateStaffRow(raw: RawStaffRow, today: string): { record: StaffRow } | StaffRowProblem[] {
  const problems: StaffRowProblem[] = [];
  const unstorable = new Set<StaffRowColumn>();
  for (const column of STAFF_ROW_COLUMNS) {
    const reason = unstorableTextReason(raw[column]);
    if (reason === null) continue;
    unstorable.add(column);
    problems.push({ column, message: reason });
  }
  const add = (column: StaffRowColumn, message: string | null) => {
    if (message !== null && !unstorable.has(column)) problems.push({ column, message });
  };

  const name = raw.姓名.trim().replace(/\s+/g, ' ');
  add('姓名', nameProblem(name));

  const idNumber = raw.身份证号码.replace(/\s+/g, '').toUpperCase();
  const idCheck = checkIdNumber(idNumber, today);
  add('身份证号码', 'message' in idCheck ? idCheck.message : null);
  const id = 'id' in idCheck ? idCheck.id : null;

  const phoneText = raw.手机号码.trim();
  const phone = phoneText === '' ? null : normaliseMobilePhone(phoneText);
  add('手机号码', phoneText === '' ? '请填写手机号码' : phone ? null : '应为11位中国大陆手机号码');

  const relationText = raw.用工关系.trim();
  const relation = RELATION_BY_TEXT.get(relationText);
  add(
    '用工关系',
    relationText === '' ? '请填写用工关系' : relation ? null : `用工关系应为${RELATION_LIST}之一`,
  );

  const agencyText = raw.劳务派遣单位统一社会信用代码.replace(/\s+/g, '').toUpperCase();
  let agencyProblem: string | null = null;
  if (relation === 'dispatch') {
    if (agencyText === '') agencyProblem = '劳务派遣人员须填写劳务派遣单位的统一社会信用代码';
    else {
      const code = validateCreditCode(agencyText);
      if (!code.valid) agencyProblem = `统一社会信用代码无效：${code.reason}`;
    }
  } else if (agencyText !== '' && relation) {
    agencyProblem = '仅劳务派遣人员填写此列，请清空或将用工关系改为劳务派遣';
  }
  add('劳务派遣单位统一社会信用代码', agencyProblem);

  const startedText = raw.入职日期.trim();
  add('入职日期', startedOnProblem(startedText, today, id?.birthDate ?? null));

  if (problems.length > 0 || !id || !phone || !relation) return problems;
  return {
    record: {
      name,
      idNumber,
      gender: id.gender,
      birthDate: id.birthDate,
      phone,
      relation,
      agencyCreditCode: relation === 'dispatch' ? agencyText : null,
      startedOn: staffDateText(startedText)!,
    },
  };
}

/**
 * Checks every row of a file and refuses a repeated ID number at its second row: one person
 * is one row, so two rows could only disagree.
 */
export function checkStaffRows(
  rows: readonly { row: number; raw: RawStaffRow }[],
  today: string,
): CheckedStaffRow[] {
  const firstRowOf = new Map<string, number>();
  return rows.map(({ row, raw }) => {
    const checked = validateStaffRow(raw, today);
    const problems = Array.isArray(checked) ? checked : [];
    // A valid ID number counts as seen even when other cells of its row are wrong.
    if (!problems.some((p) => p.column === '身份证号码')) {
      const idNumber = raw.身份证号码.replace(/\s+/g, '').toUpperCase();
      const earlier = firstRowOf.get(idNumber);
      if (earlier === undefined) firstRowOf.set(idNumber, row);
      else
        problems.push({
          column: '身份证号码',
          message: `与第${earlier}行的身份证号码重复，同一人只能登记一行`,
        });
    }
    if (problems.length > 0 || Array.isArray(checked)) return { row, raw, ok: false, problems };
    return { row, raw, ok: true, record: checked.record };
  });
}

/** A row's problems as one line of the report: 列：问题；列：问题. */
export function describeProblems(problems: readonly StaffRowProblem[]): string {
  return problems.map((p) => `${p.column}：${p.message}`).join('；');
}
