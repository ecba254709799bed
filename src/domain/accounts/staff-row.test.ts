import { describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '../identifiers';
import { decideStaffPlacement, type KnownPerson, OTHER_UNIT_MESSAGE } from './staff-placement';
import {
  checkStaffRows,
  type RawStaffRow,
  readStaffHeader,
  type StaffRow,
  staffDateText,
  validateStaffRow,
} from './staff-row';

const TODAY = '2026-03-02';
const id = (first17: string) => `${first17}${idNumberCheckChar(first17)}`;
const FEMALE = id('21030219900218002'); // 17th digit even: female

const raw = (values: Partial<RawStaffRow> = {}): RawStaffRow => ({
  姓名: '林晓雯',
  身份证号码: FEMALE,
  手机号码: '13912340001',
  用工关系: '在编',
  劳务派遣单位统一社会信用代码: '',
  入职日期: '2015-07-01',
  ...values,
});

describe('the staff template header', () => {
  it('finds the columns in any order, with a * mark, ignoring extra columns; names the missing ones', () => {
    const header = readStaffHeader([
      '备注',
      '*入职日期',
      '姓名',
      '手机号码',
      '身份证号码',
      '用工关系',
      '劳务派遣单位统一社会信用代码',
    ]);
    expect(header.ok).toBe(true);
    if (header.ok)
      expect(header.rowOf(['x', '2020-01-01', '张三', '139', 'ID', '在编'])).toEqual({
        姓名: '张三',
        身份证号码: 'ID',
        手机号码: '139',
        用工关系: '在编',
        劳务派遣单位统一社会信用代码: '',
        入职日期: '2020-01-01',
      });
    expect(readStaffHeader(['姓名', '身份证'])).toMatchObject({
      ok: false,
      missing: ['身份证号码', '手机号码', '用工关系', '劳务派遣单位统一社会信用代码', '入职日期'],
    });
  });
});

describe('a staff row', () => {
  it('comes out normalised: ID upper-case without spaces, the bare mobile number, the relation code, gender and birth date from the ID', () => {
    const checked = validateStaffRow(
      raw({
        姓名: ' 林  晓雯 ',
        身份证号码: ` ${FEMALE.toLowerCase()} `,
        手机号码: '+86 139-1234-0001',
        用工关系: 'contract',
        入职日期: '2015/7/1',
      }),
      TODAY,
    );
    expect(checked).toEqual({
      record: {
        name: '林 晓雯',
        idNumber: FEMALE,
        gender: 'female',
        birthDate: '1990-02-18',
        phone: '13912340001',
        relation: 'contract',
        agencyCreditCode: null,
        startedOn: '2015-07-01',
      },
    });
  });

  it('reports every problem of a row at once, and a cell the database cannot store as that alone', () => {
    expect(
      validateStaffRow(raw({ 姓名: '', 身份证号码: '', 手机号码: '', 用工关系: '', 入职日期: '' }), TODAY),
    ).toEqual([
      { column: '姓名', message: '请填写姓名' },
      { column: '身份证号码', message: '请填写身份证号码' },
      { column: '手机号码', message: '请填写手机号码' },
      { column: '用工关系', message: '请填写用工关系' },
      { column: '入职日期', message: '请填写入职日期' },
    ]);
    expect(validateStaffRow(raw({ 姓名: 'A\0B', 入职日期: '2015-02-30' }), TODAY)).toEqual([
      { column: '姓名', message: '含有空字符（U+0000），无法保存，请删除后重试' },
      { column: '入职日期', message: '“2015-02-30”不是有效的日期' },
    ]);
  });

  it('reads dates as Excel writes them, including its day numbers', () => {
    expect(staffDateText('43174')).toBe('2018-03-15');
    expect(staffDateText('43174.0')).toBe('2018-03-15');
    expect(staffDateText('2018年3月15日')).toBe('2018-03-15');
    expect(staffDateText('15/03/2018')).toBeNull();
  });

  it('refuses a repeated ID number at its second row, even when the first row is wrong elsewhere', () => {
    const rows = checkStaffRows(
      [
        { row: 2, raw: raw({ 手机号码: '12' }) },
        { row: 3, raw: raw() },
      ],
      TODAY,
    );
    expect(rows[1]).toMatchObject({
      ok: false,
      problems: [{ column: '身份证号码', message: '与第2行的身份证号码重复，同一人只能登记一行' }],
    });
  });
});

describe('placing a valid row', () => {
  const record = (validateStaffRow(raw(), TODAY) as { record: StaffRow }).record;
  const person = (values: Partial<KnownPerson> = {}): KnownPerson => ({
    id: 'p1',
    name: '林晓雯',
    hasAccount: false,
    confirmed: null,
    pending: null,
    ...values,
  });

  it('creates the unknown, leaves the unit’s own staff, binds the known', () => {
    expect(decideStaffPlacement(record, 'u1', undefined, undefined)).toEqual({
      kind: 'create',
      agencyId: null,
    });
    expect(
      decideStaffPlacement(
        record,
        'u1',
        person({ confirmed: { organisationId: 'u1', startedOn: '2015-07-01' } }),
        undefined,
      ),
    ).toEqual({ kind: 'unchanged', personId: 'p1' });
    expect(
      decideStaffPlacement(
        record,
        'u1',
        person({ hasAccount: true, pending: { id: 'b9', organisationId: 'u1' } }),
        undefined,
      ),
    ).toEqual({
      kind: 'bind',
      personId: 'p1',
      agencyId: null,
      hasAccount: true,
      confirmsPending: 'b9',
      pendingElsewhere: false,
    });
  });

  it('refuses another name, and a person on another unit’s staff (their own request moves them)', () => {
    expect(
      decideStaffPlacement(
        record,
        'u1',
        person({ name: '林晓雲', confirmed: { organisationId: 'u2', startedOn: '2016-01-01' } }),
        undefined,
      ),
    ).toEqual({
      kind: 'invalid',
      problems: [
        { column: '姓名', message: '姓名与身份证号码登记的不一致，请核对' },
        { column: '身份证号码', message: OTHER_UNIT_MESSAGE },
      ],
    });
  });
});
