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
  const cache = createStatusCache<PublicCertificate>();
  // Prepared once: the server plans the lookup once, whatever the size of the batch.
  const byNumbers = deps.db
    .select(PUBLIC_COLUMNS)
    .from(certificates)
    .where(sql`${certificates.number} = any(${sql.placeholder('numbers')})`)
    .prepare('verify_certificates_by_number');
  type Waiter = { resolve(value: PublicCertificate | null): void; reject(error: unknown): void };
  let waiting = new Map<string, Waiter[]>();
  let inFlight = false;

  async function flush(): Promise<void> {
    if (inFlight || waiting.size === 0) return;
    inFlight = true;
    const batch = waiting;
    waiting = new Map();
    const readSince = cache.generation();
    try {
      const rows = await byNumbers.execute({ numbers: [...batch.keys()] });
      const found = new Map(rows.map((r) => [r.number, publicCertificateView(r)]));
      for (const [number, waiters] of batch) {
        const view = found.get(number) ?? null;
        if (view) cache.set(number, view, readSince);
        for (const w of waiters) w.resolve(view);
      }
    } catch (error) {
      for (const waiters of batch.values()) for (const w of waiters) w.reject(error);
    } finally {
      inFlight = false;
      if (waiting.size > 0) void flush();
    }
  }

  function load(number: string): Promise<PublicCertificate | null> {
    return new Promise((resolve, reject) => {
      const waiters = waiting.get(number);
      if (waiters) waiters.push({ resolve, reject });
      else waiting.set(number, [{ resolve, reject }]);
      void flush();
    });
  }

  return {
    /** The public view of a certificate; 400 for a malformed number, 404 for an unknown one. */
    async verify(input: string): Promise<PublicCertificate> {
      const parsed = parseCertificateNumber(input);
      if (!parsed.valid) throw invalidCertificateNumber(parsed.reason);
      const view = cache.get(parsed.number) ?? (await load(parsed.number));
      if (!view) throw new AppError('not-found', 'CERTIFICATE_NOT_FOUND', '未查询到该编号的职称证书');
      return view;
    },
    /** Starts trusting the cache once this process listens for status changes. */
    attach: (database: Pick<Database, 'listen'>) => cache.attach(database),
    detach: () => cache.detach(),
  };
}

export type CertificateVerifier = ReturnType<typeof createCertificateVerifier>;
