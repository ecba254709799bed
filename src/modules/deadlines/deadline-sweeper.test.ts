import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/helpers/test-database';
import type { Database } from '../../db/client';
import { deadlines } from '../../db/schema';
import { manualClock } from '../../platform/clock';
import { createDeadlineSweeper, type DeadlineHandler } from './deadline-sweeper';
import { scheduleDeadline } from './deadlines.repository';

let database: Database;
const clock = manualClock(new Date('2026-03-09T02:00:00Z'));

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

const schedule = (subjectId: string, dueOn: string, kind = 'test-end') =>
  scheduleDeadline(database.db, { kind, dueOn, subjectId, createdAt: clock.now() });

describe('the deadline sweeper', () => {
  it('handles each due deadline exactly once, even with two sweepers at once, and leaves future ones', async () => {
    for (const id of ['a', 'b', 'c']) await schedule(id, '2026-03-06');
    await schedule('later', '2026-03-09'); // ends today: due tomorrow
    const seen: string[] = [];
    const handler: DeadlineHandler = async (_tx, d) => {
      seen.push(d.subjectId);
    };
    const sweeper = () =>
      createDeadlineSweeper({ db: database.db, clock, handlers: { 'test-end': handler } });
    const [one, two] = await Promise.all([sweeper().sweep(), sweeper().sweep()]);
    expect(one.processed + two.processed).toBe(3);
    expect(seen.sort()).toEqual(['a', 'b', 'c']);
    expect((await sweeper().sweep()).processed).toBe(0);
    clock.set(new Date('2026-03-10T02:00:00Z'));
    expect((await sweeper().sweep()).processed).toBe(1);
    expect(seen).toContain('later');
  });

  it('keeps a failed deadline pending with its error, and a new process (after a restart) completes it', async () => {
    await schedule('flaky', '2026-03-01', 'flaky-end');
    const broken = createDeadlineSweeper({
      db: database.db,
      clock,
      handlers: {
        'flaky-end': async () => {
          throw new Error('短信网关不可用');
        },
      },
    });
    expect(await broken.sweep()).toMatchObject({ processed: 0, failed: 1 });
    const [row] = await database.db.select().from(deadlines).where(eq(deadlines.subjectId, 'flaky'));
    expect(row).toMatchObject({ processedAt: null, attempts: 1, lastError: '短信网关不可用' });

    let handled = 0;
    const restarted = createDeadlineSweeper({
      db: database.db,
      clock,
      handlers: {
        'flaky-end': async () => {
          handled += 1;
        },
      },
    });
    expect(await restarted.sweep()).toMatchObject({ processed: 1, failed: 0 });
    expect(handled).toBe(1);
  });

  it('does not leave half of a failed handler’s writes behind', async () => {
    await schedule('partial', '2026-03-01', 'partial-end');
    const sweeper = createDeadlineSweeper({
      db: database.db,
      clock,
      handlers: {
        'partial-end': async (tx) => {
          await scheduleDeadline(tx, {
            kind: 'follow-up',
            dueOn: '2026-12-31',
            subjectId: 'written-then-failed',
            createdAt: clock.now(),
          });
          throw new Error('处理失败');
        },
      },
    });
    expect((await sweeper.sweep()).failed).toBe(1);
    const leftovers = await database.db
      .select()
      .from(deadlines)
      .where(eq(deadlines.subjectId, 'written-then-failed'));
    expect(leftovers).toEqual([]);
  });
});
