import { sql } from 'drizzle-orm';
import type { Database, Db } from '../../db/client';
import { certificates } from '../../db/schema';
import { parseCertificateNumber } from '../../domain/certificates';
import { AppError } from '../../domain/errors';
import { type PublicCertificate, publicCertificateView } from './certificate-view';
import { createStatusCache } from './status-cache';

const PUBLIC_COLUMNS = {
  number: certificates.number,
  status: certificates.status,
  holderName: certificates.holderName,
  titleName: certificates.titleName,
  series: certificates.series,
  level: certificates.level,
  specialty: certificates.specialty,
  committeeName: certificates.committeeName,
  announcementNumber: certificates.announcementNumber,
  issuedOn: certificates.issuedOn,
  revokedOn: certificates.revokedOn,
};

/** A malformed number: the same answer whether or not a similar number exists. */
export function invalidCertificateNumber(reason: string): AppError {
  return new AppError('invalid', 'CERTIFICATE_NUMBER_INVALID', reason, [{ path: 'number', message: reason }]);
}

/**
 * Public verification by number (CONTRACTS §4). Lookups that arrive while a query is in flight
 * wait for the next one and share it (`number = any(...)`), so a burst of scans costs a few
 * round trips, not one each; answers are cached until the status channel says otherwise.
 */
export function createCertificateVerifier(deps: { db: Db }) {
  // The answer is kept serialised too: a cached lookup costs a map read, not a JSON encoding.
  type Answer = { view: PublicCertificate; json: string };
  const cache = createStatusCache<Answer>();
  // Prepared once: the server plans the lookup once, whatever the size of the batch.
  const byNumbers = deps.db
    .select(PUBLIC_COLUMNS)
    .from(certificates)
    .where(sql`${certificates.number} = any(${sql.placeholder('numbers')})`)
    .prepare('verify_certificates_by_number');
  type Waiter = { resolve(value: Answer | null): void; reject(error: unknown): void };
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
          return [r.number, { view, json: JSON.stringify(view) }];
        }),
      );
      for (const [number, waiters] of batch) {
        const answer = found.get(number) ?? null;
        if (answer) cache.set(number, answer, readSince);
        for (const w of waiters) w.resolve(answer);
      }
    } catch (error) {
      for (const waiters of batch.values()) for (const w of waiters) w.reject(error);
    } finally {
      inFlight -= 1;
      if (waiting.size > 0) void flush();
    }
  }

  function load(number: string): Promise<Answer | null> {
    return new Promise((resolve, reject) => {
      const waiters = waiting.get(number);
      if (waiters) waiters.push({ resolve, reject });
      else waiting.set(number, [{ resolve, reject }]);
      // Requests arriving in the same turn of the event loop join one batch.
      if (waiting.size === 1) queueMicrotask(() => void flush());
    });
  }

  async function answer(input: string): Promise<Answer> {
    const parsed = parseCertificateNumber(input);
    if (!parsed.valid) throw invalidCertificateNumber(parsed.reason);
    const found = cache.get(parsed.number) ?? (await load(parsed.number));
    if (!found) throw new AppError('not-found', 'CERTIFICATE_NOT_FOUND', '未查询到该编号的职称证书');
    return found;
  }

  return {
    /** The public view of a certificate; 400 for a malformed number, 404 for an unknown one. */
    verify: async (input: string): Promise<PublicCertificate> => (await answer(input)).view,
    /** The same, as the JSON the API sends (CONTRACTS §4). */
    verifyJson: async (input: string): Promise<string> => (await answer(input)).json,
    /** Starts trusting the cache once this process listens for status changes. */
    attach: (database: Pick<Database, 'listen'>) => cache.attach(database),
    detach: () => cache.detach(),
  };
}

export type CertificateVerifier = ReturnType<typeof createCertificateVerifier>;
