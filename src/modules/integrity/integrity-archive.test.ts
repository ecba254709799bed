import { count, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedInRequests } from '../../../test/helpers/app-suite';
import { SENIOR_TELECOM } from '../../../test/helpers/application-requests';
import { applicationSuite } from '../../../test/helpers/application-suite';
import { createOrganisation, makeIdNumber, type Session, signIn } from '../../../test/helpers/factories';
import { auditEvents, certificates, fraudFindings, type PersonRecord } from '../../db/schema';
import { formatCertificateNumber } from '../../domain/certificates';
import { maskIdNumber } from '../../domain/identifiers';

let jilinHr: Session;
const s = applicationSuite({ sessionIdleMinutes: 60 * 24 * 365 });
const { act, file, get, setDay } = s;
beforeAll(async () => {
  const bureau = await createOrganisation(s.t.database.db, {
    name: '吉林省人力资源和社会保障厅',
    kind: 'hr-bureau',
    jurisdictionCode: '220000',
    employerKind: 'government',
  });
  jilinHr = await signIn(s.t, {
    roles: ['hr'],
    organisationId: bureau.id,
    jurisdictionCode: '220000',
  });
});

const { post } = signedInRequests(() => s.t);

let sequence = 0;
/** A valid certificate in the ledger for the holder with this ID number (the issuing code is not needed). */
async function certificateOf(holder: { name: string; idNumber: string }, regionCode = '210300') {
  sequence += 1;
  const number = formatCertificateNumber({ regionCode, year: 2020, committeeCode: '001', sequence });
  const [row] = await s.t.database.db
    .insert(certificates)
    .values({
      number,
      holderName: holder.name,
      holderIdCipher: s.t.cipher.encrypt(holder.idNumber),
      holderIdHash: s.t.cipher.lookupHash(holder.idNumber),
      holderIdMasked: maskIdNumber(holder.idNumber),
      series: 'engineering',
      level: 'intermediate',
      specialty: '通信工程',
      titleName: '工程师',
      committeeName: '鞍山市工程技术系列中级职称评审委员会',
      announcementNumber: '鞍人社〔2020〕30号',
      issuedOn: '2020-12-20',
      regionCode,
      source: 'import',
    })
    .returning();
  return row!;
}

const holderOf = (person: PersonRecord) => ({
  name: person.name,
  idNumber: s.t.cipher.decrypt(person.idNumberCipher),
});

const finding = (person: { name: string; idNumber: string }, over: Record<string, unknown> = {}) => ({
  personName: person.name,
  idNumber: person.idNumber,
  regionCode: '210302',
  decisionNumber: '鞍人社〔2026〕15号',
  decidedOn: '2026-03-02',
  facts: '申报2020年度工程师时提供虚假的工作经历证明和论文材料',
  evidence: '核查报告、原单位出具的证明材料',
  certificateNumbers: [],
  ...over,
});

const statusOf = async (ids: string[]) =>
  Object.fromEntries(
    (
      await s.t.database.db
        .select({ id: certificates.id, status: certificates.status })
        .from(certificates)
        .where(inArray(certificates.id, ids))
    ).map((c) => [c.id, c.status]),
  );
const findingCount = async () => (await s.t.database.db.select({ n: count() }).from(fraudFindings))[0]!.n;

describe('recording a fraud finding', () => {
  it('revokes exactly the listed titles of the person and bans until decidedOn + 3 years − 1 day', async () => {
    setDay('2026-03-02');
    const holder = { name: '张建国', idNumber: makeIdNumber('1982-06-01') };
    const [first, second, kept] = [
      await certificateOf(holder),
      await certificateOf(holder),
      await certificateOf(holder),
    ];
    const response = await post(
      s.w.sessions.hr,
      '/api/v1/integrity/findings',
      finding(holder, { certificateNumbers: [first!.number, second!.number.toLowerCase()] }),
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      banYears: 3,
      bannedUntil: '2029-03-01',
      citation: { document: 'national', clause: '职称评审监管暂行办法（2024）' },
      revokedCertificates: [first!.number, second!.number],
    });
    expect(await statusOf([first!.id, second!.id, kept!.id])).toEqual({
      [first!.id]: 'revoked',
      [second!.id]: 'revoked',
      [kept!.id]: 'valid',
    });
    const [revoked] = await s.t.database.db.select().from(certificates).where(eq(certificates.id, first!.id));
    expect(revoked).toMatchObject({
      revokedOn: '2026-03-02',
      revokedReason: '弄虚作假取得职称，依据鞍人社〔2026〕15号撤销',
      revokedAuthority: '鞍山市人力资源和社会保障局 鞍人社〔2026〕15号',
    });

    // Sealed and hashed at rest; masked on screen; never in the audit log.
    const id = response.json().id as string;
    const [row] = await s.t.database.db.select().from(fraudFindings).where(eq(fraudFindings.id, id));
    expect(row!.personIdCipher).not.toContain(holder.idNumber);
    expect(s.t.cipher.decrypt(row!.personIdCipher)).toBe(holder.idNumber);
    expect(row!.personIdHash).toBe(s.t.cipher.lookupHash(holder.idNumber));
    const events = await s.t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, id));
    expect(events.map((e) => e.action)).toEqual(['integrity.finding-recorded']);
    expect(JSON.stringify(events)).not.toContain(holder.idNumber);
    const detail = await get(s.w.sessions.supervisor, `/api/v1/integrity/findings/${id}`);
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json()).toMatchObject({
      personIdMasked: maskIdNumber(holder.idNumber),
      bannedNow: true,
      evidence: '核查报告、原单位出具的证明材料',
      authorityName: '鞍山市人力资源和社会保障局',
    });
    expect(detail.body).not.toContain(holder.idNumber);

    // The same decision twice, or a title revoked twice, is refused.
    const again = await post(s.w.sessions.hr, '/api/v1/integrity/findings', finding(holder));
    expect(again.statusCode).toBe(409);
    const twice = await post(
      s.w.sessions.hr,
      '/api/v1/integrity/findings',
      finding(holder, { decisionNumber: '鞍人社〔2026〕16号', certificateNumbers: [first!.number] }),
    );
    expect(twice.statusCode).toBe(422);
    expect(twice.json().error.details[0].message).toContain('不能重复撤销');
  });

  it('refuses a certificate of someone else with which one and why, and changes nothing', async () => {
    setDay('2026-03-02');
    const holder = { name: '李明', idNumber: makeIdNumber('1984-01-02') };
    const other = { name: '王芳', idNumber: makeIdNumber('1986-05-06') };
    const own = await certificateOf(holder);
    const foreign = await certificateOf(other);
    const before = await findingCount();
    const response = await post(
      s.w.sessions.hr,
      '/api/v1/integrity/findings',
      finding(holder, { certificateNumbers: [own.number, foreign.number] }),
    );
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details).toEqual([
      {
        path: 'certificateNumbers.1',
        message: expect.stringContaining(`证书${foreign.number}的持证人不是被认定人员`),
      },
    ]);
    expect(await findingCount()).toBe(before);
    expect(await statusOf([own.id, foreign.id])).toEqual({ [own.id]: 'valid', [foreign.id]: 'valid' });

    const unknown = formatCertificateNumber({
      regionCode: '210300',
      year: 2019,
      committeeCode: '001',
      sequence: 9999,
    });
    const missing = await post(
      s.w.sessions.hr,
      '/api/v1/integrity/findings',
      finding(holder, { certificateNumbers: [unknown] }),
    );
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error.message).toContain('不在证书台账中');
    const typo = await post(
      s.w.sessions.hr,
      '/api/v1/integrity/findings',
      finding(holder, { certificateNumbers: ['2103002020001000000'] }),
    );
    expect(typo.statusCode).toBe(400);
    expect(typo.json().error.details[0].path).toBe('certificateNumbers.0');
    const future = await post(
      s.w.sessions.hr,
      '/api/v1/integrity/findings',
      finding(holder, { decidedOn: '2026-03-03' }),
    );
    expect(future.statusCode).toBe(400);
    expect(future.json().error.details[0]).toMatchObject({ path: 'decidedOn' });
    expect(await findingCount()).toBe(before);
  });

  it('is the HR bureau’s alone, and only within its jurisdiction', async () => {
    setDay('2026-03-02');
    const holder = { name: '赵强', idNumber: makeIdNumber('1980-07-08') };
    const before = await findingCount();
    for (const session of [s.w.sessions.supervisor, s.w.sessions.employer, s.w.sessions.cityOffice]) {
      const denied = await post(session, '/api/v1/integrity/findings', finding(holder));
      expect(denied.statusCode).toBe(403);
      expect(denied.json().error.message).toBeTruthy();
    }
    const foreign = await post(s.w.sessions.liaoyangHr, '/api/v1/integrity/findings', finding(holder));
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.message).toContain('本辖区');
    expect(await findingCount()).toBe(before);

    const made = await post(
      s.w.sessions.hr,
      '/api/v1/integrity/findings',
      finding(holder, { decisionNumber: '鞍人社〔2026〕20号' }),
    );
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json().id as string;
    expect((await get(jilinHr, `/api/v1/integrity/findings/${id}`)).statusCode).toBe(404);
    const jilinList = (await get(jilinHr, '/api/v1/integrity/findings')).json();
    expect(jilinList.items.map((f: { id: string }) => f.id)).not.toContain(id);
    const anshanList = await get(s.w.sessions.supervisor, '/api/v1/integrity/findings?q=赵强&bannedNow=true');
    expect(anshanList.statusCode, anshanList.body).toBe(200);
    expect(anshanList.json()).toMatchObject({
      total: 1,
      items: [{ id, personName: '赵强', bannedNow: true }],
    });
    expect(anshanList.body).not.toContain(holder.idNumber);
    const byDecision = (
      await get(s.w.sessions.hr, `/api/v1/integrity/findings?q=${encodeURIComponent('〔2026〕20号')}`)
    ).json();
    expect(byDecision.items.map((f: { id: string }) => f.id)).toEqual([id]);
    const exported = await get(s.w.sessions.supervisor, '/api/v1/integrity/findings/export?bannedNow=true');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
  });
});

describe('the ban at application time', () => {
  it('refuses a person banned in the archive, though the profile declares no ban, and the wizard shows why', async () => {
    setDay('2026-03-02');
    const { person, session } = await s.w.applicant(s.w.orgs.employer.id);
    const holder = holderOf(person);
    const recorded = await post(
      s.w.sessions.hr,
      '/api/v1/integrity/findings',
      finding(holder, { decisionNumber: '鞍人社〔2025〕88号', decidedOn: '2025-06-30' }),
    );
    expect(recorded.statusCode, recorded.body).toBe(201);
    expect(recorded.json().bannedUntil).toBe('2028-06-29');

    const check = await post(s.w.sessions.hr, '/api/v1/integrity/ban-check', { idNumber: holder.idNumber });
    expect(check.json()).toMatchObject({ banned: true, bannedUntil: '2028-06-29', findings: 1 });

    const preview = await post(session, '/api/v1/applications/preview', {
      target: SENIOR_TELECOM,
      pathway: 'regular',
    });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().problems).toMatchObject([
      { code: 'BANNED', citation: { clause: '职称评审监管暂行办法（2024）' } },
    ]);
    expect(preview.json().eligibility.eligible).toBe(false);
    expect(preview.json().eligibility.unmet.map((u: { rule: string }) => u.rule)).toContain('not-banned');

    const filed = await file(session);
    expect(filed.statusCode).toBe(422);
    expect(filed.json().error).toMatchObject({
      code: 'BANNED',
      message: expect.stringContaining('因弄虚作假被记入诚信档案，2028-06-29前不得申报'),
    });
    expect(filed.json().error.details[0].message).toContain('职称评审监管暂行办法（2024）');
  });

  it('refuses the resubmission of a returned application once the person is banned, and keeps it returned', async () => {
    setDay('2026-03-02');
    const { person, session } = await s.w.applicant(s.w.orgs.employer.id);
    const filed = await file(session);
    expect(filed.statusCode, filed.body).toBe(201);
    const id = filed.json().id as string;
    const returned = await act(s.w.sessions.employer, id, {
      event: 'return',
      reason: '学历证书扫描件不清晰，请重新上传',
    });
    expect(returned.json().state).toBe('returned');
    const recorded = await post(
      s.w.sessions.hr,
      '/api/v1/integrity/findings',
      finding(holderOf(person), { decisionNumber: '鞍人社〔2026〕7号', decidedOn: '2026-03-01' }),
    );
    expect(recorded.statusCode, recorded.body).toBe(201);
    const again = await act(session, id, { event: 'submit', personalCommitment: true });
    expect(again.statusCode).toBe(422);
    expect(again.json().error).toMatchObject({
      code: 'BANNED',
      message: expect.stringContaining('2029-02-28前不得申报'),
    });
    expect((await get(session, `/api/v1/applications/${id}`)).json().state).toBe('returned');
  });

  it('lets the person apply again the day after the last banned day', async () => {
    const { person, session } = await s.w.applicant(s.w.orgs.employer.id);
    setDay('2026-03-02');
    const recorded = await post(
      s.w.sessions.hr,
      '/api/v1/integrity/findings',
      finding(holderOf(person), { decisionNumber: '鞍人社〔2023〕5号', decidedOn: '2023-03-01' }),
    );
    expect(recorded.json().bannedUntil).toBe('2026-02-28');
    const filed = await file(session);
    expect(filed.statusCode, filed.body).toBe(201);
  });
});
