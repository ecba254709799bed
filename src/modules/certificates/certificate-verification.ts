import type { Database, Db } from '../../db/client';
import { parseCertificateNumber } from '../../domain/certificates';
import { AppError } from '../../domain/errors';
import { FILL_PAGE, ledgerPage, numbersLookup } from './certificate-verification.repository';
import { type PublicCertificate, publicCertificateView } from './certificate-view';
import { createCompactAnswerStore } from './compact-answer-store';
import { createStatusCache } from './status-cache';

/** A malformed number: the same answer whether or not a similar number exists. */
export function invalidCertificateNumber(reason: string): AppError {
  return new AppError('invalid', 'CERTIFICATE_NUMBER_INVALID', reason, [{ path: 'number', message: reason }]);
}

/** How many answers a process keeps at most (about 100 bytes each in the compact store). */
const MAX_ANSWERS = 5_000_000;

/**
 * Public verification by number (CONTRACTS §4). Each process holds the answer for every
 * certificate (compactly; loaded once it listens to the status channel, kept current by it),
 * so a scan is answered from memory; a number not held yet (issued since, or while loading)
 * is read from the database, lookups arriving together sharing one query (`number = any(...)`).
 */
export function createCertificateVerifier(deps: { db: Db }) {
  const store = createCompactAnswerStore();
  const cache = createStatusCache(store, {
    maxEntries: MAX_ANSWERS,
    onLive: (epoch) => {
      filled = fill(epoch).catch(() => 0);
    },
  });
  let filled: Promise<number> = Promise.resolve(0);
  // Built once; planned by the server with each call's values (see preparedQuery: the ledger
  // may be empty when a connection first asks and hold millions later).
  const byNumbers = numbersLookup(deps.db);
  const page = ledgerPage(deps.db);

  /** Loads the ledger page by page in number order; a page read across a status change is read again. */
  async function fill(epoch: number): Promise<number> {
    let after = '';
    let loaded = 0;
    while (cache.isLive(epoch) && loaded < MAX_ANSWERS) {
      const since = cache.generation();
      const rows = await page.execute({ after });
      if (cache.generation() !== since) continue;
      for (const row of rows) cache.set(row.number, publicCertificateView(row), since);
      loaded += rows.length;
      if (rows.length < FILL_PAGE) break;
      after = rows.at(-1)?.number ?? after;
    }
    return loaded;
  }

  type Waiter = { resolve(json: string | null): void; reject(error: unknown): void };
  let waiting = new Map<string, Waiter[]>();
  // Two batches may be in flight, so the next one is gathered while the database answers.
  const MAX_IN_FLIGHT = 2;
  let inFlight = 0;

  async function flush(): Promise<void> {
    if (inFlight >= MAX_IN_FLIGHT || waiting.size === 0) return;
    inFlight += 1;
    const batch = waiting;
    waiting = new Map();
    const readSince = cache.generation();
    try {
      const rows = await byNumbers.execute({ numbers: [...batch.keys()] });
      const found = new Map(
        rows.map((r) => {
          const view = publicCertificateView(r);
          cache.set(r.number, view, readSince);
          return [r.number, JSON.stringify(view)];
        }),
      );
      for (const [number, waiters] of batch) for (const w of waiters) w.resolve(found.get(number) ?? null);
    } catch (error) {
      for (const waiters of batch.values()) for (const w of waiters) w.reject(error);
    } finally {
      inFlight -= 1;
      if (waiting.size > 0) void flush();
    }
  }

  function load(number: string): Promise<string | null> {
    return new Promise((resolve, reject) => {
      const waiters = waiting.get(number);
      if (waiters) waiters.push({ resolve, reject });
      else waiting.set(number, [{ resolve, reject }]);
      // Requests arriving in the same turn of the event loop join one batch.
      if (waiting.size === 1) queueMicrotask(() => void flush());
    });
  }

  /** The answer's JSON; 400 for a malformed number, 404 for an unknown one. */
  async function verifyJson(input: string): Promise<string> {
    const parsed = parseCertificateNumber(input);
    if (!parsed.valid) throw invalidCertificateNumber(parsed.reason);
    const json = cache.get(parsed.number) ?? (await load(parsed.number));
    if (json === null) throw new AppError('not-found', 'CERTIFICATE_NOT_FOUND', '未查询到该编号的职称证书');
    return json;
  }

  return {
    verifyJson,
    /** The same answer as an object, for the verification page. */
    verify: async (input: string): Promise<PublicCertificate> => JSON.parse(await verifyJson(input)),
    /** Starts listening for status changes; the ledger is loaded in the background once it listens. */
    attach: (database: Pick<Database, 'listen'>) => cache.attach(database),
    detach: () => cache.detach(),
    /** How many certificates the last load took into memory, once it has finished. */
    loaded: () => filled,
  };
}

export type CertificateVerifier = ReturnType<typeof createCertificateVerifier>;
