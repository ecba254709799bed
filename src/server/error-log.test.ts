import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testAppSuite } from '../../test/helpers/app-suite';
import { authed, createOrganisation, createUser, login, type Session } from '../../test/helpers/factories';

/** Every line the server logged, parsed. */
const lines: Record<string, unknown>[] = [];
const logStream = { write: (line: string) => void lines.push(JSON.parse(line)) };

const s = testAppSuite({ logLevel: 'info' }, { app: { logStream } });
let admin: Session;
let employerId: string;
beforeAll(async () => {
  const bureau = await createOrganisation(s.t.database.db, { kind: 'hr-bureau', employerKind: 'government' });
  employerId = (await createOrganisation(s.t.database.db)).id;
  await createUser(s.t.database.db, { username: 'root', roles: ['admin'], organisationId: bureau.id });
  admin = await login(s.t.app, 'root');
});

/** A marker no log line could contain by chance, in letters only (a real name admits no digits). */
const marker = (prefix: string) =>
  prefix +
  Array.from({ length: 10 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');

/** The log lines of one request, found by the id the response carries. */
function logOf(response: { headers: Record<string, unknown> }) {
  const id = response.headers['x-request-id'];
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  return lines.filter((line) => line.reqId === id);
}

describe('a 500 is logged without the data of the request that caused it', () => {
  it('a complaint whose table is gone: the log has the request id, the error code and SQLSTATE, not a word of the complaint', async () => {
    // A genuine database failure on the very insert that once leaked: the table no longer exists.
    await s.t.database.db.execute(sql`drop table complaints cascade`);
    const mark = marker('Zpleak');
    const response = await s.t.app.inject({
      method: 'POST',
      url: '/api/v1/public/complaints',
      payload: {
        complainantName: mark,
        phone: '13912345678',
        regionCode: '210302',
        subject: `主题${mark}`,
        content: `内容${mark}：张某某申报材料中的项目经历与实际不符。`,
      },
    });
    expect(response.statusCode).toBe(500);
    expect(response.json().error).toEqual({
      code: 'INTERNAL_ERROR',
      message: '服务器内部错误，请稍后重试或联系管理员',
      details: [],
    });
    expect(response.body).not.toContain(mark);

    const logged = logOf(response);
    const failure = logged.find((line) => line.level === 50);
    expect(failure).toMatchObject({ code: 'INTERNAL_ERROR', msg: 'unhandled error' });
    expect(JSON.stringify(failure)).toContain('42P01');
    expect((failure!.err as { sql: string }).sql).toMatch(
      /^insert into "complaints" .* values \(default, \$1, \$2/,
    );
    const everything = JSON.stringify(lines);
    expect(everything).not.toContain(mark);
    expect(everything).not.toContain('5678'); // the phone, plain or masked
    expect(everything).not.toContain('params');
  });

  it('a new user the database refuses: neither the name nor the password hash reaches the log', async () => {
    // Every new row now breaks a check constraint (existing rows are not checked: NOT VALID).
    await s.t.database.db.execute(
      sql`alter table users add constraint probe_refuse_new check (false) not valid`,
    );
    const mark = marker('Zpuser');
    const response = await s.t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/users',
      headers: authed(admin),
      payload: {
        username: `u${mark}`,
        displayName: `张${mark}`,
        password: 'Passw0rd123',
        roles: ['employer'],
        organisationId: employerId,
        jurisdictionCode: '210302',
      },
    });
    expect(response.statusCode).toBe(500);
    const failure = logOf(response).find((line) => line.level === 50);
    expect(failure).toMatchObject({ code: 'INTERNAL_ERROR' });
    expect(JSON.stringify(failure)).toContain('23514');
    expect(JSON.stringify(failure)).toContain('probe_refuse_new');
    const everything = JSON.stringify(lines);
    expect(everything).not.toContain(mark);
    expect(everything).not.toContain('scrypt$');
    expect(everything).not.toContain('Passw0rd123');
  });
});
