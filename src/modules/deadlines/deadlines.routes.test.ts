import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedInRequests, testAppSuite } from '../../../test/helpers/app-suite';
import { type Session, signIn } from '../../../test/helpers/factories';
import { auditEvents, deadlines } from '../../db/schema';
import { MAX_DEADLINE_ATTEMPTS } from '../../domain/deadlines/deadline-kinds';
import { scheduleDeadline } from './deadlines.repository';

const s = testAppSuite();
let admin: Session;
let hr: Session;

beforeAll(async () => {
  admin = await signIn(s.t, { roles: ['admin'] });
  hr = await signIn(s.t, { roles: ['hr'] });
});

const { get, post } = signedInRequests(() => s.t);

/** A deadline the sweeper gave up on: its last allowed attempt failed with `error`. */
async function givenUp(subjectId: string, error: string) {
  await scheduleDeadline(s.t.database.db, {
    kind: 'result-publicity-end',
    dueOn: '2026-02-20',
    subjectId,
    data: { number: '2026210300000077' },
    createdAt: s.t.clock.now(),
  });
  const [row] = await s.t.database.db
    .update(deadlines)
    .set({ attempts: MAX_DEADLINE_ATTEMPTS, lastError: error, failedAt: s.t.clock.now() })
    .where(eq(deadlines.subjectId, subjectId))
    .returning();
  return row!;
}

describe('the administrator’s deadlines', () => {
  it('lists failed deadlines with their errors, and the other statuses on request', async () => {
    const failed = await givenUp('00000000-0000-4000-8000-00000000a001', '短信网关不可用');
    await scheduleDeadline(s.t.database.db, {
      kind: 'session-filing-due',
      dueOn: '2026-12-20',
      subjectId: '00000000-0000-4000-8000-00000000b001',
      data: { name: '2026年度评审会' },
      createdAt: s.t.clock.now(),
    });

    const list = await get(admin, '/api/v1/admin/deadlines?status=failed');
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json()).toMatchObject({ total: 1, page: 1, counts: { failed: 1, pending: 1, done: 0 } });
    expect(list.json().items[0]).toEqual({
      id: failed.id,
      kind: 'result-publicity-end',
      kindName: '评审结果公示期满',
      status: 'failed',
      dueOn: '2026-02-20',
      subjectId: '00000000-0000-4000-8000-00000000a001',
      subject: '申报 2026210300000077',
      attempts: MAX_DEADLINE_ATTEMPTS,
      lastError: '短信网关不可用',
      failedAt: s.t.clock.now().toISOString(),
      processedAt: null,
      createdAt: expect.any(String),
    });
    // Failed is what the page opens on.
    expect((await get(admin, '/api/v1/admin/deadlines')).json().items).toHaveLength(1);
    const pending = (await get(admin, '/api/v1/admin/deadlines?status=pending')).json();
    expect(pending.items.map((d: { subject: string }) => d.subject)).toEqual(['2026年度评审会']);

    const bad = await get(admin, '/api/v1/admin/deadlines?status=stuck');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('status');
    expect((await get(hr, '/api/v1/admin/deadlines')).statusCode).toBe(403);
    expect((await s.t.app.inject({ method: 'GET', url: '/api/v1/admin/deadlines' })).statusCode).toBe(401);
  });

  it('retries a failed deadline: attempts reset, back to pending, audited; the sweeper then handles it', async () => {
    const failed = await givenUp('00000000-0000-4000-8000-00000000a002', '评委会办事机构不存在');
    expect((await post(hr, `/api/v1/admin/deadlines/${failed.id}/retry`)).statusCode).toBe(403);

    const retried = await post(admin, `/api/v1/admin/deadlines/${failed.id}/retry`);
    expect(retried.statusCode, retried.body).toBe(200);
    expect(retried.json()).toMatchObject({ status: 'pending', attempts: 0, lastError: null, failedAt: null });
    const [audit] = await s.t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'deadline.retried'), eq(auditEvents.entityId, String(failed.id))));
    expect(audit?.data).toMatchObject({
      kind: 'result-publicity-end',
      attempts: MAX_DEADLINE_ATTEMPTS,
      lastError: '评委会办事机构不存在',
    });

    const again = await post(admin, `/api/v1/admin/deadlines/${failed.id}/retry`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('尚未失败');
    // The application it names does not exist: the handler has nothing to do, and the row is done.
    s.t.clock.set(new Date('2026-03-02T02:00:00Z'));
    expect((await s.t.services.deadlines.sweep()).failed).toBe(0);
    const [row] = await s.t.database.db.select().from(deadlines).where(eq(deadlines.id, failed.id));
    expect(row?.processedAt).not.toBeNull();
    const done = await post(admin, `/api/v1/admin/deadlines/${failed.id}/retry`);
    expect(done.statusCode).toBe(409);
    expect(done.json().error.message).toContain('已处理完毕');

    expect((await post(admin, '/api/v1/admin/deadlines/999999/retry')).statusCode).toBe(404);
    const badId = await post(admin, '/api/v1/admin/deadlines/abc/retry');
    expect(badId.statusCode).toBe(400);
    expect(badId.json().error.details[0].path).toBe('id');
  });
});
