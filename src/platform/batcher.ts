/** One item's outcome in a batch: its value, or the error that refuses it alone. */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

export interface BatcherOptions<I, O> {
  /** Runs one batch; returns an outcome per item, in the items' order. */
  run(items: I[]): Promise<Settled<O>[]>;
  /** Items per batch at most. */
  maxBatch?: number;
  /** Batches running at once at most; calls beyond them wait and join the next batch. */
  maxInFlight?: number;
  /**
   * While a batch runs, another starts only once this many calls wait (default 1): a second
   * batch then overlaps the first's round trips without splitting the load into small batches.
   */
  minBatchWhileBusy?: number;
}

/**
 * Group commit: calls made while earlier batches are running wait and then run together, so
 * under load many requests share a few statements (one transaction for fifty filings instead
 * of fifty), while a call on an idle server runs at once, in a batch of one.
 *
 * If a whole batch fails (the database refused a statement), each of its items is run again
 * alone, so one bad item never takes the others down with it.
 */
export function createBatcher<I, O>(options: BatcherOptions<I, O>): (item: I) => Promise<O> {
  const maxBatch = options.maxBatch ?? 100;
  const maxInFlight = options.maxInFlight ?? 2;
  const minBatchWhileBusy = options.minBatchWhileBusy ?? 1;
  const queue: { item: I; resolve(value: O): void; reject(error: unknown): void }[] = [];
  let inFlight = 0;
  let scheduled = false;

  async function runSettled(items: I[]): Promise<Settled<O>[]> {
    try {
      const outcomes = await options.run(items);
      if (outcomes.length !== items.length) throw new Error('批处理结果数与输入数不符');
      return outcomes;
    } catch (error) {
      if (items.length === 1) return [{ ok: false, error }];
      const alone: Settled<O>[] = [];
      for (const item of items) alone.push(...(await runSettled([item])));
      return alone;
    }
  }

  /** Whether another batch may start now: a free slot, and enough waiting if one already runs. */
  const mayStart = () => inFlight < maxInFlight && queue.length >= (inFlight === 0 ? 1 : minBatchWhileBusy);

  function flush() {
    scheduled = false;
    while (mayStart()) {
      const batch = queue.splice(0, maxBatch);
      inFlight += 1;
      void runSettled(batch.map((b) => b.item)).then((outcomes) => {
        inFlight -= 1;
        outcomes.forEach((outcome, i) => {
          if (outcome.ok) batch[i]!.resolve(outcome.value);
          else batch[i]!.reject(outcome.error);
        });
        flush();
      });
    }
  }

  return (item) =>
    new Promise<O>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      // Wait for the rest of this turn of the event loop: requests that arrived together go together.
      if (!scheduled && mayStart()) {
        scheduled = true;
        setImmediate(flush);
      }
    });
}
