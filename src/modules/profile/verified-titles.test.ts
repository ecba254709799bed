import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signedInRequests } from '../../../test/helpers/app-suite';
import { applicationSuite } from '../../../test/helpers/application-suite';
import { engineerProfile } from '../../../test/helpers/application-world';
import {
  authed,
  createPerson,
  login,
  makeIdNumber,
  type Session,
  signIn,
} from '../../../test/helpers/factories';
import { pdfText } from '../../../test/helpers/pdf-text';
import { type TitleRecord, titleRecord } from '../../../test/helpers/title-records';
import { auditEvents, certificates } from '../../db/schema';
import { formatCertificateNumber } from '../../domain/certificates';
import { TITLE_RECORD_COLUMNS } from '../../domain/certificates/title-record';

// A profile starts from the titles the system holds records of, and each title says whether a record backs it.

const s = applicationSuite({ loginRateLimitPerMinute: 10_000 });
const api = signedInRequests(() => s.t);
const { file, get } = s;

const BIRTH = '1988-03-15';

/** Imports historical title rows through the bureau's upload, and waits for the job to end. */
async function importTitles(rows: TitleRecord[]) {
  const text = [
    TITLE_RECORD_COLUMNS.join(','),
    ...rows.map((r) => TITLE_RECORD_COLUMNS.map((c) => r[c]).join(',')),
  ];
  const response = await api.upload(s.w.sessions.hr, '/api/v1/title-imports', [
    { name: 'file', fileName: 'titles.csv', contentType: 'text/csv', bytes: Buffer.from(text.join('\r\n')) },
  ]);
  expect(response.statusCode).toBe(202);
  await s.t.services.titleImports.idle();
  const job = (await get(s.w.sessions.hr, `/api/v1/title-imports/${response.json().id}`)).json();
  expect(job).toMatchObject({ status: 'done', importedRows: rows.length, failedRows: 0 });
}

/** The record of an 助理工程师 of 2011, from Anshan's junior committee. */
const assistantRow = (name: string, idNumber: string) =>
  titleRecord(idNumber, {
    姓名: name,
    层级: '助理级',
    职称名称: '助理工程师',
    评审机构: '鞍山市工程技术系列初级职称评审委员会',
    发文文号: '鞍人社〔2011〕88号',
    取得资格日期: '2011-12-20',
  });

/** A professional at the employer with an account and no saved profile. */
async function newcomer(
  name: string,
  titles: NonNullable<Parameters<typeof createPerson>[2]>['titles'] = [],
) {
  const person = await createPerson(s.t.database.db, s.t.cipher, {
    name,
    birthDate: BIRTH,
    organisationId: s.w.orgs.employer.id,
    titles,
  });
  return {
    person,
    session: await signIn(s.t, {
      roles: ['applicant'],
      personId: person.id,
      organisationId: s.w.orgs.employer.id,
    }),
  };
}

let certificateSequence = 0;
/** A certificate this system issued after a review (the announcement's step is not under test here). */
async function issuedCertificate(person: { id: string; name: string; idNumber: string }) {
  certificateSequence += 1;
  const number = formatCertificateNumber({
    regionCode: '210300',
    year: 2016,
    committeeCode: '001',
    sequence: certificateSequence,
  });
  await s.t.database.db.insert(certificates).values({
    number,
    holderName: person.name,
    holderIdCipher: s.t.cipher.encrypt(person.idNumber),
    holderIdHash: s.t.cipher.lookupHash(person.idNumber),
    holderIdMasked: '210302**********1X',
    personId: person.id,
    series: 'engineering',
    level: 'intermediate',
    specialty: '通信工程',
    titleName: '工程师',
    committeeName: '鞍山市工程技术系列中级职称评审委员会',
    announcementNumber: '鞍人社〔2016〕120号',
    issuedOn: '2016-12-18',
    regionCode: '210300',
    source: 'review',
  });
  return number;
}

const profileOf = (session: Session) => get(session, '/api/v1/me/profile');

describe('titles verified against the records', () => {
  let me: Session;
  let personId: string;
  let certificateNumber: string;
  let importedNumber: string;
  let applicationId: string;

  it('starts a newcomer’s profile from a certificate in the ledger and an imported title, both verified', async () => {
    const { person, session } = await newcomer('周晓峰');
    me = session;
    personId = person.id;
    certificateNumber = await issuedCertificate(person);
    await importTitles([assistantRow(person.name, person.idNumber)]);
    [{ number: importedNumber }] = (await s.t.database.db
      .select({ number: certificates.number })
      .from(certificates)
      .where(and(eq(certificates.source, 'import'), eq(certificates.holderName, person.name)))) as [
      { number: string },
    ];

    const response = await profileOf(me);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.updatedAt).toBeNull();
    expect(body.applicant.titles).toEqual([
      { series: 'engineering', level: 'assistant', obtainedOn: '2011-12-20', via: 'review' },
      { series: 'engineering', level: 'intermediate', obtainedOn: '2016-12-18', via: 'review' },
    ]);
    expect(body.verification.titles).toEqual([
      expect.objectContaining({
        index: 0,
        verified: true,
        source: 'import',
        certificateNumber: importedNumber,
      }),
      expect.objectContaining({ index: 1, verified: true, source: 'certificate', certificateNumber }),
    ]);
    expect(body.verification.unclaimedRecords).toEqual([]);
    expect(body.verification.records).toHaveLength(2);
  });

  it('lets the person move a verified title’s date: the save succeeds and the title shows as declared', async () => {
    const [assistant, intermediate] = (await profileOf(me)).json().applicant.titles;
    const response = await s.t.app.inject({
      method: 'PUT',
      url: '/api/v1/me/profile',
      headers: authed(me),
      payload: {
        applicant: engineerProfile(BIRTH, {
          titles: [assistant, { ...intermediate, obtainedOn: '2016-06-30' }],
        }),
      },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.applicant.titles[1].obtainedOn).toBe('2016-06-30');
    expect(body.verification.titles).toEqual([
      expect.objectContaining({ index: 0, verified: true, source: 'import' }),
      { index: 1, verified: false, source: 'declared' },
    ]);
    expect(body.verification.unclaimedRecords).toEqual([
      expect.objectContaining({
        source: 'certificate',
        level: 'intermediate',
        obtainedOn: '2016-12-18',
        certificateNumber,
      }),
    ]);
    // The next read says the same: the flags follow the saved facts, not the session.
    expect((await profileOf(me)).json().verification).toEqual(body.verification);
    const [event] = await s.t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'profile.updated'), eq(auditEvents.entityId, personId)));
    expect(event?.data).toMatchObject({ titles: 2, titlesVerified: 1 });
  });

  it('shows the employer reviewing the application which titles are verified and which are declared, on screen and in the 评审表', async () => {
    const filed = await file(me);
    expect(filed.statusCode).toBe(201);
    applicationId = filed.json().id;
    const detail = await get(s.w.sessions.employer, `/api/v1/applications/${applicationId}`);
    expect(detail.statusCode).toBe(200);
    const body = detail.json();
    expect(body.applicant.titles.map((x: { obtainedOn: string }) => x.obtainedOn)).toEqual([
      '2011-12-20',
      '2016-06-30',
    ]);
    expect(
      body.verification.titles.map((x: { verified: boolean; source: string }) => [x.verified, x.source]),
    ).toEqual([
      [true, 'import'],
      [false, 'declared'],
    ]);
    expect(body.verification.unclaimedRecords).toEqual([
      expect.objectContaining({ source: 'certificate', certificateNumber }),
    ]);

    const form = await get(s.w.sessions.employer, `/api/v1/applications/${applicationId}/form.pdf`);
    expect(form.statusCode).toBe(200);
    const text = pdfText(form.rawPayload).replace(/\s+/g, '');
    expect(text).toContain(`已核验（历史导入${importedNumber}）`);
    expect(text).toContain('本人申报');
    expect(text).toContain('系统记录，本人未填报');
  });

  it('puts the title back to its recorded date and it is verified again', async () => {
    const saved = (await profileOf(me)).json().applicant;
    saved.titles[1].obtainedOn = '2016-12-18';
    const response = await api.put(me, '/api/v1/me/profile', { applicant: saved });
    expect(response.statusCode).toBe(200);
    expect(response.json().verification.titles.every((x: { verified: boolean }) => x.verified)).toBe(true);
    const detail = (await get(s.w.sessions.employer, `/api/v1/applications/${applicationId}`)).json();
    expect(detail.verification.titles.map((x: { source: string }) => x.source)).toEqual([
      'import',
      'certificate',
    ]);
    expect(detail.verification.unclaimedRecords).toEqual([]);
  });

  it('counts a title on record and its imported certificate as one title, the certificate standing for it', async () => {
    const { person, session } = await newcomer('沈嘉禾', [
      { series: 'engineering', level: 'assistant', specialty: '通信工程', obtainedOn: '2011-12-20' },
    ]);
    await importTitles([assistantRow(person.name, person.idNumber)]);
    const body = (await profileOf(session)).json();
    expect(body.applicant.titles).toEqual([
      { series: 'engineering', level: 'assistant', obtainedOn: '2011-12-20', via: 'review' },
    ]);
    expect(body.verification.titles).toEqual([
      expect.objectContaining({ index: 0, verified: true, source: 'import' }),
    ]);
  });

  it('starts someone who registers after the bureau imported their historical titles from those titles, verified — and flags the title once its certificate is revoked', async () => {
    const idNumber = makeIdNumber('1986-09-02', false);
    await importTitles([assistantRow('韩雨晴', idNumber)]);
    const phone = '13912345678';
    const post = (url: string, payload: Record<string, unknown>) =>
      s.t.app.inject({ method: 'POST', url, payload, remoteAddress: '10.0.18.3' });
    expect((await post('/api/v1/public/phone-codes', { phone, purpose: 'register' })).statusCode).toBe(202);
    const code = /验证码(\d{6})/.exec(s.t.sent.at(-1)!.body)![1]!;
    const registered = await post('/api/v1/public/registrations', {
      name: '韩雨晴',
      idNumber,
      phone,
      code,
      password: 'Zhiping2026',
      regionCode: '210302',
    });
    expect(registered.statusCode, registered.body).toBe(201);
    const body = (await profileOf(await login(s.t.app, phone, 'Zhiping2026'))).json();
    expect(body.applicant).toEqual({
      birthDate: '1986-09-02',
      titles: [{ series: 'engineering', level: 'assistant', obtainedOn: '2011-12-20', via: 'review' }],
    });
    expect(body.verification.titles).toEqual([
      expect.objectContaining({ index: 0, verified: true, source: 'import' }),
    ]);

    // She saves her profile with that title; the bureau then revokes its certificate (fraud found).
    const me = await login(s.t.app, phone, 'Zhiping2026');
    const saved = await api.put(me, '/api/v1/me/profile', {
      applicant: engineerProfile('1986-09-02', { titles: body.applicant.titles }),
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const revoked = await api.post(
      s.w.sessions.hr,
      `/api/v1/certificates/${body.verification.titles[0].recordId}/revoke`,
      { reason: '申报材料弄虚作假', authority: '鞍山市人力资源和社会保障局' },
    );
    expect(revoked.statusCode, revoked.body).toBe(200);
    const after = (await profileOf(me)).json().verification;
    expect(after.titles).toEqual([
      {
        index: 0,
        verified: false,
        source: 'declared',
        revoked: {
          certificateNumber: body.verification.titles[0].certificateNumber,
          revokedOn: '2026-03-02',
        },
      },
    ]);
    expect(after.records).toEqual([]);
  });
});
