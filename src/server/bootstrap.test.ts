import crypto from 'node:crypto';
import { count, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/helpers/test-database';
import type { Database } from '../db/client';
import { certificates, employmentBindings, persons, personTitles, postPlans, users } from '../db/schema';
import { parseCertificateNumber } from '../domain/certificates';
import { verifyAuditChain } from '../modules/audit/audit.service';
import { systemClock } from '../platform/clock';
import { loadConfig } from '../platform/config';
import { createFieldCipher } from '../platform/crypto';
import { type AppContext, seedDemoIfFresh } from './bootstrap';
import { createServices } from './services';

let database: Database;
let context: AppContext;
beforeAll(async () => {
  database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test' });
  const cipher = createFieldCipher(crypto.randomBytes(32));
  context = {
    database,
    cipher,
    services: createServices({ db: database.db, clock: systemClock, config, cipher }),
    clock: systemClock,
    close: () => database.close(),
  };
});
afterAll(() => database?.close());

const userCount = async () => (await database.db.select({ n: count() }).from(users))[0]!.n;

describe('demo seeding', () => {
  it('never seeds in production', async () => {
    expect(
      await seedDemoIfFresh(
        context,
        loadConfig({ NODE_ENV: 'production', ZHIPING_SECRET_KEY: 'a'.repeat(64) }),
      ),
    ).toBeNull();
    expect(await userCount()).toBe(0);
  });

  it('seeds a fresh database once, with ID numbers encrypted and masked', async () => {
    const summary = await seedDemoIfFresh(context, loadConfig({ NODE_ENV: 'test' }));
    expect(summary).toMatchObject({ organisations: 36, persons: 300 });
    expect(summary!.accounts.map((a) => a.username)).toContain('admin');
    expect(await seedDemoIfFresh(context, loadConfig({ NODE_ENV: 'test' }))).toBeNull();
    // One per role, the self-registered newcomer, the account of the unit awaiting review and the
    // HR clerks of the two public institutions with post plans.
    expect(await userCount()).toBe(13);
    // Post plans made through the posts services: two approved, and one waiting for the department.
    const plans = await database.db
      .select({ state: postPlans.state, n: count() })
      .from(postPlans)
      .groupBy(postPlans.state);
    expect(Object.fromEntries(plans.map((p) => [p.state, p.n]))).toEqual({ approved: 2, submitted: 1 });
    expect(summary!.accounts.at(-1)).toMatchObject({
      username: '13900000100',
      organisation: '未绑定单位，待单位确认',
      phone: '13900000100',
    });

    const [person] = await database.db.select().from(persons).limit(1);
    expect(person!.idNumberCipher).not.toMatch(/\d{17}[\dX]/);
    expect(person!.idNumberMasked).toMatch(/^\d{3}\*{11}[\dX]{4}$/);
    const plain = context.cipher.decrypt(person!.idNumberCipher);
    expect(plain.slice(0, 3)).toBe(person!.idNumberMasked.slice(0, 3));
    expect(context.cipher.lookupHash(plain)).toBe(person!.idNumberHash);
    expect((await verifyAuditChain(database.db)).ok).toBe(true);

    // Every demo employer is a confirmed binding, as migration 0016 made them for real data.
    const employed = await database.db
      .select({ n: count() })
      .from(persons)
      .where(isNotNull(persons.organisationId));
    const bound = await database.db
      .select({ n: count() })
      .from(employmentBindings)
      .where(eq(employmentBindings.status, 'confirmed'));
    expect(employed[0]!.n).toBeGreaterThan(0);
    expect(bound[0]!.n).toBe(employed[0]!.n);
  });

  it('gives the demo people their titles as verifiable certificates from the archive', async () => {
    const [applicant] = await database.db.select().from(users).where(eq(users.username, 'applicant'));
    const [holder] = await database.db.select().from(persons).where(eq(persons.id, applicant!.personId!));
    const own = await database.db
      .select()
      .from(certificates)
      .where(eq(certificates.holderIdHash, holder!.idNumberHash));
    expect(own.map((c) => c.titleName).sort()).toEqual(['助理工程师', '工程师']);
    for (const c of own) {
      expect(parseCertificateNumber(c.number)).toMatchObject({
        valid: true,
        parts: { committeeCode: '000' },
      });
      expect(c.number.slice(6, 10)).toBe(c.issuedOn.slice(0, 4));
    }
    const titles = await database.db.select({ n: count() }).from(personTitles);
    const issued = await database.db.select({ n: count() }).from(certificates);
    expect(issued[0]!.n).toBe(titles[0]!.n);
  });
});
