import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { periodHolds } from '../../db/period';
import { objections, organisations, publicityNotices } from '../../db/schema';
import { insertReturning, updateRow } from '../../db/table-rows';

export function insertNotice(db: Db, values: typeof publicityNotices.$inferInsert) {
  return insertReturning(db, publicityNotices, values);
}

/** Notices whose period includes `today`, for the public page; optionally of one unit. */
export function currentNotices(db: Db, today: string, organisationId?: string) {
  return db
    .select({
      id: publicityNotices.id,
      kind: publicityNotices.kind,
      maskedName: publicityNotices.maskedName,
      unitName: publicityNotices.unitName,
      publisher: organisations.name,
      organisationId: publicityNotices.organisationId,
      targetTitle: publicityNotices.targetTitle,
      startsOn: publicityNotices.startsOn,
      endsOn: publicityNotices.endsOn,
    })
    .from(publicityNotices)
    .innerJoin(organisations, eq(organisations.id, publicityNotices.organisationId))
    .where(
      and(
        periodHolds(publicityNotices.startsOn, publicityNotices.endsOn, today),
        organisationId ? eq(publicityNotices.organisationId, organisationId) : undefined,
      ),
    )
    .orderBy(desc(publicityNotices.startsOn), asc(publicityNotices.unitName), asc(publicityNotices.id));
}

export function findNotice(db: Db, id: string) {
  return db.query.publicityNotices.findFirst({ where: eq(publicityNotices.id, id) });
}

export function noticesOf(db: Db, applicationId: string) {
  return db.query.publicityNotices.findMany({
    where: eq(publicityNotices.applicationId, applicationId),
    orderBy: asc(publicityNotices.startsOn),
  });
}

export function insertObjection(db: Db, values: typeof objections.$inferInsert) {
  return insertReturning(db, objections, values);
}

/** Objections with the kind and organisation of the notice each answers (who may handle it depends on them). */
function objectionsWithNotice(db: Db) {
  return db
    .select({
      objection: objections,
      noticeKind: publicityNotices.kind,
      noticeOrganisationId: publicityNotices.organisationId,
    })
    .from(objections)
    .innerJoin(publicityNotices, eq(publicityNotices.id, objections.noticeId));
}

export function objectionsOf(db: Db, applicationId: string) {
  return objectionsWithNotice(db)
    .where(eq(objections.applicationId, applicationId))
    .orderBy(asc(objections.createdAt));
}

export function findObjection(db: Db, id: string) {
  return objectionsWithNotice(db)
    .where(eq(objections.id, id))
    .then((rows) => rows[0]);
}

/** Records the outcome once: only an open objection is updated. */
export function resolveObjection(
  db: Db,
  id: string,
  values: { status: 'upheld' | 'dismissed'; outcome: string; handledBy: string; handledAt: Date },
) {
  return updateRow(db, objections, id, values, eq(objections.status, 'open'));
}

export function countObjectionsToday(db: Db, noticeId: string, contact: string, since: Date) {
  return db.$count(
    objections,
    and(
      eq(objections.noticeId, noticeId),
      eq(objections.contact, contact),
      sql`${objections.createdAt} >= ${since}`,
    ),
  );
}
