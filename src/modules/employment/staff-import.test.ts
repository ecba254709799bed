import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedInRequests, testAppSuite } from '../../../test/helpers/app-suite';
import {
  createOrganisation,
  createPerson,
  createUser,
  login,
  makeIdNumber,
  type Session,
} from '../../../test/helpers/factories';
import { type StaffLine, sheetText, staffWorkbook, uploadStaff } from '../../../test/helpers/staff-workbook';
import { auditEvents, employmentBindings, notifications, persons } from '../../db/schema';
import { STAFF_ROW_COLUMNS } from '../../domain/accounts/staff-row';

const s = testAppSuite({ loginRateLimitPerMinute: 10_000 });
const api = signedInRequests(() => s.t);
let unit: { id: string; name: string };
let agency: { id: string; creditCode: string };
let employer: Session;
let template: Buffer;

beforeAll(async () => {
  const db = s.t.database.db;
  unit = await createOrganisation(db, { name: '鞍山市中心医院', jurisdictionCode: '210302' });
  agency = await createOrganisation(db, { name: '鞍山市人力资源派遣有限公司', kind: 'dispatch-agency' });
  const clerk = await createUser(db, { roles: ['employer'], organisationId: unit.id });
  employer = await login(s.t.app, clerk.username);
  const response = await api.get(employer, '/api/v1/employer/staff-import/template');
  expect(response.statusCode, response.body).toBe(200);
  template = response.rawPayload;
});

const remote = () => `10.1.${Math.floor(Math.random() * 250)}.1`;

async function personByIdNumber(idNumber: string) {
  const [row] = await s.t.database.db
    .select()
    .from(persons)
    .where(eq(persons.idNumberHash, s.t.cipher.lookupHash(idNumber)));
  return row;
}

async function staffImportEvents() {
  return s.t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'staff.imported'));
}

describe('批量登记人员: the template', () => {
  it('serves an .xlsx with the header row and an instructions sheet; the template as it comes holds nobody', async () => {
    expect((await sheetText(template, 0))[0]).toEqual([...STAFF_ROW_COLUMNS]);
    const guide = (await sheetText(template, 1)).flat().join('\n');
    expect(guide).toContain('劳务派遣单位统一社会信用代码：仅用工关系为“劳务派遣”时填写');
    expect(guide).toContain('YYYY-MM-DD');
    const empty = await uploadStaff(s.t, employer, template);
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.code).toBe('FILE_EMPTY');
  });
});

describe('批量登记人员: a clean file', () => {
  it('creates and binds new persons, binds a registered one, invites only those without an account, and audits once', async () => {
    const db = s.t.database.db;
    const registered = await createPerson(db, s.t.cipher, { name: '刘志强', birthDate: '1980-05-05' });
    const account = await createUser(db, { roles: ['applicant'], personId: registered.id });
    const lines: StaffLine[] = [
      {
        name: '王建华',
        idNumber: makeIdNumber('1986-04-12'),
        phone: '13912345601',
        relation: '在编',
        startedOn: '2010-07-01',
      },
      // A date cell, as Excel stores a typed date.
      {
        name: '李秀英',
        idNumber: makeIdNumber('1990-11-30', false),
        phone: '139 1234 5602',
        relation: '合同制',
        startedOn: new Date(Date.UTC(2018, 2, 15)),
      },
      {
        name: '张伟',
        idNumber: makeIdNumber('1992-01-20'),
        phone: '+86 13912345603',
        relation: '劳务派遣',
        agency: agency.creditCode,
        startedOn: '2021-09-01',
      },
      {
        name: '刘志强',
        idNumber: registered.idNumber,
        phone: '13912345604',
        relation: '在编',
        startedOn: '2005-08-01',
      },
    ];
    const file = await staffWorkbook(lines, template);
    const sentBefore = s.t.sent.length;

    const check = await uploadStaff(s.t, employer, file, { dryRun: true });
    expect(check.statusCode, check.body).toBe(200);
    expect(check.json().rows.filter((r: { status: string }) => r.status === 'invalid')).toEqual([]);
    expect(check.json()).toMatchObject({
      dryRun: true,
      written: false,
      unit: { id: unit.id, name: '鞍山市中心医院' },
      counts: { rows: 4, created: 3, bound: 1, unchanged: 0, invalid: 0, invitations: 3 },
    });
    expect(check.json().rows.map((r: { invitation: string | null }) => r.invitation)).toEqual([
      'planned',
      'planned',
      'planned',
      null,
    ]);
    expect(await personByIdNumber(lines[0]!.idNumber)).toBeUndefined();
    expect(s.t.sent.length).toBe(sentBefore);

    const imported = await uploadStaff(s.t, employer, file);
    expect(imported.statusCode, imported.body).toBe(200);
    const report = imported.json();
    expect(report).toMatchObject({ dryRun: false, written: true, counts: { created: 3, bound: 1 } });
    expect(report.rows).toMatchObject([
      { row: 2, name: '王建华', status: 'created', relation: 'staff', invitation: 'sent' },
      { row: 3, name: '李秀英', status: 'created', relation: 'contract', invitation: 'sent' },
      { row: 4, name: '张伟', status: 'created', relation: 'dispatch', invitation: 'sent' },
      { row: 5, name: '刘志强', status: 'bound', invitation: null },
    ]);
    expect(report.rows[0].idNumberMasked).toMatch(/^210\*+\d{3}[\dX]$/);
    expect(report.rows[3].message).toContain('本人已有账号，发送站内通知');

    // Every person is the unit's now, in its jurisdiction, through a confirmed unit-import binding.
    for (const [i, line] of lines.entries()) {
      const person = (await personByIdNumber(line.idNumber))!;
      expect(person, line.name).toMatchObject({
        name: line.name,
        organisationId: unit.id,
        jurisdictionCode: '210302',
      });
      const bindings = await db
        .select()
        .from(employmentBindings)
        .where(eq(employmentBindings.personId, person.id));
      expect(bindings, line.name).toHaveLength(1);
      expect(bindings[0]).toMatchObject({
        organisationId: unit.id,
        status: 'confirmed',
        source: 'unit-import',
        relation: ['staff', 'contract', 'dispatch', 'staff'][i],
        dispatchAgencyId: i === 2 ? agency.id : null,
        startedOn: ['2010-07-01', '2018-03-15', '2021-09-01', '2005-08-01'][i],
      });
    }
    const created = (await personByIdNumber(lines[1]!.idNumber))!;
    expect(created).toMatchObject({ gender: 'female', birthDate: '1990-11-30' });
    expect(created.idNumberCipher).not.toContain(lines[1]!.idNumber.slice(6, 14));

    // One invitation per person without an account, to the number in the file; none to the registered one.
    const sms = s.t.sent.slice(sentBefore);
    expect(sms.map((m) => m.phone).sort()).toEqual(['13912345601', '13912345602', '13912345603']);
    for (const message of sms) {
      expect(message).toMatchObject({ channel: 'sms', userId: null });
      expect(message.body).toContain('鞍山市中心医院已将您登记为本单位专业技术人员');
      expect(message.body).toContain('/register');
    }
    const inbox = await db.select().from(notifications).where(eq(notifications.userId, account.id));
    expect(inbox.map((n) => n.title)).toEqual(['单位已将您登记为本单位人员']);

    // One audit event with counts only: no phone, ID number or name.
    const events = await staffImportEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      entityType: 'organisation',
      entityId: unit.id,
      data: { rows: 4, created: 3, bound: 1, unchanged: 0, invitations: 3 },
    });
    const data = JSON.stringify(events[0]!.data);
    for (const line of lines) {
      expect(data).not.toContain(line.idNumber);
      expect(data).not.toContain(line.name);
    }
    expect(data).not.toContain('1391234560');

    // The same file again changes nothing and invites nobody.
    const again = await uploadStaff(s.t, employer, file);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ written: false, counts: { unchanged: 4, created: 0, bound: 0 } });
    expect(again.json().rows[0].status).toBe('unchanged');
    expect(s.t.sent.length).toBe(sentBefore + 3);
    expect(await staffImportEvents()).toHaveLength(1);

    // The invited person registers with their ID number and the phone: the record is claimed, already bound.
    const phone = '13912345601';
    const asked = await s.t.app.inject({
      method: 'POST',
      url: '/api/v1/public/phone-codes',
      payload: { phone, purpose: 'register' },
      remoteAddress: remote(),
    });
    expect(asked.statusCode, asked.body).toBe(202);
    const code = /验证码(\d{6})/.exec(s.t.sent.at(-1)!.body)![1]!;
    const registration = await s.t.app.inject({
      method: 'POST',
      url: '/api/v1/public/registrations',
      payload: {
        name: '王建华',
        idNumber: lines[0]!.idNumber,
        phone,
        code,
        password: 'Zhiping2026',
        regionCode: '210302',
      },
      remoteAddress: remote(),
    });
    expect(registration.statusCode, registration.body).toBe(201);
    expect(registration.json().claimedExistingPerson).toBe(true);
    const session = await login(s.t.app, phone, 'Zhiping2026');
    const profile = await api.get(session, '/api/v1/me/profile');
    expect(profile.statusCode, profile.body).toBe(200);
    expect(profile.json()).toMatchObject({ name: '王建华', organisation: '鞍山市中心医院' });
  });
});

describe('批量登记人员: the report as a workbook', () => {
  it('exports the rows the page holds, with text that starts like a formula neutralised', async () => {
    const file = await staffWorkbook([
      {
        name: '=1+2',
        idNumber: makeIdNumber('1991-01-01'),
        phone: '13912345690',
        relation: '在编',
        startedOn: '2020-01-01',
      },
    ]);
    const check = await uploadStaff(s.t, employer, file, { dryRun: true });
    expect(check.statusCode).toBe(200);
    const rows = check.json().rows;
    expect(rows[0]).toMatchObject({ status: 'invalid', name: '=1+2' });
    const exported = await api.post(employer, '/api/v1/employer/staff-import/report.xlsx', { rows });
    expect(exported.statusCode, exported.body).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    const sheet = await sheetText(exported.rawPayload);
    expect(sheet[0]).toEqual(['行号', '姓名', '身份证号码', '用工关系', '结果', '说明', '邀请短信']);
    expect(sheet[1]!.slice(0, 2)).toEqual(['2', "'=1+2"]);
    expect(sheet[1]![4]).toBe('错误');
    expect(sheet[1]![5]).toContain('姓名：姓名只能包含汉字、字母和间隔号');
  });
});

describe('批量登记人员: who may', () => {
  it('refuses a unit not yet approved, and roles without staff.bind', async () => {
    const db = s.t.database.db;
    const waiting = await createOrganisation(db, { status: 'pending' });
    const clerk = await createUser(db, { roles: ['employer'], organisationId: waiting.id });
    const file = await staffWorkbook([
      {
        name: '赵磊',
        idNumber: makeIdNumber('1985-02-02'),
        phone: '13912345691',
        relation: '在编',
        startedOn: '2020-01-01',
      },
    ]);
    const refused = await uploadStaff(s.t, await login(s.t.app, clerk.username), file);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('UNIT_NOT_APPROVED');
    const hr = await createUser(db, { roles: ['hr'] });
    const bureau = await uploadStaff(s.t, await login(s.t.app, hr.username), file);
    expect(bureau.statusCode).toBe(403);
    const count = await db.execute(sql`select count(*)::int as n from persons where name = '赵磊'`);
    expect((count as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(0);
  });
});
