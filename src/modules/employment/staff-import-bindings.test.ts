import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testAppSuite } from '../../../test/helpers/app-suite';
import {
  createOrganisation,
  createPerson,
  createUser,
  login,
  makeIdNumber,
  type Session,
} from '../../../test/helpers/factories';
import { type StaffLine, staffWorkbook, uploadStaff } from '../../../test/helpers/staff-workbook';
import { employmentBindings, persons } from '../../db/schema';
import { OTHER_UNIT_MESSAGE } from '../../domain/accounts/staff-placement';
import { createStaffImportService } from './staff-import.service';

const s = testAppSuite({ loginRateLimitPerMinute: 10_000 });
let unitA: { id: string };
let unitB: { id: string };
let unitC: { id: string };
let clerkA: { id: string; username: string };
let employerA: Session;
let employerB: Session;

beforeAll(async () => {
  const db = s.t.database.db;
  unitA = await createOrganisation(db, { name: '鞍山钢铁研究院', jurisdictionCode: '210300' });
  unitB = await createOrganisation(db, { name: '辽阳石化设计院', jurisdictionCode: '211000' });
  unitC = await createOrganisation(db, { name: '鞍山市第三医院' });
  clerkA = await createUser(db, { roles: ['employer'], organisationId: unitA.id });
  const clerkB = await createUser(db, { roles: ['employer'], organisationId: unitB.id });
  employerA = await login(s.t.app, clerkA.username);
  employerB = await login(s.t.app, clerkB.username);
});

const bindingsOf = (personId: string) =>
  s.t.database.db.select().from(employmentBindings).where(eq(employmentBindings.personId, personId));

async function bind(
  personId: string,
  organisationId: string,
  status: 'pending' | 'confirmed',
  startedOn: string,
) {
  const [row] = await s.t.database.db
    .insert(employmentBindings)
    .values({ personId, organisationId, relation: 'staff', startedOn, status, source: 'person' })
    .returning();
  if (status === 'confirmed')
    await s.t.database.db.update(persons).set({ organisationId }).where(eq(persons.id, personId));
  return row!;
}

const line = (
  person: { name: string; idNumber: string },
  startedOn: string,
  relation = '合同制',
): StaffLine => ({
  name: person.name,
  idNumber: person.idNumber,
  phone: '13600000000',
  relation,
  startedOn,
});

describe('批量登记人员 of people already bound or asking', () => {
  it('confirms a person’s own request to the unit with the file’s data, and leaves a request to another unit alone', async () => {
    const db = s.t.database.db;
    const asking = await createPerson(db, s.t.cipher, { name: '高远', birthDate: '1984-04-04' });
    const request = await bind(asking.id, unitA.id, 'pending', '2019-01-01');
    const elsewhere = await createPerson(db, s.t.cipher, { name: '罗静', birthDate: '1986-06-06' });
    const other = await bind(elsewhere.id, unitC.id, 'pending', '2024-01-01');

    const response = await uploadStaff(
      s.t,
      employerA,
      await staffWorkbook([line(asking, '2018-07-01'), line(elsewhere, '2016-03-01', '在编')]),
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().rows[0].message).toContain('本人提交的绑定申请一并确认');
    expect(response.json().rows[1].message).toContain('本人另有向其他单位提交的绑定申请，仍待该单位处理');

    expect(await bindingsOf(asking.id)).toMatchObject([
      {
        id: request.id,
        organisationId: unitA.id,
        status: 'confirmed',
        source: 'person',
        relation: 'contract',
        startedOn: '2018-07-01',
        decidedBy: clerkA.id,
      },
    ]);
    const theirs = await bindingsOf(elsewhere.id);
    expect(theirs).toHaveLength(2);
    expect(theirs.find((b) => b.id === other.id)).toMatchObject({
      status: 'pending',
      organisationId: unitC.id,
    });
    expect(theirs.find((b) => b.id !== other.id)).toMatchObject({
      status: 'confirmed',
      source: 'unit-import',
      organisationId: unitA.id,
    });
  });

  it('never takes a person from another unit: the row is refused and nothing moves', async () => {
    const db = s.t.database.db;
    const mover = await createPerson(db, s.t.cipher, { name: '田甜', birthDate: '1989-09-09' });
    const old = await bind(mover.id, unitA.id, 'confirmed', '2012-08-01');

    const refused = await uploadStaff(s.t, employerB, await staffWorkbook([line(mover, '2025-05-01')]));
    expect(refused.statusCode).toBe(422);
    expect(refused.json().report.rows[0].message).toBe(`身份证号码：${OTHER_UNIT_MESSAGE}`);
    expect(await bindingsOf(mover.id)).toMatchObject([{ id: old.id, status: 'confirmed' }]);
    const [person] = await db.select().from(persons).where(eq(persons.id, mover.id));
    expect(person?.organisationId).toBe(unitA.id);

    // Its own unit finds the person already on its staff.
    const own = await uploadStaff(s.t, employerA, await staffWorkbook([line(mover, '2012-08-01')]));
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().rows[0]).toMatchObject({ status: 'unchanged' });
  });

  it('keeps the import when an invitation cannot be sent, and says so on the row', async () => {
    const failing = createStaffImportService({
      db: s.t.database.db,
      clock: s.t.clock,
      audit: s.t.services.audit,
      cipher: s.t.cipher,
      notifications: s.t.services.notifications,
      publicBaseUrl: 'https://zhiping.example.cn',
      sender: {
        async send() {
          throw new Error('短信网关不可用');
        },
      },
    });
    const actor = {
      userId: clerkA.id,
      roles: ['employer' as const],
      permissions: ['staff.bind' as const],
      organisationId: unitA.id,
      jurisdictionCode: '210300',
    };
    const idNumber = makeIdNumber('1993-03-03');
    const outcome = await failing.importStaff(
      actor,
      await staffWorkbook([
        { name: '邱实', idNumber, phone: '13600000001', relation: '在编', startedOn: '2020-01-01' },
      ]),
      { dryRun: false },
    );
    expect(outcome.ok).toBe(true);
    expect(outcome.report).toMatchObject({ written: true, counts: { created: 1, invitationsFailed: 1 } });
    expect(outcome.report.rows[0]).toMatchObject({ status: 'created', invitation: 'failed' });
    expect(outcome.report.rows[0]!.message).toContain('邀请短信发送失败，请通知本人自行注册');
    const [person] = await s.t.database.db
      .select()
      .from(persons)
      .where(eq(persons.idNumberHash, s.t.cipher.lookupHash(idNumber)));
    expect(person?.organisationId).toBe(unitA.id);
  });

  it('lets two units importing the same new person at once end with one person, never a server error', async () => {
    const person = { name: '方圆', idNumber: makeIdNumber('1991-12-12') };
    const file = await staffWorkbook([line(person, '2022-02-01')]);
    const answers = await Promise.all([uploadStaff(s.t, employerA, file), uploadStaff(s.t, employerB, file)]);
    // The winner registers the person; the other unit is refused — at the write (409) when the
    // two overlap, or at the check (422: the person is now another unit's) when one runs first.
    expect(answers.filter((a) => a.statusCode === 200)).toHaveLength(1);
    for (const answer of answers) {
      expect([200, 409, 422], answer.body).toContain(answer.statusCode);
      if (answer.statusCode === 409) expect(answer.json().error.code).toBe('STAFF_IMPORT_CONFLICT');
      if (answer.statusCode === 422) expect(answer.json().error.code).toBe('STAFF_ROWS_INVALID');
    }
    const found = await s.t.database.db
      .select()
      .from(persons)
      .where(eq(persons.idNumberHash, s.t.cipher.lookupHash(person.idNumber)));
    expect(found).toHaveLength(1);
    const confirmed = (await bindingsOf(found[0]!.id)).filter((b) => b.status === 'confirmed');
    expect(confirmed).toHaveLength(1);
    expect(found[0]!.organisationId).toBe(confirmed[0]!.organisationId);
  });
});
