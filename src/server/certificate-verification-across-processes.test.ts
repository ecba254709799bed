import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '../../test/helpers/factories';
import { createTestApp, type TestApp } from '../../test/helpers/test-app';
import { type Database, openDatabase } from '../db/client';
import { certificates } from '../db/schema';
import { formatCertificateNumber } from '../domain/certificates';
import { buildApp } from './app';
import { createServices } from './services';

/**
 * Two server processes on one PostgreSQL: each has its own pool, its own cache and its own
 * LISTEN connection, exactly as two `npm start` processes would. Only PostgreSQL has several
 * processes sharing a database (PGlite belongs to one), so this runs in CI's PostgreSQL pass.
 */
const url = process.env.DATABASE_URL;

describe.skipIf(!url)('verification across server processes', () => {
  let t: TestApp;
  let second: Database;
  let secondApp: Awaited<ReturnType<typeof buildApp>>;
  let secondServices: ReturnType<typeof createServices>;

  beforeAll(async () => {
    t = await createTestApp();
    second = await openDatabase({ kind: 'postgres', url: t.database.url!, poolSize: 3 });
    secondServices = createServices({ db: second.db, clock: t.clock, config: t.config, cipher: t.cipher });
    await secondServices.certificates.verifier.attach(second);
    secondApp = await buildApp({ config: t.config, services: secondServices });
    await secondApp.ready();
  });
  afterAll(async () => {
    await secondApp?.close();
    await secondServices?.certificates.verifier.detach();
    await second?.close();
    await t?.close();
  });

  const statusIn = async (app: typeof secondApp, number: string) =>
    (await app.inject({ method: 'GET', url: `/api/v1/public/certificates/${number}` })).json().status;

  it('shows a revocation made through one process in the other within a second', async () => {
    const person = await createPerson(t.database.db, t.cipher, { name: '跨进程', birthDate: '1980-05-05' });
    const number = formatCertificateNumber({
      regionCode: '210000',
      year: 2024,
      committeeCode: '003',
      sequence: 17,
    });
    await t.database.db.insert(certificates).values({
      number,
      holderName: person.name,
      holderIdCipher: person.idNumberCipher,
      holderIdHash: person.idNumberHash,
      holderIdMasked: person.idNumberMasked,
      series: 'engineering',
      level: 'intermediate',
      specialty: '电气工程',
      titleName: '工程师',
      committeeName: '辽宁省工程技术中级职称评审委员会',
      announcementNumber: '辽人社〔2024〕9号',
      issuedOn: '2024-12-01',
      regionCode: '210000',
      source: 'review',
    });
    // Both processes have answered "valid", so both hold it in their caches.
    expect(await statusIn(t.app, number)).toBe('valid');
    expect(await statusIn(secondApp, number)).toBe('valid');
    expect(await statusIn(secondApp, number)).toBe('valid');

    const started = Date.now();
    await t.database.db
      .update(certificates)
      .set({ status: 'revoked', revokedOn: '2026-03-02' })
      .where(eq(certificates.number, number));
    let seen = 'valid';
    while (seen !== 'revoked' && Date.now() - started < 1000) {
      seen = await statusIn(secondApp, number);
      if (seen !== 'revoked') await new Promise((r) => setTimeout(r, 10));
    }
    expect(seen, 'the other process still answered "valid" after one second').toBe('revoked');
    expect(await statusIn(t.app, number)).toBe('revoked');
  });
});
