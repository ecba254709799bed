import crypto from 'node:crypto';
import { asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, createUser } from '../../test/helpers/factories';
import { createTestDatabase } from '../../test/helpers/test-database';
import { createFieldCipher } from '../platform/crypto';
import type { Database } from './client';
import { insertRows } from './insert-rows';
import { insertTogether } from './insert-together';
import { attachments, auditEvents, outbox } from './schema';

let database: Database;
let userId: string;
let personId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  userId = (await createUser(database.db, { username: 'insert-rows', roles: ['applicant'] })).id;
  personId = (await createPerson(database.db, createFieldCipher(crypto.randomBytes(32)), { name: '李志远' }))
    .id;
});
afterAll(() => database?.close());

describe('insertRows (one JSON parameter)', () => {
  it('writes what the ORM’s own multi-row insert writes: values, JS and SQL defaults, serials, nulls', async () => {
    const at = new Date('2026-03-03T02:00:00.123Z');
    const rows = (tag: string) => [
      { channel: 'sms', userId, subject: `${tag}甲`, body: '引号"与\\反斜杠', createdAt: at },
      {
        channel: 'email',
        userId,
        subject: `${tag}乙`,
        body: '二',
        createdAt: at,
        status: 'sent',
        attempts: 2,
      },
      { channel: 'sms', userId, subject: `${tag}丙`, body: '三', createdAt: at, lastError: null, sentAt: at },
    ];
    const theirs = await database.db.insert(outbox).values(rows('orm')).returning();
    const ours = await insertRows(database.db, outbox, rows('json')).returning();
    const withoutIds = (list: typeof ours) =>
      list.map(({ id: _, subject, ...rest }) => ({ ...rest, subject: subject.slice(-1) }));
    expect(withoutIds(ours)).toEqual(withoutIds(theirs));
    expect(ours.map((r) => r.status)).toEqual(['pending', 'sent', 'pending']);
    expect(ours.map((r) => r.attempts)).toEqual([0, 2, 0]);
    expect(ours[2]!.sentAt?.toISOString()).toBe(at.toISOString());
    // Serial ids follow the given order.
    expect(ours.map((r) => r.id)).toEqual([...ours.map((r) => r.id)].sort((a, b) => a - b));
    expect(ours[0]!.id).toBeGreaterThan(theirs[2]!.id);
  });

  it('keeps jsonb values as they are and the given order of the rows', async () => {
    const data = { 名称: '通信工程', nested: { list: [1, 'two', null], quote: '"\'' }, empty: {} };
    const occurredAt = '2026-03-03T10:00:00+08:00';
    await insertRows(database.db, auditEvents, [
      { occurredAt, actorUserId: userId, action: 'a.first', entityType: 'test', entityId: 'x', data },
      { occurredAt, actorUserId: null, action: 'a.second', entityType: 'test', entityId: 'x', data: [] },
      { occurredAt, action: 'a.third', entityType: 'test', entityId: 'x', data: 'text' },
    ]);
    const written = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, 'x'))
      .orderBy(asc(auditEvents.seq));
    expect(written.map((e) => [e.action, e.data, e.actorUserId])).toEqual([
      ['a.first', data, userId],
      ['a.second', [], null],
      ['a.third', 'text', null],
    ]);
  });

  it('chains onConflictDoNothing: a row already there is left out of what comes back', async () => {
    const id = crypto.randomUUID();
    const file = {
      personId,
      kind: 'other',
      fileName: 'a.pdf',
      contentType: 'application/pdf',
      size: 3,
      createdBy: userId,
    };
    const first = await insertRows(database.db, attachments, [{ ...file, id, sm3: 'a'.repeat(64) }])
      .onConflictDoNothing()
      .returning();
    expect(first).toHaveLength(1);
    expect(first[0]!.createdAt).toBeInstanceOf(Date);
    const again = await insertRows(database.db, attachments, [
      { ...file, id, sm3: 'b'.repeat(64) },
      { ...file, sm3: 'c'.repeat(64) },
    ])
      .onConflictDoNothing()
      .returning();
    expect(again.map((a) => a.sm3)).toEqual(['c'.repeat(64)]);
    expect(again[0]!.id).toMatch(/^[0-9a-f-]{36}$/);
    const stored = await database.db
      .select()
      .from(attachments)
      .where(inArray(attachments.id, [id]));
    expect(stored[0]!.sm3).toBe('a'.repeat(64));
  });

  it('runs several inserts as one statement with insertTogether, skipping the empty ones', async () => {
    const at = new Date('2026-03-04T02:00:00Z');
    const occurredAt = at.toISOString();
    const auditBefore = (await database.db.select().from(auditEvents)).length;
    await insertTogether(database.db, [
      insertRows(database.db, outbox, [
        { channel: 'sms', userId, subject: '同批', body: '一', createdAt: at },
      ]),
      null,
      insertRows(database.db, auditEvents, [
        { occurredAt, action: 'b.one', entityType: 'test', entityId: 'together', data: {} },
        { occurredAt, action: 'b.two', entityType: 'test', entityId: 'together', data: {} },
      ]),
    ]);
    expect((await database.db.select().from(outbox).where(eq(outbox.subject, '同批'))).length).toBe(1);
    const events = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, 'together'))
      .orderBy(asc(auditEvents.seq));
    expect(events.map((e) => e.action)).toEqual(['b.one', 'b.two']);
    await insertTogether(database.db, [null, null]);
    expect((await database.db.select().from(auditEvents)).length).toBe(auditBefore + 2);
  });
});
