import type { Database } from '../../db/client';

/** The NOTIFY channel the status trigger (migration 0008) speaks on; the payload is the number. */
export const CERTIFICATE_STATUS_CHANNEL = 'certificate_status';

/**
 * A bounded cache of verification answers that is trusted only while this process listens to
 * the status channel: a status change anywhere (this process, another one, a direct SQL
 * update) drops the number's entry before the change can be read, and losing the connection
 * empties the cache until listening resumes. Oldest entries go first when it is full.
 */
export function createStatusCache<V>(maxEntries = 200_000) {
  const entries = new Map<string, V>();
  let live = false;
  // Bumped by every invalidation: an answer read from the database before a change was
  // announced must not be cached after it (see `set`).
  let generation = 0;
  let unsubscribe: (() => Promise<void>) | null = null;
  return {
    get(number: string): V | undefined {
      return live ? entries.get(number) : undefined;
    },
    /** The current generation: pass it to `set` for an answer read from now on. */
    generation: () => generation,
    /** Caches an answer read since `readSince`, unless something changed meanwhile. */
    set(number: string, value: V, readSince: number): void {
      if (!live || readSince !== generation) return;
      if (entries.size >= maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
      entries.set(number, value);
    },
    /** Starts listening; until the listener is ready nothing is cached. */
    async attach(database: Pick<Database, 'listen'>): Promise<void> {
      unsubscribe = await database.listen(CERTIFICATE_STATUS_CHANNEL, {
        onMessage: (number) => {
          generation += 1;
          entries.delete(number);
        },
        onReady: () => {
          generation += 1;
          entries.clear();
          live = true;
        },
        onGap: () => {
          generation += 1;
          live = false;
          entries.clear();
        },
      });
    },
    async detach(): Promise<void> {
      live = false;
      entries.clear();
      await unsubscribe?.();
      unsubscribe = null;
    },
    get size() {
      return entries.size;
    },
  };
}
