import { and, asc, desc, eq, inArray, like, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { columnsOf } from '../../db/columns-of';
import { containing } from '../../db/like-pattern';
import { type CertificateRecord, certificateEvents, certificates, titleImportJobs } from '../../db/schema';
import { rowById, tablePage } from '../../db/table-rows';

export function findCertificate(db: Db, id: string) {
  return rowById(db, certificates, id);
}

export function certificatesOfHolder(db: Db, holderIdHash: string) {
  return db.query.certificates.findMany({
    where: eq(certificates.holderIdHash, holderIdHash),
    orderBy: [desc(certificates.issuedOn), asc(certificates.number)],
  });
}

export function eventsOf(db: Db, certificateId: string) {
  return db.query.certificateEvents.findMany({
    where: eq(certificateEvents.certificateId, certificateId),
    orderBy: asc(certificateEvents.id),
  });
}

/** Where a ledger query may look: regions by code prefix and committees by id (either suffices). */
export interface LedgerScope {
  regionPrefixes: string[];
  committeeIds: string[];
}

export interface LedgerFilter {
  status?: CertificateRecord['status'];
  year?: number;
  series?: string;
  source?: CertificateRecord['source'];
  /** A certificate number, or part of the holder's name. */
  keyword?: string;
}

const SORTS = {
  issuedOn: certificates.issuedOn,
  number: certificates.number,
  holderName: certificates.holderName,
} as const;

export type LedgerSort = keyof typeof SORTS | `-${keyof typeof SORTS}`;

function ledgerWhere(scope: LedgerScope, filter: LedgerFilter): SQL | undefined {
  const scoped = or(
    ...scope.regionPrefixes.map((p) => like(certificates.regionCode, `${p}%`)),
    scope.committeeIds.length ? inArray(certificates.committeeId, scope.committeeIds) : undefined,
  );
  const keyword = filter.keyword?.trim();
  return and(
    scoped ?? sql`false`,
    filter.status ? eq(certificates.status, filter.status) : undefined,
    filter.series ? eq(certificates.series, filter.series) : undefined,
    filter.source ? eq(certificates.source, filter.source) : undefined,
    filter.year
      ? sql`${certificates.issuedOn} between ${`${filter.year}-01-01`} and ${`${filter.year}-12-31`}`
      : undefined,
    keyword
      ? /^[\dXx]{21}$/.test(keyword)
        ? eq(certificates.number, keyword.toUpperCase())
        : like(certificates.holderName, containing(keyword))
      : undefined,
  );
}

/** One page of the ledger within the scope, and the total. */
export async function listLedger(
  db: Db,
  scope: LedgerScope,
  filter: LedgerFilter,
  paging: { page: number; pageSize: number; sort: LedgerSort },
) {
  const where = ledgerWhere(scope, filter);
  const key = paging.sort.replace(/^-/, '') as keyof typeof SORTS;
  const order = paging.sort.startsWith('-') ? desc(SORTS[key]) : asc(SORTS[key]);
  const window = { limit: paging.pageSize, offset: (paging.page - 1) * paging.pageSize };
  const { items, total } = await tablePage(
    db,
    certificates,
    where,
    [order, asc(certificates.number)],
    window,
  );
  return { rows: items, total };
}

/** Counts by status within the scope, for the ledger's summary. */
export async function ledgerCounts(db: Db, scope: LedgerScope, filter: LedgerFilter) {
  const rows = await db
    .select({ status: certificates.status, n: sql<number>`count(*)::int` })
    .from(certificates)
    .where(ledgerWhere(scope, { ...filter, status: undefined }))
    .groupBy(certificates.status);
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)])) as Record<string, number>;
}

/** The import run a historical record came from (its first line of history). */
export async function importJobOf(db: Db, id: string) {
  const [job] = await db
    .select(columnsOf(titleImportJobs, ['id', 'fileName', 'startedAt', 'finishedAt']))
    .from(titleImportJobs)
    .where(eq(titleImportJobs.id, id));
  return job;
}

/** Writes certificates (issued, imported or replacing another) and returns them as stored. */
export function insertCertificates(db: Db, rows: readonly (typeof certificates.$inferInsert)[]) {
  return db
    .insert(certificates)
    .values([...rows])
    .returning();
}

/** Appends events to certificates' histories (the ledger is append-only). */
export async function insertCertificateEvents(
  db: Db,
  events: readonly (typeof certificateEvents.$inferInsert)[],
): Promise<void> {
  await db.insert(certificateEvents).values([...events]);
}

/**
 * Ends the certificates that are still valid with the given status and reason; one changed
 * meanwhile is left alone (the returned rows are the ones ended), so a race shows as a conflict.
 */
export function endValidCertificates(
  db: Db,
  ids: readonly string[],
  end: Pick<typeof certificates.$inferInsert, 'status' | 'revokedOn' | 'revokedReason' | 'revokedAuthority'>,
): Promise<CertificateRecord[]> {
  return db
    .update(certificates)
    .set(end)
    .where(and(inArray(certificates.id, [...ids]), eq(certificates.status, 'valid')))
    .returning();
}

/** Which of these import keys the ledger already holds (an earlier run of the import wrote them). */
export async function importKeysOnRecord(db: Db, importKeys: readonly string[]): Promise<Set<string>> {
  // One array parameter rather than thousands of them; bound as a value, the planner probes the
  // unique index once per key.
  const found = await db.execute<{ import_key: string }>(sql`
    select import_key from certificates
    where import_key = any(${sql.param([...importKeys])}::text[])`);
  return new Set((found as unknown as { rows: { import_key: string }[] }).rows.map((r) => r.import_key));
}
