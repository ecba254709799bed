import { asc, desc, eq, like } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { committees, organisations, selfReviewApplications } from '../../db/schema';
import { insertReturning, rowById, updateRow } from '../../db/table-rows';
import { regionPrefix } from '../../domain/regions';

export function listCommittees(db: Db) {
  return db.select().from(committees).orderBy(asc(committees.regionCode), asc(committees.name));
}

/** The committees an office runs (a committee office sees their certificates and sessions). */
export function committeesOfOffice(db: Db, officeOrganisationId: string) {
  return db.select().from(committees).where(eq(committees.officeOrganisationId, officeOrganisationId));
}

export function findCommittee(db: Db, id: string) {
  return rowById(db, committees, id);
}

export async function findCommitteeByName(db: Db, name: string) {
  const [row] = await db
    .select({ id: committees.id })
    .from(committees)
    .where(eq(committees.name, name))
    .limit(1);
  return row;
}

export function insertCommittee(db: Db, values: typeof committees.$inferInsert) {
  return insertReturning(db, committees, values);
}

export function updateCommittee(db: Db, id: string, patch: Partial<typeof committees.$inferInsert>) {
  return db.update(committees).set(patch).where(eq(committees.id, id));
}

export function insertSelfReviewApplication(db: Db, values: typeof selfReviewApplications.$inferInsert) {
  return insertReturning(db, selfReviewApplications, values);
}

export function findSelfReviewApplication(db: Db, id: string) {
  return rowById(db, selfReviewApplications, id);
}

/** Decides a pending application once; undefined if someone decided it first. */
export function decideSelfReviewApplication(
  db: Db,
  id: string,
  patch: Partial<typeof selfReviewApplications.$inferInsert>,
) {
  return updateRow(db, selfReviewApplications, id, patch, eq(selfReviewApplications.status, 'pending'));
}

/** The self-review applications in a scope (`selfReviewScopeOf`): a jurisdiction's units' or one unit's. */
export function selfReviewApplicationsFor(
  db: Db,
  within: { jurisdictionCode: string } | { organisationId: string | null },
) {
  const scope =
    'jurisdictionCode' in within
      ? like(organisations.jurisdictionCode, `${regionPrefix(within.jurisdictionCode)}%`)
      : eq(
          selfReviewApplications.organisationId,
          within.organisationId ?? '00000000-0000-0000-0000-000000000000',
        );
  return db
    .select({ application: selfReviewApplications, unitName: organisations.name })
    .from(selfReviewApplications)
    .innerJoin(organisations, eq(organisations.id, selfReviewApplications.organisationId))
    .where(scope)
    .orderBy(desc(selfReviewApplications.submittedAt));
}
