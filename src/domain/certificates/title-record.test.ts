import { describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '../identifiers';
import {
  DuplicateRows,
  normaliseDateText,
  type RawTitleRecord,
  TITLE_RECORD_COLUMNS,
  titleRecordIdentity,
  validateTitleRecord,
} from './title-record';

const TODAY = '2026-03-02';

function idNumber(birth: string, serial = '123'): string {
  const first17 = `210302${birth.replaceAll('-', '')}${serial}`;
  return `${first17}${idNumberCheckChar(first17)}`;
}

function raw(values: Partial<RawTitleRecord> = {}): RawTitleRecord {
  return {
    name: '王立新',
    idNumber: idNumber('1980-05-06'),
    series: '工程技术',
    specialty: '通信工程',
    level: '副高级',
    titleName: '高级工程师',
    committeeName: '辽宁省工程技术高级职称评审委员会',
    announcementNumber: '辽人社〔2015〕123号',
    issuedOn: '2015-12-31',
    legacyNumber: '',
    ...values,
  };
}

function problemsOf(values: Partial<RawTitleRecord>) {
  const check = validateTitleRecord(7, raw(values), TODAY);
  return check.ok ? [] : check.problems.map((p) => [p.column, p.message]);
}

describe('historical title records', () => {
  it('names the template columns in order, with the optional legacy number last', () => {
    expect(TITLE_RECORD_COLUMNS[0]).toBe('姓名');
    expect(TITLE_RECORD_COLUMNS.at(-1)).toBe('原证书编号');
    expect(TITLE_RECORD_COLUMNS).toHaveLength(10);
  });

  it('normalises a valid row: series slug, level code, ISO date, upper-case ID', () => {
    const id = idNumber('1975-01-31').replace(/X$/, 'x');
    const check = validateTitleRecord(
      2,
      raw({ idNumber: ` ${id} `, series: '05', issuedOn: '2015/1/5', legacyNumber: ' 辽A-0012 ' }),
      TODAY,
    );
    expect(check).toEqual({
      ok: true,
      record: {
        holderName: '王立新',
        idNumber: id.toUpperCase().trim(),
        series: 'engineering',
        level: 'associate-senior',
        specialty: '通信工程',
        titleName: '高级工程师',
        committeeName: '辽宁省工程技术高级职称评审委员会',
        announcementNumber: '辽人社〔2015〕123号',
        issuedOn: '2015-01-05',
        legacyNumber: '辽A-0012',
      },
    });
  });

  it('accepts the series by official name, short name and code, and every level name', () => {
    for (const series of ['工程技术人员', '工程技术', '05', 'engineering'])
      expect(validateTitleRecord(2, raw({ series }), TODAY).ok).toBe(true);
    expect(
      validateTitleRecord(2, raw({ series: '卫生技术', level: '中级', titleName: '主管护师' }), TODAY).ok,
    ).toBe(true);
    expect(validateTitleRecord(2, raw({ level: '员级', titleName: '技术员' }), TODAY).ok).toBe(true);
  });

  it('reports every problem of a row at once, each with its column', () => {
    const check = validateTitleRecord(
      12,
      raw({
        name: '',
        idNumber: '210302198005061230',
        series: '工程',
        level: '高级',
        issuedOn: '2023-02-30',
      }),
      TODAY,
    );
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems.map((p) => p.column)).toEqual([
      '姓名',
      '身份证号码',
      '系列',
      '层级',
      '取得资格日期',
    ]);
    expect(check.problems.every((p) => p.row === 12)).toBe(true);
    expect(check.problems[4]!.message).toContain('不是有效的日期');
  });

  it('checks the title against the catalogue for its series and level', () => {
    expect(problemsOf({ level: '中级' })).toEqual([
      ['职称名称', '“高级工程师”是副高级职称，与层级“中级”不符'],
    ]);
    expect(problemsOf({ titleName: '副教授' })).toEqual([
      ['职称名称', '“副教授”不是工程技术系列的职称（副高级可为：高级工程师）'],
    ]);
    expect(problemsOf({ series: '高等学校教师', level: '员级', titleName: '教授' })).toEqual([
      ['层级', '高等学校教师系列没有员级职称'],
    ]);
    expect(problemsOf({ titleName: '' })).toEqual([['职称名称', '请填写职称名称']]);
  });

  it('bounds the date: a real date, not before 1949, not in the future, holder at least 16', () => {
    expect(problemsOf({ issuedOn: '2015-13-01' })).toEqual([['取得资格日期', '“2015-13-01”不是有效的日期']]);
    expect(problemsOf({ issuedOn: '31/12/2015' })[0]![1]).toContain('YYYY-MM-DD');
    expect(problemsOf({ issuedOn: '1948-12-31' })).toEqual([['取得资格日期', '取得资格日期不能早于1949年']]);
    expect(problemsOf({ issuedOn: '2026-03-03' })).toEqual([['取得资格日期', '取得资格日期不能晚于今天']]);
    expect(problemsOf({ issuedOn: TODAY })).toEqual([]);
    expect(problemsOf({ issuedOn: '1996-05-05' })[0]![1]).toContain('未满16周岁');
    expect(problemsOf({ issuedOn: '1996-05-06' })).toEqual([]);
    expect(problemsOf({ issuedOn: '' })).toEqual([['取得资格日期', '请填写取得资格日期']]);
  });

  it('requires the identifying columns and keeps each within its ledger width', () => {
    expect(problemsOf({ idNumber: '' })).toEqual([['身份证号码', '请填写身份证号码']]);
    expect(
      problemsOf({ specialty: ' ', committeeName: '', announcementNumber: '' }).map((p) => p[0]),
    ).toEqual(['专业', '评审机构', '发文文号']);
    expect(problemsOf({ name: '名'.repeat(51) })).toEqual([['姓名', '姓名不能超过50个字']]);
    expect(problemsOf({ legacyNumber: 'A'.repeat(61) })).toEqual([
      ['原证书编号', '原证书编号不能超过60个字'],
    ]);
  });

  it('refuses a cell the database could not store, that column saying only so, the other columns checked as usual', () => {
    expect(problemsOf({ name: '王\u0000立新', specialty: '通信\ud800工程', level: '特级' })).toEqual([
      ['姓名', expect.stringContaining('U+0000')],
      ['专业', expect.stringContaining('不成对的代理项')],
      ['层级', expect.stringContaining('层级应为')],
    ]);
    // Even where the column's other checks would pass (a name of a valid length), the row is refused.
    expect(validateTitleRecord(2, raw({ committeeName: '评委会\u0000' }), TODAY).ok).toBe(false);
  });

  it('reads the date shapes Chinese Excel writes', () => {
    expect(normaliseDateText('2015年1月5日')).toBe('2015-01-05');
    expect(normaliseDateText('2015.01.05')).toBe('2015-01-05');
    expect(normaliseDateText('20150105')).toBeNull();
  });

  it('reports a repeated record as a duplicate of its first row', () => {
    const seen = new DuplicateRows();
    const check = validateTitleRecord(2, raw(), TODAY);
    if (!check.ok) throw new Error('expected a valid row');
    const identity = titleRecordIdentity(check.record, check.record.idNumber);
    expect(seen.earlierRowOf(identity, 2)).toBeNull();
    expect(seen.earlierRowOf(titleRecordIdentity({ ...check.record, level: 'senior' }, 'x'), 3)).toBeNull();
    expect(seen.earlierRowOf(identity, 9)).toBe(2);
    expect(DuplicateRows.problem(9, 2)).toMatchObject({
      row: 9,
      column: '身份证号码',
      message: expect.stringContaining('与第2行重复'),
    });
  });
});
