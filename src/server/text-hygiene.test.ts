import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedInRequests, testAppSuite } from '../../test/helpers/app-suite';
import { type ApplicationWorld, buildApplicationWorld, newKey } from '../../test/helpers/application-world';
import { authed, type Session } from '../../test/helpers/factories';
import { MINIMAL_PDF } from '../../test/helpers/minimal-pdf';
import { type FormPart, multipartBody } from '../../test/helpers/multipart';
import { applications, attachments, complaints, organisations, users } from '../db/schema';

const s = testAppSuite({ sessionIdleMinutes: 60 * 24 * 365, loginRateLimitPerMinute: 10_000 });
const api = signedInRequests(() => s.t);
let w: ApplicationWorld;
beforeAll(async () => {
  w = await buildApplicationWorld(s.t);
});

const NUL = '张\u0000三';
const LONE_SURROGATE = '张\ud800三';

const rowsOf = async (table: typeof complaints | typeof users | typeof organisations | typeof attachments) =>
  (await s.t.database.db.select({ n: count() }).from(table))[0]!.n;

/** The contract's 400 for text that cannot be stored, naming `path`. */
function expectInvalidText(response: { statusCode: number; body: string }, path: string) {
  expect(response.statusCode, response.body).toBe(400);
  const { error } = JSON.parse(response.body);
  expect(error.code).toBe('INVALID_TEXT');
  expect(error.details[0].path).toBe(path);
  expect(error.message).toBe(`${path}：${error.details[0].message}`);
  expect(error.message).toMatch(/无法保存/);
}

const complaint = (over: Record<string, unknown> = {}) => ({
  complainantName: '刘晓红',
  phone: '13800138000',
  regionCode: '210302',
  subject: '张某某2025年度高级工程师申报',
  content: '张某某申报材料中的项目经历与实际不符，请予核查。',
  ...over,
});

describe('text the database cannot store is refused with 400 INVALID_TEXT, naming the field, writing nothing', () => {
  it('in the JSON body of the public complaint form: a NUL and a lone surrogate (sent as the \\ud800 escape)', async () => {
    const before = await rowsOf(complaints);
    const nul = await s.t.app.inject({
      method: 'POST',
      url: '/api/v1/public/complaints',
      payload: complaint({ content: NUL }),
    });
    expectInvalidText(nul, 'content');
    expect(nul.json().error.details[0].message).toContain('U+0000');
    // Exactly what a client sends: JSON.stringify writes a lone surrogate as the escape \ud800.
    const body = JSON.stringify(complaint({ complainantName: LONE_SURROGATE }));
    expect(body).toContain('\\ud800');
    const lone = await s.t.app.inject({
      method: 'POST',
      url: '/api/v1/public/complaints',
      headers: { 'content-type': 'application/json' },
      payload: body,
    });
    expectInvalidText(lone, 'complainantName');
    expect(lone.json().error.details[0].message).toContain('代理项');
    expect(await rowsOf(complaints)).toBe(before);
    // The same form without the character is accepted: the refusal was the text, not the form.
    const fine = await s.t.app.inject({
      method: 'POST',
      url: '/api/v1/public/complaints',
      payload: complaint(),
    });
    expect(fine.statusCode, fine.body).toBe(201);
  });

  it('deep in a body, keys included, every field named', async () => {
    const { session } = await w.applicant(w.orgs.employer.id);
    const response = await api.put(session, '/api/v1/me/profile', {
      education: [{ school: '东北大学' }, { school: NUL, [`de${NUL}gree`]: '学士' }],
    });
    expectInvalidText(response, 'education[1].school');
    expect(response.json().error.details).toEqual([
      { path: 'education[1].school', message: expect.stringContaining('U+0000') },
      { path: 'education[1].de张\\u0000三gree', message: expect.stringMatching(/^字段名含有空字符/) },
    ]);
  });

  it('in the admin forms: a new user, a new organisation', async () => {
    const beforeUsers = await rowsOf(users);
    const user = await s.t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/users',
      headers: authed(w.sessions.admin),
      payload: {
        username: 'nulluser',
        displayName: NUL,
        password: 'Passw0rd123',
        roles: ['employer'],
        organisationId: w.orgs.employer.id,
        jurisdictionCode: '210302',
      },
    });
    expectInvalidText(user, 'displayName');
    expect(await rowsOf(users)).toBe(beforeUsers);

    const beforeOrgs = await rowsOf(organisations);
    const organisation = await api.post(w.sessions.admin, '/api/v1/organisations', {
      name: LONE_SURROGATE,
      kind: 'employer',
      jurisdictionCode: '210302',
    });
    expectInvalidText(organisation, 'name');
    expect(await rowsOf(organisations)).toBe(beforeOrgs);
  });

  it.each([
    ['/api/v1/admin/users', 'q', 'admin'],
    ['/api/v1/admin/users/export', 'q', 'admin'],
    ['/api/v1/organisations', 'q', 'admin'],
    ['/api/v1/organisations/export', 'q', 'admin'],
    ['/api/v1/complaints', 'q', 'supervisor'],
    ['/api/v1/integrity/findings', 'q', 'supervisor'],
    ['/api/v1/integrity/findings/export', 'q', 'supervisor'],
    ['/api/v1/applications/export', 'keyword', 'hr'],
    ['/api/v1/certificates/export', 'keyword', 'hr'],
  ] as const)('in the query string of %s (parameter %s)', async (url, param, role) => {
    const session: Session = w.sessions[role];
    const response = await api.get(session, `${url}?${param}=%00`);
    expectInvalidText(response, param);
    // The parameter's name is checked as well as its value.
    const key = await s.t.app.inject({ method: 'GET', url: `${url}?a%00b=1`, headers: authed(session) });
    expectInvalidText(key, 'a\\u0000b');
  });

  it('a lone surrogate cannot come percent-encoded (%ED%A0%80 is not UTF-8): a 400 in the path, literal text in the query', async () => {
    const inPath = await api.get(w.sessions.hr, '/api/v1/applications/%ED%A0%80');
    expect(inPath.statusCode).toBe(400);
    expect(inPath.json().error).toEqual({
      code: 'INVALID_URL',
      message: '请求地址含有无效的编码（应为UTF-8的百分号编码）',
      details: [],
    });
    expect(inPath.headers['x-content-type-options']).toBe('nosniff');
    expect(inPath.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const tooLong = await api.get(w.sessions.hr, `/api/v1/applications/${'x'.repeat(200)}`);
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.code).toBe('URL_TOO_LONG');
    const inQuery = await api.get(w.sessions.admin, '/api/v1/admin/users?q=%ED%A0%80');
    expect(inQuery.statusCode, inQuery.body).toBe(200);
    expect(inQuery.json().total).toBe(0);
  });

  it('in a route parameter', async () => {
    const response = await api.get(w.sessions.hr, '/api/v1/applications/x%00y');
    expectInvalidText(response, 'id');
  });

  it('in a header that is stored: Idempotency-Key', async () => {
    const { session } = await w.applicant(w.orgs.employer.id);
    const before = (await s.t.database.db.select({ n: count() }).from(applications))[0]!.n;
    const response = await s.t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { ...authed(session), 'idempotency-key': `${newKey()}\u0000` },
      payload: { target: { series: 'engineering', level: 'associate-senior', specialty: '通信工程' } },
    });
    expectInvalidText(response, '请求头 idempotency-key');
    expect((await s.t.database.db.select({ n: count() }).from(applications))[0]!.n).toBe(before);
  });

  it('only after the access check: an anonymous caller is told 401, not what was wrong with the text', async () => {
    const response = await s.t.app.inject({ method: 'GET', url: '/api/v1/admin/users?q=%00' });
    expect(response.statusCode).toBe(401);
  });
});

describe('multipart forms', () => {
  const pdf = (name: string, fileName: string): FormPart => ({
    name,
    fileName,
    contentType: 'application/pdf',
    bytes: Buffer.from(MINIMAL_PDF),
  });

  async function upload(session: Session, parts: FormPart[], rawHeader?: string) {
    const form = multipartBody(parts);
    const payload = rawHeader
      ? Buffer.from(form.payload.toString('latin1').replace(/filename="[^"]*"/, rawHeader), 'latin1')
      : form.payload;
    return s.t.app.inject({
      method: 'POST',
      url: '/api/v1/me/attachments?kind=appraisal-record',
      headers: { ...authed(session), ...form.headers },
      payload,
    });
  }

  it('refuses a streamed upload whose file name holds a NUL, raw or percent-encoded, storing no file', async () => {
    const { session } = await w.applicant(w.orgs.employer.id);
    const before = await rowsOf(attachments);
    expectInvalidText(await upload(session, [pdf('file', '考核表\u0000.pdf')]), 'file（文件名）');
    expectInvalidText(
      await upload(session, [pdf('file', 'x.pdf')], `filename*=UTF-8''%E8%80%83%00.pdf`),
      'file（文件名）',
    );
    expect(await rowsOf(attachments)).toBe(before);
    expect((await upload(session, [pdf('file', '考核表.pdf')])).statusCode).toBe(201);
  });

  it('refuses an application filed with its files whose JSON or file names hold one, storing nothing', async () => {
    const { session } = await w.applicant(w.orgs.employer.id);
    const file = (parts: FormPart[]) => {
      const form = multipartBody(parts);
      return s.t.app.inject({
        method: 'POST',
        url: '/api/v1/applications',
        headers: { ...authed(session), 'idempotency-key': newKey(), ...form.headers },
        payload: form.payload,
      });
    };
    const application = (over: Record<string, unknown> = {}): FormPart => ({
      name: 'application',
      value: JSON.stringify({
        target: { series: 'engineering', level: 'associate-senior', specialty: '通信工程' },
        personalCommitment: true,
        ...over,
      }),
    });
    const before = await rowsOf(attachments);
    expectInvalidText(
      await file([
        application({ target: { specialty: LONE_SURROGATE } }),
        pdf('education-certificate', 'a.pdf'),
      ]),
      'target.specialty',
    );
    expectInvalidText(
      await file([application(), pdf('education-certificate', '学位\u0000证书.pdf')]),
      'education-certificate（文件名）',
    );
    expect(await rowsOf(attachments)).toBe(before);
  });
});

describe('over a real connection', () => {
  it('a %00 in the query string reaches the check (and is refused) through Node’s HTTP parser', async () => {
    const address = await s.t.app.listen({ host: '127.0.0.1', port: 0 });
    const response = await fetch(`${address}/api/v1/admin/users?q=%00`, {
      headers: authed(w.sessions.admin),
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({ code: 'INVALID_TEXT', details: [{ path: 'q' }] });
  });
});
