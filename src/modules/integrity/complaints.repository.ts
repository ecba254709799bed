import { and, asc, desc, eq, like, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { anyContains } from '../../db/like-pattern';
import type { PageWindow } from '../../db/page-query';
import { type ComplaintRecord, complaints, organisations } from '../../db/schema';
import { insertReturning, rowById, tablePage, updateRow } from '../../db/table-rows';

export interface ComplaintFilter {
  /** The actor's scope, a region prefix: complaints addressed to its region and every region below it. */
  regionPrefix: string;
  status?: 'open' | 'resolved' | undefined;
  malicious?: boolean | undefined;
  /** Part of the complainant's name or the subject. */
  q?: string | undefined;
  /** The id prefix a reference (受理编号) names. */
  idPrefix?: string | undefined;
}

function whereOf(filter: ComplaintFilter): SQL | undefined {
  const conditions: SQL[] = [like(complaints.regionCode, `${filter.regionPrefix}%`)];
  if (filter.status) conditions.push(eq(complaints.status, filter.status));
  if (filter.malicious !== undefined) conditions.push(eq(complaints.malicious, filter.malicious));
  if (filter.idPrefix) conditions.push(sql`${complaints.id}::text like ${`${filter.idPrefix}%`}`);
  else if (filter.q) conditions.push(anyContains(filter.q, [complaints.complainantName, complaints.subject]));
  return and(...conditions);
}

/** One page of complaints in a jurisdiction: open ones first, then newest first. */
export function listComplaints(db: Db, filter: ComplaintFilter, page: PageWindow) {
  // 'open' sorts before 'resolved': what still needs handling comes first.
  const order = [asc(complaints.status), desc(complaints.submittedAt), desc(complaints.id)];
  return tablePage(db, complaints, whereOf(filter), order, page);
}

/** One complaint by id, whatever its region: the caller decides whether the actor may see it. */
export function findComplaint(db: Db, id: string) {
  return rowById(db, complaints, id);
}

/** Inserts a complaint and returns the stored row. */
export function insertComplaint(db: Db, values: typeof complaints.$inferInsert) {
  return insertReturning(db, complaints, values);
}

/** Records the outcome of an open complaint; undefined when it was no longer open. */
export function resolveOpenComplaint(
  db: Db,
  id: string,
  values: Pick<ComplaintRecord, 'outcome' | 'handledBy' | 'handledAt'>,
) {
  return updateRow(db, complaints, id, { ...values, status: 'resolved' }, eq(complaints.status, 'open'));
}

/**
 * Flags a complaint not yet flagged as a malicious false report, with its sanction, and closes
 * it if still open (keeping an outcome already recorded); undefined when it was already flagged.
 */
export async function flagComplaintMalicious(
  db: Db,
  id: string,
  values: { sanction: string; outcomeIfOpen: string; handledBy: string; handledAt: Date },
) {
  const [row] = await db
    .update(complaints)
    .set({
      malicious: true,
      sanction: values.sanction,
      status: 'resolved',
      outcome: sql`coalesce(${complaints.outcome}, ${values.outcomeIfOpen})`,
      handledBy: values.handledBy,
      handledAt: values.handledAt,
    })
    .where(and(eq(complaints.id, id), eq(complaints.malicious, false)))
    .returning();
  return row;
}

/** The HR bureaus a complaint can be addressed to, by jurisdiction (the public form's choice). */
export function hrBureaus(db: Db) {
  return db
    .select({ name: organisations.name, jurisdictionCode: organisations.jurisdictionCode })
    .from(organisations)
    .where(eq(organisations.kind, 'hr-bureau'))
    .orderBy(asc(organisations.jurisdictionCode), asc(organisations.name));
}
