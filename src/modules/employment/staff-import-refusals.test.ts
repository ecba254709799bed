import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { testAppSuite } from '../../../test/helpers/app-suite';
import {
  createOrganisation,
  createPerson,
  makeCreditCode,
  makeIdNumber,
  type Session,
  signIn,
} from '../../../test/helpers/factories';
import { type StaffLine, staffWorkbook, uploadStaff } from '../../../test/helpers/staff-workbook';
import { STAFF_ROW_COLUMNS } from '../../domain/accounts/staff-row';

const s = testAppSuite({ loginRateLimitPerMinute: 10_000 });
let employer: Session;
let agency: { creditCode: string };
let waitingAgency: { creditCode: string };
let employerCode: string;

beforeAll(async () => {
  const db = s.t.database.db;
  const unit = await createOrganisation(db, { name: '鞍山市第二中学' });
  agency = await createOrganisation(db, { kind: 'dispatch-agency' });
  waitingAgency = await createOrganisation(db, { kind: 'dispatch-agency', status: 'pending' });
  employerCode = (await createOrganisation(db)).creditCode;
  employer = await signIn(s.t, { roles: ['employer'], organisationId: unit.id });
});

/** Rows of every table a bulk registration writes to, and the SMS handed out. */
async function census() {
  const result = (await s.t.database.db.execute(sql`select
      (select count(*) from persons)::int as persons,
      (select count(*) from employment_bindings)::int as bindings,
      (select count(*) from notifications)::int as notices,
      (select count(*) from audit_events where action = 'staff.imported')::int as events`)) as unknown as {
    rows: Record<string, number>[];
  };
  return { ...result.rows[0], sms: s.t.sent.length };
}

/** The number with another check character. */
const wrongCheck = (idNumber: string) => `${idNumber.slice(0, 17)}${idNumber.endsWith('1') ? '2' : '1'}`;

const good = (name: string, birthDate: string, phone: string): StaffLine => ({
  name,
  idNumber: makeIdNumber(birthDate),
  phone,
  relation: '在编',
  startedOn: '2015-09-01',
});

describe('批量登记人员: a file with errors', () => {
  it('writes nothing, answers 422 and names every bad row with its reason (a check gives the same report)', async () => {
    const known = await createPerson(s.t.database.db, s.t.cipher, {
      name: '陈国栋',
      birthDate: '1975-06-06',
    });
    const first = good('孙丽', '1988-03-03', '13700000001');
    const lines: StaffLine[] = [
      first,
      { ...good('周杰', '1987-01-01', '13700000002'), idNumber: wrongCheck(makeIdNumber('1987-01-01')) },
      good('吴敏', '1987-02-02', '1234'),
      { ...good('郑涛', '1987-03-03', '13700000004'), relation: '临时工' },
      { ...good('冯雪', '1987-04-04', '13700000005'), relation: '劳务派遣' },
      { ...good('蒋欣', '1987-05-05', '13700000006'), relation: '劳务派遣', agency: makeCreditCode() },
      {
        ...good('韩梅', '1987-06-06', '13700000007'),
        relation: '劳务派遣',
        agency: waitingAgency.creditCode,
      },
      { ...good('杨帆', '1987-07-07', '13700000008'), relation: '劳务派遣', agency: employerCode },
      { ...good('朱琳', '1987-08-08', '13700000009'), startedOn: '2026-03-03' },
      { ...first, name: '孙丽', phone: '13700000010' },
      { ...good('陈国梁', '1975-06-06', '13700000011'), idNumber: known.idNumber },
      { ...good('秦川', '1987-09-09', '13700000012'), agency: agency.creditCode },
      { ...good('许诺', '2012-01-01', '13700000013'), startedOn: '2026-01-05' },
      good('王', '1987-10-10', '13700000014'),
    ];
    const file = await staffWorkbook(lines);
    const before = await census();

    const refused = await uploadStaff(s.t, employer, file);
    expect(refused.statusCode, refused.body).toBe(422);
    const body = refused.json();
    expect(body.error.code).toBe('STAFF_ROWS_INVALID');
    expect(body.error.message).toBe('共13行有误，未登记任何人员：请按登记结果逐行改正后重新上传');
    expect(body.error.details[0]).toEqual({ path: '第3行', message: '身份证号码：身份证号码校验码错误' });
    expect(body.report).toMatchObject({ written: false, dryRun: false, counts: { rows: 14, invalid: 13 } });
    const messages = Object.fromEntries(
      body.report.rows.map((r: { row: number; message: string }) => [r.row, r.message]),
    );
    expect(body.report.rows[0]).toMatchObject({ row: 2, status: 'created', invitation: 'planned' });
    expect(messages).toMatchObject({
      3: '身份证号码：身份证号码校验码错误',
      4: '手机号码：应为11位中国大陆手机号码',
      5: '用工关系：用工关系应为在编、合同制、劳务派遣之一',
      6: '劳务派遣单位统一社会信用代码：劳务派遣人员须填写劳务派遣单位的统一社会信用代码',
      7: `劳务派遣单位统一社会信用代码：统一社会信用代码为${lines[5]!.agency}的劳务派遣单位未在系统中注册`,
      8: `劳务派遣单位统一社会信用代码：统一社会信用代码为${waitingAgency.creditCode}的劳务派遣单位尚未通过人社部门审核`,
      9: `劳务派遣单位统一社会信用代码：统一社会信用代码为${employerCode}的单位不是劳务派遣单位`,
      10: '入职日期：入职日期不能晚于今天',
      11: '身份证号码：与第2行的身份证号码重复，同一人只能登记一行',
      12: '姓名：姓名与身份证号码登记的不一致，请核对',
      13: '劳务派遣单位统一社会信用代码：仅劳务派遣人员填写此列，请清空或将用工关系改为劳务派遣',
      14: '入职日期：入职时未满16周岁（按身份证号码中的出生日期）',
      15: '姓名：姓名应为2–30个字',
    });
    expect(await census()).toEqual(before);

    const check = await uploadStaff(s.t, employer, file, { dryRun: true });
    expect(check.statusCode).toBe(200);
    expect(check.json()).toMatchObject({ dryRun: true, written: false, rows: body.report.rows });
    expect(await census()).toEqual(before);
  });

  it('explains an ID number Excel stored as a number, and reads a day number left in the date column', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('人员名单');
    sheet.addRow([...STAFF_ROW_COLUMNS]);
    sheet.addRow(['马超', 210302198801010000, 13700000021, '合同制', '', '43174']);
    sheet.addRow(['马腾', '2.10302E+17', '13700000022', '合同制', '', '2018-03-15']);
    sheet.addRow(['马岱', makeIdNumber('1988-01-02'), 13700000023, '合同制', '', '43174']);
    const check = await uploadStaff(s.t, employer, Buffer.from(await workbook.xlsx.writeBuffer()), {
      dryRun: true,
    });
    expect(check.statusCode, check.body).toBe(200);
    expect(check.json().rows.map((r: { message: string }) => r.message)).toEqual([
      '身份证号码：身份证号码校验码错误（可能被Excel存成了数字，末几位变成了0：请将该列设为文本格式后重新填写）',
      '身份证号码：身份证号码被Excel存成了数字（科学计数法），请将该列设为文本格式后重新填写',
      '新建人员档案，确认为本单位人员；发送注册邀请短信',
    ]);
  });
});

describe('批量登记人员: files that are not the template', () => {
  it('refuses other kinds of file, a wrong header, an empty upload and too many rows, before looking anything up', async () => {
    const before = await census();
    const text = await uploadStaff(s.t, employer, Buffer.from('姓名,身份证号码\n张三,1\n'), {
      fileName: 'a.xlsx',
    });
    expect(text.statusCode).toBe(400);
    expect(text.json().error).toMatchObject({
      code: 'FILE_TYPE_NOT_ALLOWED',
      message: 'file：只能上传Excel工作簿（.xlsx），请使用批量登记模板',
    });
    const xls = await uploadStaff(s.t, employer, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]));
    expect(xls.json().error.message).toContain('不支持Excel 97-2003（.xls）格式');
    const empty = await uploadStaff(s.t, employer, Buffer.alloc(0));
    expect(empty.json().error.code).toBe('FILE_EMPTY');

    const wrong = new ExcelJS.Workbook();
    wrong.addWorksheet('名单').addRow(['姓名', '身份证号', '手机号码']);
    const header = await uploadStaff(s.t, employer, Buffer.from(await wrong.xlsx.writeBuffer()));
    expect(header.statusCode).toBe(400);
    expect(header.json().error).toMatchObject({
      code: 'TEMPLATE_MISMATCH',
      message:
        '表头缺少以下列：身份证号码、用工关系、劳务派遣单位统一社会信用代码、入职日期（请使用批量登记人员模板，表头在第一行）',
    });

    const many = Array.from({ length: 5001 }, (_, i) => ({
      name: '测试人员',
      idNumber: `X${i}`,
      phone: '13700000000',
      relation: '在编',
      startedOn: '2020-01-01',
    }));
    const tooMany = await uploadStaff(s.t, employer, await staffWorkbook(many));
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error).toMatchObject({
      code: 'TOO_MANY_ROWS',
      message: '每个文件最多登记5000人，请分成几个文件上传',
    });
    expect(await census()).toEqual(before);
  });

  it('takes the unit from the session only: a unit cannot be named in the request', async () => {
    const named = await s.t.app.inject({
      method: 'POST',
      url: `/api/v1/employer/staff-import?organisationId=${crypto.randomUUID()}`,
      headers: { cookie: employer.cookie, 'x-csrf-token': employer.csrfToken },
    });
    expect(named.statusCode).toBe(400);
  });
});
