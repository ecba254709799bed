import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { filingRequestOf, racedFiler, SENIOR_TELECOM } from '../../../test/helpers/application-requests';
import { applicationSuite } from '../../../test/helpers/application-suite';
import { newKey } from '../../../test/helpers/application-world';
import { authed } from '../../../test/helpers/factories';
import { MINIMAL_PDF } from '../../../test/helpers/minimal-pdf';
import { type FormPart, multipartBody } from '../../../test/helpers/multipart';
import { applications, auditEvents } from '../../db/schema';
import { AppError } from '../../domain/errors';

const s = applicationSuite();
const { file, get, rows, setDay } = s;

const db = () => s.t.database.db;
const RESEARCH = { series: 'natural-science-research', level: 'associate-senior', specialty: '电子信息' };
const auditRows = async () => (await db().select({ n: count() }).from(auditEvents))[0]!.n;

function expectKeyReused(response: { statusCode: number; json(): { error: Record<string, unknown> } }) {
  expect(response.statusCode).toBe(422);
  expect(response.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  expect(response.json().error.message).toContain('请求头 Idempotency-Key');
}

describe('the idempotency key is bound to the request', () => {
  it('answers the same key with the same body by the first application, with another body by 422, writing nothing', async () => {
    setDay('2026-03-02');
    const { session } = await s.w.applicant(s.w.orgs.employer.id);
    const key = newKey();
    const first = await file(session, {}, key);
    expect(first.statusCode, first.body).toBe(201);
    const before = { rows: await rows(), audit: await auditRows() };

    // A retry spelling out the defaults asks the same thing: still the first application.
    const retry = await file(session, { pathway: 'regular', attachmentIds: [], submit: true }, key);
    expect(retry.statusCode, retry.body).toBe(200);
    expect(retry.json().id).toBe(first.json().id);

    // Another series under the same key is another request: refused, not answered with the first.
    const other = await file(session, { target: RESEARCH }, key);
    expectKeyReused(other);
    expect(other.json().error.message).toContain(key);
    const keptDraft = await file(session, { submit: false }, key);
    expectKeyReused(keptDraft);
    expect({ rows: await rows(), audit: await auditRows() }).toEqual(before);
    const stored = (await get(session, `/api/v1/applications/${first.json().id}`)).json();
    expect(stored).toMatchObject({ series: 'engineering', state: 'submitted', version: 2 });

    // The same request again after the refusals: the first application, as before.
    expect((await file(session, {}, key)).json().id).toBe(first.json().id);
    // A fresh key files the other series.
    expect((await file(session, { target: RESEARCH })).statusCode).toBe(201);
  });

  it('refuses a different body sent at the same moment under the same key (one batch, one person)', async () => {
    setDay('2026-03-02');
    const { session, person } = await s.w.applicant(s.w.orgs.employer.id);
    const key = newKey();
    const [first, second] = await Promise.all([
      file(session, {}, key),
      file(session, { target: RESEARCH }, key),
    ]);
    expect(first!.statusCode, first!.body).toBe(201);
    expectKeyReused(second!);
    const mine = await db().select().from(applications).where(eq(applications.personId, person.id));
    expect(mine.map((a) => a.series)).toEqual(['engineering']);
  });

  it('counts the files sent with a multipart filing: other content under the same key is refused', async () => {
    setDay('2026-03-02');
    const { session } = await s.w.applicant(s.w.orgs.employer.id);
    const key = newKey();
    const pdf = (bytes: Buffer): FormPart => ({
      name: 'education-certificate',
      fileName: '学位证书.pdf',
      contentType: 'application/pdf',
      bytes,
    });
    const withFile = (part: FormPart) => {
      const form = multipartBody([
        {
          name: 'application',
          value: JSON.stringify({ target: SENIOR_TELECOM, personalCommitment: true }),
        },
        part,
      ]);
      return s.t.app.inject({
        method: 'POST',
        url: '/api/v1/applications',
        headers: { ...authed(session), 'idempotency-key': key, ...form.headers },
        payload: form.payload,
      });
    };
    const original = Buffer.from(MINIMAL_PDF);
    const first = await withFile(pdf(original));
    expect(first.statusCode, first.body).toBe(201);
    const retry = await withFile(pdf(Buffer.from(MINIMAL_PDF)));
    expect(retry.statusCode, retry.body).toBe(200);
    expect(retry.json().id).toBe(first.json().id);
    // The same JSON with another document (one byte more at the end of the PDF) is another request.
    expectKeyReused(await withFile(pdf(Buffer.concat([original, Buffer.from('\n')]))));
  });

  it('takes an application filed before digests were kept as answering its key', async () => {
    setDay('2026-03-02');
    const { session } = await s.w.applicant(s.w.orgs.employer.id);
    const key = newKey();
    const first = await file(session, {}, key);
    expect(first.statusCode).toBe(201);
    await db().update(applications).set({ requestDigest: null }).where(eq(applications.id, first.json().id));
    const retry = await file(session, {}, key);
    expect(retry.statusCode).toBe(200);
    expect(retry.json().id).toBe(first.json().id);
  });
});

/**
 * Another worker files with the same key between this batch's reads and its write: the
 * winner's application answers only if it was filed with the same request.
 */
describe('a key raced by another worker', () => {
  it('refuses a different body under the key the winner used', async () => {
    setDay('2026-03-03');
    const { session, person } = await s.w.applicant(s.w.orgs.employer.id);
    const key = newKey();
    const request = await filingRequestOf(db(), person.id, key, RESEARCH);
    let winner: { statusCode: number; json(): { id: string } } | undefined;
    // The other worker (the server, over HTTP) files the engineering application first.
    const filer = racedFiler(s.t, async () => {
      winner = await file(session, {}, key);
    });
    const outcome = await filer(request).catch((error: unknown) => error);
    expect(winner?.statusCode).toBe(201);
    expect(outcome).toBeInstanceOf(AppError);
    expect((outcome as AppError).code).toBe('IDEMPOTENCY_KEY_REUSED');
    const mine = await db().select().from(applications).where(eq(applications.personId, person.id));
    expect(mine.map((a) => a.id)).toEqual([winner!.json().id]);
  });
});
