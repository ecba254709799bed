import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/helpers/test-database';
import type { Database } from '../../db/client';
import { auditEvents } from '../../db/schema';
import { manualClock } from '../../platform/clock';
import { createAuditLog, sealAuditChain, verifyAuditChain } from './audit.service';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

describe('audit hash chain', () => {
  it('links every event to the previous one, also under concurrent writers, and detects tampering', async () => {
    const audit = createAuditLog({ clock: manualClock(new Date('2026-05-01T00:00:00Z')) });
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        database.db.transaction((tx) =>
          audit.record(tx, null, {
            action: 'test.event',
            entityType: 'thing',
            entityId: String(i),
            data: { i },
          }),
        ),
      ),
    );
    expect(await verifyAuditChain(database.db)).toEqual({ ok: true, events: 0, unsealed: 20 });
    expect(await sealAuditChain(database.db)).toBe(20);
    expect(await verifyAuditChain(database.db)).toEqual({ ok: true, events: 20, unsealed: 0 });
    // Written in seq order by concurrent transactions, sealed in that order.
    const sealed = await database.db.select().from(auditEvents).orderBy(auditEvents.chainPos);
    expect(sealed.map((e) => e.seq)).toEqual([...sealed.map((e) => e.seq)].sort((a, b) => a - b));

    const [victim] = await database.db.select().from(auditEvents).where(eq(auditEvents.entityId, '7'));
    await database.db
      .update(auditEvents)
      .set({ data: { i: 700 } })
      .where(eq(auditEvents.seq, victim!.seq));
    const changed = await verifyAuditChain(database.db);
    expect(changed).toMatchObject({ ok: false, brokenAtSeq: victim!.seq });
    await database.db
      .update(auditEvents)
      .set({ data: { i: 7 } })
      .where(eq(auditEvents.seq, victim!.seq));
    expect((await verifyAuditChain(database.db)).ok).toBe(true);

    await database.db.execute(sql`delete from audit_events where seq = ${victim!.seq}`);
    const removed = await verifyAuditChain(database.db);
    expect(removed.ok).toBe(false);
    if (!removed.ok) expect(removed.reason).toContain('删除');
  });
});
