import { count, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { signedInRequests } from '../../../test/helpers/app-suite';
import { applicationSuite } from '../../../test/helpers/application-suite';
import { authed, login, makeIdNumber } from '../../../test/helpers/factories';
import { expertPoolMembers, experts } from '../../db/schema';
import { EXPERT_COLUMNS } from './expert-import';

const s = applicationSuite({ sessionIdleMinutes: 60 * 24 * 365 });
const api = signedInRequests(() => s.t);
const { setDay } = s;

async function workbook(rows: (string | Date)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('专家');
  sheet.addRow([...EXPERT_COLUMNS]);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * A row of the expert workbook for an engineer of the telecom specialty (and specialty group):
 * by default a 正高级 at 某单位 of the province, not in a private enterprise, appointed for
 * 2026–2028; a row states only what sets it apart.
 */
function telecomExpertRow(
  name: string,
  idNumber: string,
  row: {
    level?: string;
    employer?: string;
    regionCode?: string;
    privateEnterprise?: '是' | '否';
    termFrom?: string | Date;
    termTo?: string | Date;
  } = {},
): (string | Date)[] {
  const { level = '正高级', employer = '某单位', regionCode = '210000', privateEnterprise = '否' } = row;
  const { termFrom = '2026-01-01', termTo = '2028-12-31' } = row;
  return [
    name,
    idNumber,
    '工程技术',
    level,
    '通信工程',
    '通信工程',
    employer,
    regionCode,
    privateEnterprise,
    termFrom,
    termTo,
  ];
}

function upload(bytes: Buffer, query: string) {
  const boundary = '----zhiping-test';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="experts.xlsx"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return s.t.app.inject({
    method: 'POST',
    url: `/api/v1/experts/import?${query}`,
    headers: {
      ...authed(s.w.sessions.provinceOffice),
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    payload: body,
  });
}

describe('the expert import', () => {
  it('imports the good rows into the pool, reports each bad row, and is idempotent on re-run', async () => {
    setDay('2026-11-16');
    const good = makeIdNumber('1968-04-02');
    const other = makeIdNumber('1971-09-30', false);
    const bytes = await workbook([
      telecomExpertRow('王立新', good, {
        employer: '辽宁省邮电规划设计院',
        termFrom: new Date('2026-01-01'),
        termTo: new Date('2028-12-31'),
      }),
      telecomExpertRow('刘晓梅', other, {
        employer: '沈阳某通信公司',
        regionCode: '210100',
        privateEnterprise: '是',
        termFrom: '2026/1/1',
        termTo: '2028/12/31',
      }),
      telecomExpertRow('赵错号', '210302196801010000'),
      telecomExpertRow('钱超期', makeIdNumber('1970-01-01'), { level: '教授级', termTo: '2030-12-31' }),
    ]);
    const query = `committeeId=${s.w.committees.provincialTelecom.id}&year=2027`;
    const first = await upload(bytes, query);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ total: 4, imported: 2, failed: 2 });
    const errors = first.json().errors;
    expect(errors.map((e: { row: number }) => e.row)).toEqual([4, 5]);
    expect(errors[0].problems[0]).toMatchObject({ path: '身份证号码' });
    expect(errors[1].problems.map((p: { path: string }) => p.path)).toEqual(['层级', '聘期结束']);

    const again = await upload(bytes, query);
    expect(again.json()).toMatchObject({ imported: 2, failed: 2 });
    const db = s.t.database.db;
    expect((await db.select({ n: count() }).from(experts))[0]!.n).toBe(2);
    expect((await db.select({ n: count() }).from(expertPoolMembers))[0]!.n).toBe(2);

    const listed = await api.get(s.w.sessions.provinceOffice, `/api/v1/experts?${query}`);
    expect(
      listed
        .json()
        .map((e: { name: string }) => e.name)
        .sort(),
    ).toEqual(['刘晓梅', '王立新']);
    const elsewhere = await api.get(s.w.sessions.liaoyangHr, '/api/v1/experts');
    expect(elsewhere.json()).toEqual([]);
    const foreignPool = await api.get(s.w.sessions.liaoyangHr, `/api/v1/experts?${query}`);
    expect(foreignPool.statusCode).toBe(404);

    const wang = listed.json().find((e: { name: string }) => e.name === '王立新');
    const opened = await api.post(s.w.sessions.provinceOffice, `/api/v1/experts/${wang.id}/account`, {
      username: 'wanglixin',
      password: 'Expert2026pass',
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const portal = await login(s.t.app, 'wanglixin', 'Expert2026pass');
    // The office chose the password: the expert's first act is to choose their own.
    const beforeChange = await api.get(portal, '/api/v1/expert/sessions');
    expect(beforeChange.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const changed = await api.put(portal, '/api/v1/me/password', {
      current: 'Expert2026pass',
      next: 'Wang2026own',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const mine = await api.get(portal, '/api/v1/expert/sessions');
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toEqual([]);
    const twice = await api.post(s.w.sessions.provinceOffice, `/api/v1/experts/${wang.id}/account`, {
      username: 'wanglixin2',
      password: 'Expert2026pass',
    });
    expect(twice.statusCode).toBe(409);

    const closedYear = await upload(bytes, `committeeId=${s.w.committees.provincialTelecom.id}&year=2026`);
    expect(closedYear.statusCode).toBe(422);
    const notExcel = await upload(Buffer.from('not a workbook'), query);
    expect(notExcel.statusCode).toBe(400);
    expect(notExcel.json().error.message).toContain('Excel');
  });
});

describe('registering an expert', () => {
  it('refuses a work unit that is not on record with a 400 naming the field, and writes nothing (found by the fuzzer)', async () => {
    setDay('2026-03-02');
    const before = (await s.t.database.db.select({ n: count() }).from(experts))[0]!.n;
    const register = (unitOrganisationId: string) =>
      s.t.app.inject({
        method: 'POST',
        url: '/api/v1/experts',
        headers: authed(s.w.sessions.hr),
        payload: {
          name: '周评审',
          series: 'engineering',
          level: 'senior',
          specialty: '通信工程',
          unitOrganisationId,
          unitName: '鞍山恒信通信工程有限公司',
          regionCode: '210300',
          privateSector: true,
          termFrom: '2026-01-01',
          termTo: '2027-12-31',
        },
      });
    const unknown = await register('00000000-0000-1000-8000-000000000000');
    expect(unknown.statusCode, unknown.body).toBe(400);
    expect(unknown.json().error.code).toBe('EXPERT_INVALID');
    expect(unknown.json().error.details).toEqual([
      { path: 'unitOrganisationId', message: '所选工作单位不存在' },
    ]);
    expect((await s.t.database.db.select({ n: count() }).from(experts))[0]!.n).toBe(before);
    const known = await register(s.w.orgs.employer.id);
    expect(known.statusCode, known.body).toBe(201);
  });

  it('gives a username to one expert only when two accounts are opened with it at once (found by the fuzzer)', async () => {
    setDay('2026-03-02');
    const register = async (name: string) =>
      (
        await s.t.app.inject({
          method: 'POST',
          url: '/api/v1/experts',
          headers: authed(s.w.sessions.hr),
          payload: {
            name,
            series: 'engineering',
            level: 'senior',
            specialty: '通信工程',
            unitName: '辽宁通信研究院',
            regionCode: '210300',
            privateSector: false,
            termFrom: '2026-01-01',
            termTo: '2027-12-31',
          },
        })
      ).json().id as string;
    const ids = [await register('赵同名'), await register('钱同名')];
    const opened = await Promise.all(
      ids.map((id) =>
        api.post(s.w.sessions.hr, `/api/v1/experts/${id}/account`, {
          username: 'same.name',
          password: 'Expert2026pass',
        }),
      ),
    );
    expect(opened.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(opened.find((r) => r.statusCode === 409)!.json().error.code).toBe('USERNAME_TAKEN');
    const linked = await s.t.database.db
      .select({ userId: experts.userId })
      .from(experts)
      .where(inArray(experts.id, ids));
    expect(linked.filter((e) => e.userId !== null)).toHaveLength(1);
  });
});
