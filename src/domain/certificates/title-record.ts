/**
 * One row of the historical title records (历史职称数据) an HR bureau imports into the
 * certificate ledger (liaoyang-2023 十二): checked column by column, every problem of a row at
 * once, so the bureau can fix a spreadsheet in one pass.
 */
import { isCalendarDate } from '../calendar/calendar-date';
import { LEVEL_NAMES, type Level, listSeries, type Series } from '../catalogue';
import { validateIdNumber } from '../identifiers';
import { unstorableTextReason } from '../storable-text';
import { readTemplateHeader } from '../template-header';

/** The template's columns, in order; the header row must name every one of them. */
export const TITLE_RECORD_COLUMNS = [
  '姓名',
  '身份证号码',
  '系列',
  '专业',
  '层级',
  '职称名称',
  '评审机构',
  '发文文号',
  '取得资格日期',
  '原证书编号',
] as const;

export type TitleRecordColumn = (typeof TITLE_RECORD_COLUMNS)[number];

/** A row as read from the file: each column's text, trimmed or not (validation trims). */
export interface RawTitleRecord {
  name: string;
  idNumber: string;
  series: string;
  specialty: string;
  level: string;
  titleName: string;
  committeeName: string;
  announcementNumber: string;
  issuedOn: string;
  legacyNumber: string;
}

/** The field of `RawTitleRecord` each column fills. */
export const FIELD_OF_COLUMN: Readonly<Record<TitleRecordColumn, keyof RawTitleRecord>> = {
  姓名: 'name',
  身份证号码: 'idNumber',
  系列: 'series',
  专业: 'specialty',
  层级: 'level',
  职称名称: 'titleName',
  评审机构: 'committeeName',
  发文文号: 'announcementNumber',
  取得资格日期: 'issuedOn',
  原证书编号: 'legacyNumber',
};

export type TitleHeader =
  | { ok: true; recordOf(cells: readonly string[]): RawTitleRecord }
  | { ok: false; missing: TitleRecordColumn[] };

/** Finds the template's columns in a header row (domain/template-header.ts) and reads rows by it. */
export function readTitleHeader(header: readonly string[]): TitleHeader {
  const found = readTemplateHeader(header, TITLE_RECORD_COLUMNS, (column) => FIELD_OF_COLUMN[column]);
  return found.ok ? { ok: true, recordOf: found.read } : found;
}

/** A valid row, normalised: series as its catalogue slug, level as its code, the date as YYYY-MM-DD. */
export interface TitleRecord {
  holderName: string;
  /** Upper-case, no spaces. */
  idNumber: string;
  series: string;
  level: Level;
  specialty: string;
  titleName: string;
  committeeName: string;
  announcementNumber: string;
  issuedOn: string;
  legacyNumber: string | null;
}

/** One problem: the spreadsheet row (the header is row 1), the column's header and why, in Chinese. */
export interface TitleRecordProblem {
  row: number;
  column: string;
  message: string;
}

export type TitleRecordCheck =
  | { ok: true; record: TitleRecord }
  | { ok: false; problems: TitleRecordProblem[] };

/** The earliest date a title record may carry: the archive starts with the People's Republic. */
export const EARLIEST_TITLE_DATE = '1949-01-01';

/** Minimum age on the date a title was obtained. */
export const MINIMUM_HOLDER_AGE = 16;

// The widths of the ledger's columns (db/schema/certificates.ts), so a row never fails at write time.
const MAX_LENGTH = {
  name: 50,
  specialty: 50,
  committeeName: 100,
  announcement: 60,
  legacy: 60,
};

// Series by official name, short name, 2-digit code or slug: offices write 工程技术 or 05.
const SERIES_BY_TEXT: ReadonlyMap<string, Series> = new Map(
  listSeries().flatMap((s) => [
    [s.name, s],
    [s.shortName, s],
    [s.code, s],
    [s.slug, s],
  ]),
);

const LEVEL_BY_TEXT: ReadonlyMap<string, Level> = new Map(
  (Object.entries(LEVEL_NAMES) as [Level, string][]).flatMap(([code, name]) => [
    [name, code],
    [code, code],
  ]),
);

const LEVEL_LIST = Object.values(LEVEL_NAMES).join('、');

// YYYY-MM-DD, and the forms Chinese Excel writes when it saves a date cell as text.
const DATE_TEXT = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/;

/**
 * A date as written in a spreadsheet (2015-12-31, 2015/12/31, 2015.12.31, 2015年12月31日) in
 * the YYYY-MM-DD form, or null when it has none of those shapes. Says nothing about whether
 * the date exists.
 */
export function normaliseDateText(text: string): string | null {
  const m = DATE_TEXT.exec(text);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : null;
}

/**
 * The problems of one row, collected column by column. A cell the database could not store
 * (a NUL or a lone surrogate: a CSV may hold one) is reported as such, first,
 * and stands for every other problem of its column: checks of text the author did not mean
 * would only mislead.
 */
class RowProblems {
  readonly list: TitleRecordProblem[] = [];
  private readonly unstorable = new Set<TitleRecordColumn>();

  constructor(
    private readonly row: number,
    raw: RawTitleRecord,
  ) {
    for (const column of TITLE_RECORD_COLUMNS) {
      const reason = unstorableTextReason(raw[FIELD_OF_COLUMN[column]]);
      if (reason === null) continue;
      this.unstorable.add(column);
      this.list.push({ row, column, message: reason });
    }
  }

  add(column: TitleRecordColumn, message: string | null): void {
    if (message !== null && !this.unstorable.has(column)) this.list.push({ row: this.row, column, message });
  }
}

/** A cell's text quoted in a message, cut short: the report explains, it does not copy the file. */
function quoted(text: string): string {
  return `“${text.length > 20 ? `${text.slice(0, 20)}…` : text}”`;
}

function lengthProblem(text: string, max: number, what: string): string | null {
  // UTF-16 length bounds the character count from above: count characters only past it.
  if (text.length <= max) return null;
  return [...text].length > max ? `${what}不能超过${max}个字` : null;
}

/** A required text field: filled in, and not longer than `max` characters. */
function requiredTextProblem(text: string, max: number, what: string): string | null {
  return text === '' ? `请填写${what}` : lengthProblem(text, max, what);
}

/** Checks the date and, when the birth date is known, the holder's age on it. */
function issuedOnProblem(text: string, today: string, birthDate: string | null): string | null {
  if (text === '') return '请填写取得资格日期';
  const date = normaliseDateText(text);
  if (date === null) return '日期格式应为YYYY-MM-DD（如2015-12-31）';
  if (!isCalendarDate(date)) return `${quoted(text)}不是有效的日期`;
  if (date < EARLIEST_TITLE_DATE) return '取得资格日期不能早于1949年';
  if (date > today) return '取得资格日期不能晚于今天';
  if (birthDate !== null) {
    // Fixed-width ISO strings compare as dates; a 29 February birthday turns 16 on 1 March.
    const sixteenth = `${Number(birthDate.slice(0, 4)) + MINIMUM_HOLDER_AGE}${birthDate.slice(4)}`;
    if (date < sixteenth) return `取得资格时未满${MINIMUM_HOLDER_AGE}周岁（按身份证号码中的出生日期）`;
  }
  return null;
}

/** The title's problem against the catalogue, once the series (and maybe the level) are known. */
function titleProblem(title: string, series: Series, level: Level | undefined): string | null {
  if (title === '') return '请填写职称名称';
  const atLevel = level ? series.levels.find((l) => l.level === level) : undefined;
  if (atLevel?.titles.includes(title)) return null;
  const actual = series.levels.find((l) => l.titles.includes(title));
  if (!actual) {
    const hint = atLevel ? `（${LEVEL_NAMES[atLevel.level]}可为：${atLevel.titles.join('、')}）` : '';
    return `${quoted(title)}不是${series.shortName}系列的职称${hint}`;
  }
  // The level itself is reported in its own column when it is unknown or missing from the series.
  if (!atLevel) return null;
  return `${quoted(title)}是${LEVEL_NAMES[actual.level]}职称，与层级“${LEVEL_NAMES[atLevel.level]}”不符`;
}

/**
 * Validates one row of the import against the identifier rules, the title catalogue and the
 * calendar. `row` is the spreadsheet row number the problems carry; `today` (YYYY-MM-DD, in
 * China) bounds the dates. A valid row comes back normalised.
 */
export function validateTitleRecord(row: number, raw: RawTitleRecord, today: string): TitleRecordCheck {
  const problems = new RowProblems(row, raw);

  const holderName = raw.name.trim();
  problems.add('姓名', requiredTextProblem(holderName, MAX_LENGTH.name, '姓名'));

  const idNumber = raw.idNumber.replace(/\s+/g, '').toUpperCase();
  const id = idNumber === '' ? null : validateIdNumber(idNumber, today);
  problems.add('身份证号码', id === null ? '请填写身份证号码' : id.valid ? null : id.reason);

  const seriesText = raw.series.trim();
  const series = SERIES_BY_TEXT.get(seriesText);
  problems.add(
    '系列',
    seriesText === ''
      ? '请填写系列'
      : series
        ? null
        : `${quoted(seriesText)}不在职称系列目录中（可填系列名称如“工程技术”，或2位系列代码）`,
  );

  const specialty = raw.specialty.trim();
  problems.add('专业', requiredTextProblem(specialty, MAX_LENGTH.specialty, '专业'));

  const levelText = raw.level.trim();
  const level = LEVEL_BY_TEXT.get(levelText);
  const levelInSeries = level && series ? series.levels.some((l) => l.level === level) : true;
  problems.add(
    '层级',
    levelText === ''
      ? '请填写层级'
      : !level
        ? `层级应为${LEVEL_LIST}之一`
        : levelInSeries
          ? null
          : `${series!.shortName}系列没有${LEVEL_NAMES[level]}职称`,
  );

  const titleName = raw.titleName.trim();
  if (series) problems.add('职称名称', titleProblem(titleName, series, levelInSeries ? level : undefined));
  else if (titleName === '') problems.add('职称名称', '请填写职称名称');

  const committeeName = raw.committeeName.trim();
  problems.add('评审机构', requiredTextProblem(committeeName, MAX_LENGTH.committeeName, '评审机构'));

  const announcementNumber = raw.announcementNumber.trim();
  problems.add('发文文号', requiredTextProblem(announcementNumber, MAX_LENGTH.announcement, '发文文号'));

  const issuedText = raw.issuedOn.trim();
  problems.add('取得资格日期', issuedOnProblem(issuedText, today, id?.valid ? id.birthDate : null));

  const legacyNumber = raw.legacyNumber.trim();
  problems.add('原证书编号', lengthProblem(legacyNumber, MAX_LENGTH.legacy, '原证书编号'));

  if (problems.list.length > 0) return { ok: false, problems: problems.list };
  return {
    ok: true,
    record: {
      holderName,
      idNumber,
      series: series!.slug,
      level: level!,
      specialty,
      titleName,
      committeeName,
      announcementNumber,
      issuedOn: normaliseDateText(issuedText)!,
      legacyNumber: legacyNumber === '' ? null : legacyNumber,
    },
  };
}

/**
 * What makes two rows the same title record: the holder, series, level, specialty and date.
 * `holder` is the ID number or a keyed hash of it, so the same function serves the in-file
 * duplicate check and the ledger's import key.
 */
export function titleRecordIdentity(record: TitleRecord, holder: string): string {
  return `${holder}|${record.series}|${record.level}|${record.specialty}|${record.issuedOn}`;
}

/**
 * Remembers the first row of each identity in a file, so a later copy of a row is refused as
 * “与第N行重复” instead of silently merged.
 */
export class DuplicateRows {
  private readonly firstRows = new Map<string, number>();

  /** The earlier row with this identity, or null when `row` is the first (and is now remembered). */
  earlierRowOf(identity: string, row: number): number | null {
    const earlier = this.firstRows.get(identity);
    if (earlier !== undefined) return earlier;
    this.firstRows.set(identity, row);
    return null;
  }

  /** The problem to report for a row that repeats `earlier`. */
  static problem(row: number, earlier: number): TitleRecordProblem {
    return {
      row,
      column: '身份证号码',
      message: `与第${earlier}行重复（同一人同一系列、层级、专业和取得资格日期）`,
    };
  }
}
