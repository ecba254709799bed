import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/helpers/test-database';
import type { Database } from '../db/client';
import { auditEvents, deadlines, persons } from '../db/schema';
import { DEADLINE_KINDS, type DeadlineKind, MAX_DEADLINE_ATTEMPTS } from '../domain/deadlines/deadline-kinds';
import { createAuditLog } from '../modules/audit/audit.service';
import {
  createDeadlineSweeper,
  type DeadlineHandler,
  type DeadlineHandlers,
} from '../modules/deadlines/deadline-sweeper';
import { scheduleDeadline } from '../modules/deadlines/deadlines.repository';
import { manualClock } from '../platform/clock';
import { loadConfig } from '../platform/config';
import { createFieldCipher } from '../platform/crypto';
import { createServices } from './services';

let database: Database;
const clock = manualClock(new Date('2026-03-09T02:00:00Z'));

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());
// Each test starts from an empty table, so what one leaves pending is not swept by the next.
beforeEach(async () => {
  await database.db.delete(deadlines);
  clock.set(new Date('2026-03-09T02:00:00Z'));
});

const schedule = (subjectId: string, dueOn: string, kind: DeadlineKind = 'unit-publicity-end') =>
  scheduleDeadline(database.db, { kind, dueOn, subjectId, createdAt: clock.now() });

const row = async (subjectId: string) =>
  (await database.db.select().from(deadlines).where(eq(deadlines.subjectId, subjectId)))[0]!;

/** A sweeper whose every kind does nothing, except the ones given. */
function sweeperWith(handlers: Partial<DeadlineHandlers>) {
  const nothing: DeadlineHandler = async () => {};
  const all = Object.fromEntries(DEADLINE_KINDS.map((kind) => [kind, handlers[kind] ?? nothing]));
  return createDeadlineSweeper({
    db: database.db,
    clock,
    audit: createAuditLog({ clock }),
    handlers: all as DeadlineHandlers,
  });
}

describe('the deadline sweeper', () => {
  it('handles each due deadline exactly once, even with two sweepers at once, and leaves future ones', async () => {
    for (const id of ['a', 'b', 'c']) await schedule(id, '2026-03-06');
    await schedule('later', '2026-03-09'); // ends today: due tomorrow
    const seen: string[] = [];
    const handler: DeadlineHandler = async (_tx, d) => {
      seen.push(d.subjectId);
    };
    const sweeper = () => sweeperWith({ 'unit-publicity-end': handler });
    const [one, two] = await Promise.all([sweeper().sweep(), sweeper().sweep()]);
    expect(one.processed + two.processed).toBe(3);
    expect(seen.sort()).toEqual(['a', 'b', 'c']);
    expect(await sweeper().sweep()).toMatchObject({ processed: 0, notDue: 1, retrying: 0, failedTotal: 0 });
    clock.set(new Date('2026-03-10T02:00:00Z'));
    expect((await sweeper().sweep()).processed).toBe(1);
    expect(seen).toContain('later');
  });

  it('keeps a failed deadline pending with its error, and a new process (after a restart) completes it', async () => {
    await schedule('flaky', '2026-03-01', 'dispatch-publicity-end');
    const broken = sweeperWith({
      'dispatch-publicity-end': async () => {
        throw new Error('短信网关不可用');
      },
    });
    expect(await broken.sweep()).toMatchObject({ processed: 0, failed: 1, givenUp: 0, retrying: 1 });
    expect(await row('flaky')).toMatchObject({
      processedAt: null,
      failedAt: null,
      attempts: 1,
      lastError: '短信网关不可用',
    });

    let handled = 0;
    const restarted = sweeperWith({
      'dispatch-publicity-end': async () => {
        handled += 1;
      },
    });
    expect(await restarted.sweep()).toMatchObject({ processed: 1, failed: 0 });
    expect(handled).toBe(1);
  });

  it('does not leave half of a failed handler’s writes behind', async () => {
    await schedule('partial', '2026-03-01', 'session-filing-due');
    const sweeper = sweeperWith({
      'session-filing-due': async (tx) => {
        await scheduleDeadline(tx, {
          kind: 'result-publicity-end',
          dueOn: '2026-12-31',
          subjectId: 'written-then-failed',
          createdAt: clock.now(),
        });
        throw new Error('处理失败');
      },
    });
    expect((await sweeper.sweep()).failed).toBe(1);
    const leftovers = await database.db
      .select()
      .from(deadlines)
      .where(eq(deadlines.subjectId, 'written-then-failed'));
    expect(leftovers).toEqual([]);
  });

  it('marks a deadline failed on its last allowed attempt: no longer retried, and not counted as to come', async () => {
    await schedule('hopeless', '2026-03-01', 'result-publicity-end');
    await schedule('future', '2026-12-01', 'result-publicity-end');
    let calls = 0;
    const sweeper = sweeperWith({
      'result-publicity-end': async () => {
        calls += 1;
        throw new Error('评委会办事机构不存在');
      },
    });
    for (let day = 1; day < MAX_DEADLINE_ATTEMPTS; day++) {
      expect(await sweeper.sweep()).toMatchObject({ failed: 1, givenUp: 0, retrying: 1, failedTotal: 0 });
    }
    const last = await sweeper.sweep();
    expect(last).toMatchObject({ failed: 1, givenUp: 1, retrying: 0, notDue: 1, failedTotal: 1 });
    expect(last.pending).toBe(1);
    const given = await row('hopeless');
    expect(given).toMatchObject({ attempts: MAX_DEADLINE_ATTEMPTS, processedAt: null });
    expect(given.failedAt).toEqual(clock.now());
    expect(given.lastError).toBe('评委会办事机构不存在');
    const recorded = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'deadline.failed'));
    expect(recorded.map((e) => [e.entityId, e.data])).toEqual([
      [
        String(given.id),
        {
          kind: 'result-publicity-end',
          subjectId: 'hopeless',
          dueOn: '2026-03-01',
          attempts: MAX_DEADLINE_ATTEMPTS,
          lastError: '评委会办事机构不存在',
        },
      ],
    ]);
    expect(await sweeper.sweep()).toMatchObject({ processed: 0, failed: 0, failedTotal: 1 });
    expect(calls).toBe(MAX_DEADLINE_ATTEMPTS);
  });

  it('fails a row of a kind it does not know (written by an older version) with a clear error', async () => {
    await database.db.insert(deadlines).values({
      kind: 'retired-kind' as DeadlineKind,
      dueOn: '2026-03-01',
      subjectId: 'legacy',
      createdAt: clock.now(),
    });
    expect(await sweeperWith({}).sweep()).toMatchObject({ failed: 1 });
    expect((await row('legacy')).lastError).toBe('未知的期限类型「retired-kind」');
  });

  it('keeps only the message of a failed query: never its parameters or digits that could identify a person', async () => {
    await schedule('query-failure', '2026-03-01', 'unit-publicity-end');
    const idNumber = '11010519491231002X';
    const sweeper = sweeperWith({
      'unit-publicity-end': async (tx) => {
        // A uuid column compared with an ID number: the database refuses the value, quoting it.
        await tx.select().from(persons).where(eq(persons.id, idNumber));
      },
    });
    expect((await sweeper.sweep()).failed).toBe(1);
    const { lastError } = await row('query-failure');
    expect(lastError).toMatch(/^数据库报错（SQLSTATE 22P02）/);
    expect(lastError).not.toContain('11010519491231002');
    expect(lastError).not.toContain('select');
    expect(lastError).not.toContain('params');
  });
});

describe('the assembled sweeper', () => {
  it('has a handler for every kind of deadline that can be scheduled', () => {
    const services = createServices({
      db: database.db,
      clock,
      config: loadConfig({ NODE_ENV: 'test' }),
      cipher: createFieldCipher(crypto.randomBytes(32)),
    });
    for (const kind of DEADLINE_KINDS) expect(services.deadlines.handles(kind), kind).toBe(true);
    expect(services.deadlines.kinds()).toEqual([...DEADLINE_KINDS]);
    expect(services.deadlines.handles('no-such-kind')).toBe(false);
  });
});
