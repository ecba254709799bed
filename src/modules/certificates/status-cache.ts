import type { Database } from '../../db/client';

/** The NOTIFY channel the status trigger (migration 0008) speaks on; the payload is the number. */
export const CERTIFICATE_STATUS_CHANNEL = 'certificate_status';

/** Where the answers live: a plain map, or the compact store that holds a whole ledger. */
export interface AnswerStore<V, A> {
  get(number: string): A | undefined;
  set(number: string, value: V): void;
  delete(number: string): void;
  clear(): void;
  readonly size: number;
}

/** A store that keeps each value as it is given (tests, small ledgers). */
export function mapStore<V>(): AnswerStore<V, V> {
  const entries = new Map<string, V>();
  return {
    get: (number) => entries.get(number),
    set: (number, value) => void entries.set(number, value),
    delete: (number) => void entries.delete(number),
    clear: () => entries.clear(),
    get size() {
      return entries.size;
    },
  };
}

/**
 * Verification answers trusted only while this process listens to the status channel: a status
 * change anywhere (this process, another one, a direct SQL update) drops the number's answer
 * before the change can be read, and losing the connection empties the store until listening
 * resumes — then `onLive` may fill it again. When the store holds `maxEntries`, new answers
 * are not kept (they are read from the database each time), so memory stays bounded.
 */
export function createStatusCache<V, A>(
  store: AnswerStore<V, A>,
  options: { maxEntries: number; onLive?: (epoch: number) => void },
) {
  let live = false;
  // Bumped by every invalidation: an answer read from the database before a change was
  // announced must not be kept after it (see `set`).
  let generation = 0;
  // Bumped whenever listening starts or stops, so a fill that began before can tell it is stale.
  let epoch = 0;
  let unsubscribe: (() => Promise<void>) | null = null;
  const stop = () => {
    generation += 1;
    epoch += 1;
    live = false;
    store.clear();
  };
  return {
    get(number: string): A | undefined {
      return live ? store.get(number) : undefined;
    },
    /** The current generation: pass it to `set` for an answer read from now on. */
    generation: () => generation,
    /** True while listening in the given epoch (a fill checks this between pages). */
    isLive: (since: number) => live && since === epoch,
    /** Keeps an answer read since `readSince`, unless something changed meanwhile; false if not kept. */
    set(number: string, value: V, readSince: number): boolean {
      if (!live || readSince !== generation) return false;
      if (store.size >= options.maxEntries && store.get(number) === undefined) return false;
      store.set(number, value);
      return true;
    },
    /** Starts listening; until the listener is ready nothing is kept. */
    async attach(database: Pick<Database, 'listen'>): Promise<void> {
      unsubscribe = await database.listen(CERTIFICATE_STATUS_CHANNEL, {
        onMessage: (number) => {
          generation += 1;
          store.delete(number);
        },
        onReady: () => {
          stop();
          live = true;
          options.onLive?.(epoch);
        },
        onGap: stop,
      });
    },
    async detach(): Promise<void> {
      stop();
      await unsubscribe?.();
      unsubscribe = null;
    },
    get size() {
      return store.size;
    },
  };
}
