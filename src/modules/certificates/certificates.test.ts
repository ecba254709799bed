import zlib from 'node:zlib';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testAppSuite } from '../../../test/helpers/app-suite';
import { applicationRequests } from '../../../test/helpers/application-requests';
import { conferTitles } from '../../../test/helpers/conferred-titles';
import { authed, createUser, login, type Session } from '../../../test/helpers/factories';
import { pdfText } from '../../../test/helpers/pdf-text';
import { buildReviewWorld, type ReviewWorld } from '../../../test/helpers/review-world';
import { SENIOR_TELECOM_VERIFICATION } from '../../../test/helpers/verification-answer';
import { auditEvents, certificates, persons } from '../../db/schema';
import { mod11_2CheckChar, parseCertificateNumber } from '../../domain/certificates';
import { verifyCertificatePdf } from './certificate-pdf-verify';

const s = testAppSuite({ sessionIdleMinutes: 60 * 24 * 365, loginRateLimitPerMinute: 10_000 });
let w: ReviewWorld;
let provinceHr: Session;
let conferred: Awaited<ReturnType<typeof conferTitles>>;

beforeAll(async () => {
  w = await buildReviewWorld(s.t, { experts: 30 });
  const hr = await createUser(s.t.database.db, {
    roles: ['hr'],
    organisationId: w.orgs.hrBureau.id,
    jurisdictionCode: '210000',
  });
  provinceHr = await login(s.t.app, hr.username);
  conferred = await conferTitles(s.t, w, 4, '辽人社〔2026〕201号');
}, 240_000);

const { get } = applicationRequests(() => s.t);
const post = (session: Session, url: string, payload: Record<string, unknown> = {}) =>
  s.t.app.inject({ method: 'POST', url, headers: authed(session), payload });
const publicGet = (url: string) => s.t.app.inject({ method: 'GET', url });
/** The status public verification shows for certificate `number` now. */
const publicStatus = async (number: string) =>
  (await publicGet(`/api/v1/public/certificates/${number}`)).json().status;
/** The ledger row of certificate `number`, as stored. */
const ledgerRow = async (number: string) =>
  (await s.t.database.db.select().from(certificates).where(eq(certificates.number, number)))[0];
/**
 * The public answer for `number` once it reads `status`, or the last answer after a second:
 * a status change reaches the cache by NOTIFY, so "at once" means within the contract's second.
 */
async function publicSoon(number: string, status: string) {
  const started = Date.now();
  for (;;) {
    const body = (await publicGet(`/api/v1/public/certificates/${number}`)).json();
    if (body.status === status || Date.now() - started > 1000) return body;
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('certificates issued at the announcement', () => {
  it('numbers each conferred title in the committee block and records it in the ledger', async () => {
    expect(conferred.conferred).toHaveLength(2);
    expect(conferred.certificates).toHaveLength(2);
    const [committee] = await s.t.database.db
      .select()
      .from(certificates)
      .where(eq(certificates.number, conferred.certificates[0]!));
    for (const [i, number] of conferred.certificates.entries()) {
      const parsed = parseCertificateNumber(number);
      expect(parsed).toMatchObject({
        valid: true,
        parts: { regionCode: '210000', year: 2026, sequence: i + 1 },
      });
    }
    expect(committee).toMatchObject({
      status: 'valid',
      source: 'review',
      titleName: '高级工程师',
      announcementNumber: '辽人社〔2026〕201号',
      issuedOn: '2026-11-23',
    });
    // The ID number is copied as ciphertext; it never appears in the clear.
    const [holder] = await s.t.database.db.select().from(persons).where(eq(persons.id, committee!.personId!));
    expect(committee!.holderIdCipher).toBe(holder!.idNumberCipher);
    expect(s.t.cipher.decrypt(committee!.holderIdCipher)).toMatch(/^\d{17}[\dX]$/);

    const ledger = await get(provinceHr, '/api/v1/certificates?sort=number');
    expect(ledger.statusCode, ledger.body).toBe(200);
    expect(ledger.json().items.map((c: { number: string }) => c.number)).toEqual(conferred.certificates);
    expect(ledger.json().counts).toEqual({ valid: 2 });
    expect(ledger.body).not.toContain(s.t.cipher.decrypt(committee!.holderIdCipher));
    const office = await get(w.sessions.provinceOffice, '/api/v1/certificates');
    expect(office.json().total).toBe(2);
    for (const outsider of [w.sessions.hr, w.sessions.liaoyangHr, w.sessions.cityOffice])
      expect((await get(outsider, '/api/v1/certificates')).json().total).toBe(0);
    const detail = await get(provinceHr, `/api/v1/certificates/${committee!.id}`);
    expect(detail.json()).toMatchObject({
      actions: ['download', 'replace', 'revoke'],
      events: [{ kind: 'issued', name: '签发' }],
    });
    expect((await get(w.sessions.liaoyangHr, `/api/v1/certificates/${committee!.id}`)).statusCode).toBe(404);
    const issuedAudit = await s.t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'certificate.issued'));
    expect(issuedAudit).toHaveLength(2);
  });

  it('lets the holder download a signed PDF that verifies offline against the published keys', async () => {
    const holder = conferred.conferred[0]!;
    const mine = await get(holder.applicant, '/api/v1/me/certificates');
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().items).toHaveLength(1);
    const own = mine.json().items[0];
    expect(own).toMatchObject({ holderName: holder.personName, status: 'valid', actions: ['download'] });
    const pdf = await get(holder.applicant, `/api/v1/certificates/${own.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain(own.number);
    expect(text).toContain(holder.personName);
    expect(text).toContain('辽人社〔2026〕201号');
    const keys = (await publicGet('/api/v1/public/keys')).json().keys;
    // One key, the one in force.
    expect(keys).toEqual([
      expect.objectContaining({
        algorithm: 'SM2',
        hash: 'SM3',
        userId: '1234567812345678',
        status: 'active',
      }),
    ]);
    const verified = await verifyCertificatePdf(new Uint8Array(pdf.rawPayload), keys);
    expect(verified).toMatchObject({
      ok: true,
      payload: { number: own.number, holder: { name: holder.personName } },
    });
    // Somebody else's certificate is not there for the asking.
    const other = conferred.conferred[1]!;
    expect((await get(other.applicant, `/api/v1/certificates/${own.id}/pdf`)).statusCode).toBe(404);
  });
});

describe('public verification (CONTRACTS §4)', () => {
  it('shows validity and the title with the holder masked and no identifier', async () => {
    const number = conferred.certificates[0]!;
    const row = await ledgerRow(number);
    const response = await publicGet(`/api/v1/public/certificates/${number}`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(Object.keys(body).sort()).toEqual(
      [
        'announcement',
        'committee',
        'holder',
        'issuedOn',
        'level',
        'number',
        'series',
        'specialty',
        'status',
        'title',
      ].sort(),
    );
    const name = [...row!.holderName];
    expect(body).toEqual({
      number,
      status: 'valid',
      holder: `${name[0]}${'*'.repeat(name.length - 2)}${name.at(-1)}`,
      ...SENIOR_TELECOM_VERIFICATION,
    });
    const id = s.t.cipher.decrypt(row!.holderIdCipher);
    expect(response.body).not.toContain(id.slice(6, 14));
    expect(response.body).not.toContain(row!.holderName);
  });

  it('answers a malformed number with 400 whatever exists, and an unknown one with 404', async () => {
    const number = conferred.certificates[0]!;
    const typo = `${number.slice(0, 19)}${(Number(number[19]) + 1) % 10}${number[20]}`;
    const body = `21000020269990000001`;
    const unknown = `${body}${mod11_2CheckChar(body)}`;
    const nearTypo = await publicGet(`/api/v1/public/certificates/${typo}`);
    const farTypo = await publicGet(
      `/api/v1/public/certificates/${unknown.slice(0, 20)}${unknown[20] === '0' ? '1' : '0'}`,
    );
    for (const r of [nearTypo, farTypo, await publicGet('/api/v1/public/certificates/abc')]) {
      expect(r.statusCode).toBe(400);
      expect(r.json().error.code).toBe('CERTIFICATE_NUMBER_INVALID');
    }
    expect(nearTypo.json().error.message).toBe(farTypo.json().error.message);
    const missing = await publicGet(`/api/v1/public/certificates/${unknown}`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toContain('未查询到');
  });

  it('serves a light page for the QR code, under 30 kB gzipped, without scripts', async () => {
    const number = conferred.certificates[0]!;
    const page = await publicGet(`/verify/${number}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('证书有效');
    expect(page.body).toContain('高级工程师');
    expect(page.body).not.toMatch(/<script/i);
    expect(zlib.gzipSync(page.body).length).toBeLessThan(30 * 1024);
    expect((await publicGet('/verify/12345')).statusCode).toBe(400);
    const redirect = await publicGet(`/verify?number=${number.slice(0, 6)}%20${number.slice(6)}`);
    expect(redirect.statusCode).toBe(303);
    expect(redirect.headers.location).toBe(`/verify/${number}`);
  });
});

describe('the ledger: replacement and revocation', () => {
  it('replaces with a new number in the same block and voids the old one, visible to verification at once', async () => {
    const oldNumber = conferred.certificates[1]!;
    const old = await ledgerRow(oldNumber);
    expect(await publicStatus(oldNumber)).toBe('valid');
    const noReason = await post(w.sessions.provinceOffice, `/api/v1/certificates/${old!.id}/replace`, {
      reason: '',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.message).toContain('补换原因');
    const replaced = await post(w.sessions.provinceOffice, `/api/v1/certificates/${old!.id}/replace`, {
      reason: '证书信息中专业名称更正',
    });
    expect(replaced.statusCode, replaced.body).toBe(201);
    const fresh = replaced.json().number as string;
    expect(parseCertificateNumber(fresh)).toMatchObject({ valid: true, parts: { sequence: 3 } });
    expect(fresh.slice(0, 13)).toBe(oldNumber.slice(0, 13));
    const voided = await publicSoon(oldNumber, 'revoked');
    expect(voided).toMatchObject({ status: 'revoked', revokedOn: '2026-11-23' });
    expect(await publicStatus(fresh)).toBe('valid');
    const again = await post(provinceHr, `/api/v1/certificates/${old!.id}/replace`, {
      reason: '再次补换试试',
    });
    expect(again.statusCode).toBe(409);
    const detail = (await get(provinceHr, `/api/v1/certificates/${replaced.json().id}`)).json();
    expect(detail).toMatchObject({ replacesNumber: oldNumber, events: [{ kind: 'replaced' }] });
    // The ledger's rows carry what the reader may do with each, as the detail does.
    const rows = (await get(provinceHr, `/api/v1/certificates?keyword=${oldNumber}`)).json().items;
    expect(rows).toEqual([expect.objectContaining({ number: oldNumber, status: 'voided', actions: [] })]);
    const freshRows = (await get(w.sessions.provinceOffice, `/api/v1/certificates?keyword=${fresh}`)).json()
      .items;
    expect(freshRows).toEqual([expect.objectContaining({ number: fresh, actions: ['download', 'replace'] })]);
  });

  it('revokes by the HR bureau only, with reason and authority, and verification shows it at once', async () => {
    const number = conferred.certificates[0]!;
    const cert = await ledgerRow(number);
    // Cached as valid first: the revocation must still show.
    expect(await publicStatus(number)).toBe('valid');
    const byOffice = await post(w.sessions.provinceOffice, `/api/v1/certificates/${cert!.id}/revoke`, {
      reason: '弄虚作假',
      authority: '辽宁省人社厅',
    });
    expect(byOffice.statusCode).toBe(403);
    const byOtherHr = await post(w.sessions.liaoyangHr, `/api/v1/certificates/${cert!.id}/revoke`, {
      reason: '弄虚作假取得职称',
      authority: '辽阳市人社局',
    });
    expect(byOtherHr.statusCode).toBe(404);
    const revoked = await post(provinceHr, `/api/v1/certificates/${cert!.id}/revoke`, {
      reason: '经查实申报材料弄虚作假',
      authority: '辽宁省人力资源和社会保障厅 辽人社〔2026〕230号',
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
    const seen = await publicSoon(number, 'revoked');
    expect(seen).toMatchObject({ status: 'revoked', revokedOn: '2026-11-23' });
    expect((await publicGet(`/verify/${number}`)).body).toContain('证书已撤销');
    const holder = conferred.conferred[0]!;
    expect((await get(holder.applicant, `/api/v1/certificates/${cert!.id}/pdf`)).statusCode).toBe(409);
    const twice = await post(provinceHr, `/api/v1/certificates/${cert!.id}/revoke`, {
      reason: '经查实申报材料弄虚作假',
      authority: '辽宁省人力资源和社会保障厅 辽人社〔2026〕230号',
    });
    expect(twice.statusCode).toBe(409);
    const exported = await get(provinceHr, '/api/v1/certificates/export?status=revoked');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
  });
});
