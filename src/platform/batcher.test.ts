import { describe, expect, it } from 'vitest';
import { createBatcher, type Settled } from './batcher';

describe('createBatcher (group commit)', () => {
  it('runs a lone call at once, in a batch of one', async () => {
    const batches: number[][] = [];
    const double = createBatcher<number, number>({
      async run(items) {
        batches.push(items);
        return items.map((n) => ({ ok: true, value: n * 2 }));
      },
    });
    expect(await double(21)).toBe(42);
    expect(batches).toEqual([[21]]);
  });

  it('gathers calls made while a batch runs into the next one, in order, within maxBatch', async () => {
    const batches: number[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const echo = createBatcher<number, number>({
      maxInFlight: 1,
      maxBatch: 3,
      async run(items) {
        batches.push(items);
        if (batches.length === 1) await gate;
        return items.map((n) => ({ ok: true, value: n }));
      },
    });
    const first = echo(0);
    await new Promise((r) => setImmediate(r));
    const rest = [1, 2, 3, 4, 5].map((n) => echo(n));
    release();
    expect(await Promise.all([first, ...rest])).toEqual([0, 1, 2, 3, 4, 5]);
    expect(batches).toEqual([[0], [1, 2, 3], [4, 5]]);
  });

  it('starts another batch beside a running one only once minBatchWhileBusy calls wait', async () => {
    const batches: number[][] = [];
    const gates: (() => void)[] = [];
    const echo = createBatcher<number, number>({
      maxInFlight: 2,
      minBatchWhileBusy: 3,
      async run(items) {
        batches.push(items);
        await new Promise<void>((r) => gates.push(r));
        return items.map((n) => ({ ok: true, value: n }));
      },
    });
    const tick = () => new Promise((r) => setImmediate(r));
    const calls = [echo(0)];
    await tick();
    calls.push(echo(1), echo(2));
    await tick();
    // Two wait, fewer than three: they stay queued while the first batch runs.
    expect(batches).toEqual([[0]]);
    calls.push(echo(3));
    await tick();
    expect(batches).toEqual([[0], [1, 2, 3]]);
    calls.push(echo(4));
    await tick();
    for (const open of gates.splice(0)) open();
    await tick();
    // Once the batches are done, the one waiting call goes, however few wait.
    expect(batches).toEqual([[0], [1, 2, 3], [4]]);
    for (const open of gates.splice(0)) open();
    expect(await Promise.all(calls)).toEqual([0, 1, 2, 3, 4]);
  });

  it('refuses one item without refusing the others in its batch', async () => {
    const check = createBatcher<number, number>({
      async run(items) {
        return items.map(
          (n): Settled<number> =>
            n < 0 ? { ok: false, error: new Error(`负数 ${n}`) } : { ok: true, value: n },
        );
      },
    });
    const results = await Promise.allSettled([check(1), check(-2), check(3)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason.message).toBe('负数 -2');
  });

  it('runs each item alone again when a whole batch fails, so only the bad one fails', async () => {
    const batches: number[][] = [];
    const insert = createBatcher<number, number>({
      async run(items) {
        batches.push(items);
        if (items.includes(13)) throw new Error('语句失败');
        return items.map((n) => ({ ok: true, value: n }));
      },
    });
    const results = await Promise.allSettled([insert(12), insert(13), insert(14)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(batches).toEqual([[12, 13, 14], [12], [13], [14]]);
  });
});
