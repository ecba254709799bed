import { and, count, desc, eq, gte, inArray, like, max, type SQL, sql } from 'drizzle-orm';
import { anyOfPlaceholder } from '../../db/any-of';
import type { Db } from '../../db/client';
import { columnsOf } from '../../db/columns-of';
import { anyContains } from '../../db/like-pattern';
import type { PageWindow } from '../../db/page-query';
import { preparedQuery } from '../../db/prepared-query';
import { certificates, fraudFindings } from '../../db/schema';
import { insertReturning, rowById, tablePage } from '../../db/table-rows';

export interface FindingFilter {
  /** The actor's scope, a region prefix: findings of its region and every region below it. */
  regionPrefix: string;
  /** Part of the person's name or of the decision number. */
  q?: string | undefined;
  /** Only findings whose ban still holds on this day. */
  bannedOn?: string | undefined;
}

function whereOf(filter: FindingFilter): SQL | undefined {
  const conditions: SQL[] = [like(fraudFindings.regionCode, `${filter.regionPrefix}%`)];
  if (filter.q)
    conditions.push(anyContains(filter.q, [fraudFindings.personName, fraudFindings.decisionNumber]));
  if (filter.bannedOn) conditions.push(gte(fraudFindings.bannedUntil, filter.bannedOn));
  return and(...conditions);
}

/** The archive's order: newest decision first, then newest record (the id keeps a page stable). */
const NEWEST_DECISION_FIRST = [
  desc(fraudFindings.decidedOn),
  desc(fraudFindings.recordedAt),
  desc(fraudFindings.id),
];

/** One page of the archive in a jurisdiction, newest decision first. */
export function listFindings(db: Db, filter: FindingFilter, page: PageWindow) {
  return tablePage(db, fraudFindings, whereOf(filter), NEWEST_DECISION_FIRST, page);
}

/** One finding by id, whatever its region: the caller decides whether the actor may see it. */
export function findFinding(db: Db, id: string) {
  return rowById(db, fraudFindings, id);
}

/** A finding already recorded for this person under this decision (the same decision twice is a mistake). */
export async function findingByDecision(db: Db, personIdHash: string, decisionNumber: string) {
  const [row] = await db
    .select({ id: fraudFindings.id })
    .from(fraudFindings)
    .where(
      and(eq(fraudFindings.personIdHash, personIdHash), eq(fraudFindings.decisionNumber, decisionNumber)),
    )
    .limit(1);
  return row;
}

/** Inserts a finding and returns the stored row. */
export function insertFinding(db: Db, values: typeof fraudFindings.$inferInsert) {
  return insertReturning(db, fraudFindings, values);
}

/**
 * The last banned day of the person with this ID hash according to the archive, if a ban
 * still holds on `today`; null otherwise. Found by the keyed hash, whatever the region of
 * the finding: a ban holds everywhere, not only where it was decided.
 */
export async function archiveBanOf(db: Db, idNumberHash: string, today: string): Promise<string | null> {
  const [row] = await db
    .select({ until: max(fraudFindings.bannedUntil) })
    .from(fraudFindings)
    .where(and(eq(fraudFindings.personIdHash, idNumberHash), gte(fraudFindings.bannedUntil, today)));
  return row?.until ?? null;
}

/** `archiveBanOf` for many ID hashes in one query: the hashes that are banned on `today`, with their last day. */
const bansOf = preparedQuery((db) =>
  db
    .select({ hash: fraudFindings.personIdHash, until: max(fraudFindings.bannedUntil) })
    .from(fraudFindings)
    .where(
      and(
        anyOfPlaceholder(fraudFindings.personIdHash, 'hashes'),
        gte(fraudFindings.bannedUntil, sql.placeholder('today')),
      ),
    )
    .groupBy(fraudFindings.personIdHash),
);

export async function archiveBansOf(
  db: Db,
  idNumberHashes: readonly string[],
  today: string,
): Promise<Map<string, string>> {
  if (idNumberHashes.length === 0) return new Map();
  const rows = await bansOf(db).execute({ hashes: [...idNumberHashes], today });
  return new Map(rows.flatMap((r) => (r.until ? [[r.hash, r.until] as const] : [])));
}

/** How many findings the archive holds about this person, in any region. */
export async function findingCountOf(db: Db, idNumberHash: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(fraudFindings)
    .where(eq(fraudFindings.personIdHash, idNumberHash));
  return row?.n ?? 0;
}

/** The ledger entries with these numbers (those that exist). */
export function certificatesByNumbers(db: Db, numbers: readonly string[]) {
  if (numbers.length === 0) return Promise.resolve([]);
  return db
    .select(
      columnsOf(certificates, [
        'id',
        'number',
        'status',
        'holderIdHash',
        'regionCode',
        'titleName',
        'revokedOn',
      ]),
    )
    .from(certificates)
    .where(inArray(certificates.number, [...numbers]));
}
