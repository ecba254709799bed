import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signedInRequests } from '../../../test/helpers/app-suite';
import { applicationSuite } from '../../../test/helpers/application-suite';
import { authed } from '../../../test/helpers/factories';
import { auditEvents, complaints } from '../../db/schema';
import { COMPLAINTS_PER_MINUTE } from './complaints.routes';

const s = applicationSuite({ sessionIdleMinutes: 60 * 24 * 365 });

let clients = 0;
/** Each test speaks from its own address, so the per-client rate limit is the rate-limit test's alone. */
function newClient(): string {
  clients += 1;
  return `10.0.0.${clients}`;
}

const lodge = (
  payload: Record<string, unknown>,
  remoteAddress: string,
  headers: Record<string, string> = {},
) => s.t.app.inject({ method: 'POST', url: '/api/v1/public/complaints', payload, remoteAddress, headers });
const { get, post } = signedInRequests(() => s.t);

const complaint = (over: Record<string, unknown> = {}) => ({
  complainantName: '刘晓红',
  phone: '138 0013 8000',
  regionCode: '210302',
  subject: '张某某2025年度高级工程师申报',
  content: '张某某申报材料中的项目经历与实际不符，其所在单位并未承担该项目，请予核查。',
  ...over,
});
const stored = async () => (await s.t.database.db.select({ n: count() }).from(complaints))[0]!.n;
const auditOf = async (id: string) =>
  (await s.t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, id))).map((e) => e.action);

describe('lodging a complaint', () => {
  it('requires a real name and a phone number, saying so in Chinese, and stores nothing otherwise', async () => {
    const client = newClient();
    const before = await stored();
    const { phone: _phone, ...withoutPhone } = complaint();
    const noPhone = await lodge(withoutPhone, client);
    expect(noPhone.statusCode).toBe(400);
    expect(noPhone.json().error.details).toEqual([{ path: 'phone', message: '请填写联系电话' }]);
    const badPhone = await lodge(complaint({ phone: '12345' }), client);
    expect(badPhone.statusCode).toBe(400);
    expect(badPhone.json().error.message).toContain('手机号码');
    const anonymous = await lodge(complaint({ complainantName: '匿名群众1' }), client);
    expect(anonymous.statusCode).toBe(400);
    expect(anonymous.json().error.details[0]).toMatchObject({ path: 'complainantName' });
    expect(await stored()).toBe(before);
  });

  it('stores the phone sealed, answers with a reference, and records who lodged it when logged in', async () => {
    const response = await lodge(complaint(), newClient());
    expect(response.statusCode, response.body).toBe(201);
    const { id, reference, receivedAt } = response.json();
    expect(reference).toMatch(new RegExp(`^TS20260302-${id.slice(0, 8).toUpperCase()}$`));
    expect(receivedAt).toBe('2026-03-02T02:00:00.000Z');
    const [row] = await s.t.database.db.select().from(complaints).where(eq(complaints.id, id));
    expect(row!.complainantPhoneCipher).not.toContain('13800138000');
    expect(s.t.cipher.decrypt(row!.complainantPhoneCipher)).toBe('13800138000');
    expect(row).toMatchObject({ complainantPhoneMasked: '138****8000', status: 'open', submittedBy: null });
    expect(await auditOf(id)).toEqual(['complaint.received']);

    const signedIn = await lodge(
      complaint({ phone: '024-23456789' }),
      newClient(),
      authed(s.w.sessions.employer),
    );
    expect(signedIn.statusCode, signedIn.body).toBe(201);
    const [own] = await s.t.database.db
      .select()
      .from(complaints)
      .where(eq(complaints.id, signedIn.json().id));
    expect(own!.submittedBy).not.toBeNull();
    expect(own!.complainantPhoneMasked).toBe('024-****6789');
  });

  it('is limited per client: past the limit a minute, 429 with a Chinese message', async () => {
    const client = newClient();
    for (let i = 0; i < COMPLAINTS_PER_MINUTE; i += 1)
      expect((await lodge(complaint(), client)).statusCode).toBe(201);
    const refused = await lodge(complaint(), client);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.message).toContain('请求过于频繁');
    expect((await lodge(complaint(), newClient())).statusCode).toBe(201);
  });

  it('offers the HR bureaus as recipients without login', async () => {
    const response = await s.t.app.inject({ method: 'GET', url: '/api/v1/public/complaints/recipients' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toContainEqual({
      regionCode: '210300',
      regionName: '辽宁省鞍山市',
      bureauName: '鞍山市人力资源和社会保障局',
    });
  });
});

describe('handling complaints', () => {
  it('lists those of the jurisdiction only, phones masked, with the actions each role may take', async () => {
    const anshan = (await lodge(complaint({ subject: '鞍山范围内的举报事项' }), newClient())).json().id;
    const liaoyang = (
      await lodge(complaint({ regionCode: '211002', subject: '辽阳范围内的举报事项' }), newClient())
    ).json().id;
    const hrList = await get(s.w.sessions.hr, '/api/v1/complaints?status=open&pageSize=100');
    expect(hrList.statusCode, hrList.body).toBe(200);
    const ids = hrList.json().items.map((c: { id: string }) => c.id);
    expect(ids).toContain(anshan);
    expect(ids).not.toContain(liaoyang);
    expect(hrList.body).not.toContain('13800138000');
    expect(hrList.json().items.find((c: { id: string }) => c.id === anshan)).toMatchObject({
      phoneMasked: '138****8000',
      regionName: '辽宁省鞍山市铁东区',
      statusName: '待处理',
      actions: ['resolve', 'flag-malicious'],
    });
    const supervised = (await get(s.w.sessions.supervisor, '/api/v1/complaints?pageSize=100')).json();
    expect(supervised.items.find((c: { id: string }) => c.id === anshan).actions).toEqual([]);
    const liaoyangList = (await get(s.w.sessions.liaoyangHr, '/api/v1/complaints?pageSize=100')).json();
    expect(liaoyangList.items.map((c: { id: string }) => c.id)).toEqual([liaoyang]);
    const byReference = (
      await get(s.w.sessions.hr, `/api/v1/complaints?q=TS20260302-${anshan.slice(0, 8)}`)
    ).json();
    expect(byReference.items.map((c: { id: string }) => c.id)).toEqual([anshan]);
    expect((await get(s.w.sessions.employer, '/api/v1/complaints')).statusCode).toBe(403);
  });

  it('resolves an open complaint once, in its jurisdiction, with its audit event', async () => {
    const id = (await lodge(complaint(), newClient())).json().id;
    const url = `/api/v1/complaints/${id}/resolve`;
    const outcome = { outcome: '经核查，张某某项目经历属实，举报不成立，已书面答复举报人' };
    expect((await post(s.w.sessions.hr, url, { outcome: '' })).statusCode).toBe(400);
    expect((await post(s.w.sessions.supervisor, url, outcome)).statusCode).toBe(403);
    expect((await post(s.w.sessions.liaoyangHr, url, outcome)).statusCode).toBe(404);
    const resolved = await post(s.w.sessions.hr, url, outcome);
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect(resolved.json()).toMatchObject({
      status: 'resolved',
      statusName: '已办结',
      actions: ['flag-malicious'],
    });
    const again = await post(s.w.sessions.hr, url, outcome);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('该投诉举报已办结，不能重复处理');
    expect(await auditOf(id)).toEqual(['complaint.received', 'complaint.resolved']);
  });

  it('flags a malicious false report with its sanction, closing it, once', async () => {
    const id = (await lodge(complaint({ subject: '恶意举报测试事项' }), newClient())).json().id;
    const url = `/api/v1/complaints/${id}/flag-malicious`;
    const sanction = { sanction: '经核查系捏造事实恶意举报，记入举报人诚信记录，移交公安机关处理' };
    const flagged = await post(s.w.sessions.hr, url, sanction);
    expect(flagged.statusCode, flagged.body).toBe(200);
    expect(flagged.json()).toMatchObject({
      malicious: true,
      sanction: sanction.sanction,
      status: 'resolved',
      outcome: '经核查，举报内容不实，系恶意举报',
      actions: [],
    });
    expect((await post(s.w.sessions.hr, url, sanction)).statusCode).toBe(409);
    const malicious = (await get(s.w.sessions.supervisor, '/api/v1/complaints?malicious=true')).json();
    expect(malicious.items.map((c: { id: string }) => c.id)).toEqual([id]);
    expect(await auditOf(id)).toEqual(['complaint.received', 'complaint.flagged-malicious']);
  });
});
