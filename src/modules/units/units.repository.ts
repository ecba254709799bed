import { and, asc, eq, inArray, notInArray, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { columnsOf } from '../../db/columns-of';
import {
  type DispatchRelationRecord,
  dispatchRelations,
  type NewOrganisationRecord,
  organisations,
  outbox,
  users,
} from '../../db/schema';
import { insertReturning, updateRow } from '../../db/table-rows';
import { REGISTRABLE_UNIT_KINDS } from '../../domain/organisations/unit-registration';

/** A unit that registers itself (employer or dispatch agency), by id; undefined for any other organisation. */
export function findUnit(db: Db, id: string) {
  return db.query.organisations.findFirst({
    where: and(eq(organisations.id, id), inArray(organisations.kind, [...REGISTRABLE_UNIT_KINDS])),
  });
}

/** The approved competent departments of the given regions, by name: a unit chooses among them. */
export function approvedDepartmentsIn(db: Db, regionCodes: readonly string[]) {
  if (regionCodes.length === 0) return Promise.resolve([]);
  return db
    .select(columnsOf(organisations, ['id', 'name', 'jurisdictionCode']))
    .from(organisations)
    .where(
      and(
        eq(organisations.kind, 'department'),
        eq(organisations.status, 'approved'),
        inArray(organisations.jurisdictionCode, [...regionCodes]),
      ),
    )
    .orderBy(asc(organisations.jurisdictionCode), asc(organisations.name));
}

/** Organisations named by credit code or by id, in one query. */
export function organisationsNamed(db: Db, names: { creditCodes: string[]; ids: string[] }) {
  const { creditCodes, ids } = names;
  if (creditCodes.length === 0 && ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(organisations)
    .where(
      or(
        creditCodes.length ? inArray(organisations.creditCode, creditCodes) : undefined,
        ids.length ? inArray(organisations.id, ids) : undefined,
      ),
    );
}

/** The accounts of a unit (its administrator, and later whoever it adds), oldest first. */
export function accountsOfUnit(db: Db, organisationId: string) {
  return db
    .select(columnsOf(users, ['id', 'username', 'status', 'phoneHash', 'roles']))
    .from(users)
    .where(eq(users.organisationId, organisationId))
    .orderBy(asc(users.createdAt));
}

export function insertUnit(tx: Db, values: NewOrganisationRecord) {
  return insertReturning(tx, organisations, values);
}

/**
 * Updates a unit only while it is still in `expected` status: a compare-and-set, so two bureau
 * officers deciding at once (or a decision racing a resubmission) cannot both succeed.
 */
export function updateUnitIf(tx: Db, id: string, expected: string, values: Partial<NewOrganisationRecord>) {
  return updateRow(tx, organisations, id, values, eq(organisations.status, expected));
}

export function updateUnit(tx: Db, id: string, values: Partial<NewOrganisationRecord>) {
  return updateRow(tx, organisations, id, values);
}

export async function updateAccount(tx: Db, id: string, values: Partial<typeof users.$inferInsert>) {
  await tx.update(users).set(values).where(eq(users.id, id));
}

/** Opens the unit's accounts that waited for its approval; returns their ids. */
export async function activatePendingAccounts(tx: Db, organisationId: string, at: Date) {
  const rows = await tx
    .update(users)
    .set({ status: 'active', updatedAt: at })
    .where(and(eq(users.organisationId, organisationId), eq(users.status, 'pending')))
    .returning({ id: users.id });
  return rows.map((r) => r.id);
}

/** A dispatch agency's relations with the units they concern, newest first. */
export function dispatchRelationsOf(db: Db, agencyId: string) {
  return db
    .select({
      relation: dispatchRelations,
      unit: columnsOf(organisations, ['id', 'name', 'creditCode', 'status']),
    })
    .from(dispatchRelations)
    .innerJoin(organisations, eq(organisations.id, dispatchRelations.unitId))
    .where(eq(dispatchRelations.agencyId, agencyId))
    .orderBy(asc(organisations.name));
}

export function findDispatchRelation(db: Db, agencyId: string, unitId: string) {
  return db.query.dispatchRelations.findFirst({
    where: and(eq(dispatchRelations.agencyId, agencyId), eq(dispatchRelations.unitId, unitId)),
  });
}

/**
 * Puts the agency's relations with `unitIds` into `status` (a pair is one row: an ended relation
 * named again is revived, not duplicated), with who decided when it is a decision.
 */
export async function putDispatchRelations(
  tx: Db,
  agencyId: string,
  unitIds: readonly string[],
  status: DispatchRelationRecord['status'],
  decided: { by: string; at: Date } | null,
) {
  if (unitIds.length === 0) return;
  const values = {
    status,
    decidedBy: decided?.by ?? null,
    decidedAt: decided?.at ?? null,
  };
  await tx
    .insert(dispatchRelations)
    .values(unitIds.map((unitId) => ({ agencyId, unitId, ...values })))
    .onConflictDoUpdate({
      target: [dispatchRelations.agencyId, dispatchRelations.unitId],
      set: values,
    });
}

/**
 * Moves the agency's relations that `which` selects into `status`, recording who decided and
 * when; returns the units whose relation moved.
 */
async function decideRelations(
  tx: Db,
  agencyId: string,
  which: SQL | undefined,
  status: DispatchRelationRecord['status'],
  decided: { by: string | null; at: Date },
) {
  const rows = await tx
    .update(dispatchRelations)
    .set({ status, decidedBy: decided.by, decidedAt: decided.at })
    .where(and(eq(dispatchRelations.agencyId, agencyId), which))
    .returning({ unitId: dispatchRelations.unitId });
  return rows.map((r) => r.unitId);
}

/** Ends the agency's relations in `fromStatuses`, except with `keepUnitIds`; returns how many ended. */
export function endDispatchRelations(
  tx: Db,
  agencyId: string,
  fromStatuses: readonly string[],
  keepUnitIds: readonly string[],
  decided: { by: string | null; at: Date },
) {
  const which = and(
    inArray(dispatchRelations.status, [...fromStatuses]),
    keepUnitIds.length ? notInArray(dispatchRelations.unitId, [...keepUnitIds]) : undefined,
  );
  return decideRelations(tx, agencyId, which, 'ended', decided);
}

/** Approves the agency's pending relations (with the agency itself); returns the units concerned. */
export function approvePendingRelations(tx: Db, agencyId: string, decided: { by: string; at: Date }) {
  return decideRelations(tx, agencyId, eq(dispatchRelations.status, 'pending'), 'approved', decided);
}

/**
 * SMS to accounts by id through the outbox, delivered after the commit by the message adapter
 * (which finds the account's verified number). Written directly rather than through the inbox
 * service, whose recipients are active accounts only: a returned unit's account is not active.
 */
export async function queueSms(
  tx: Db,
  userIds: readonly string[],
  message: { subject: string; body: string; at: Date },
) {
  if (userIds.length === 0) return;
  await tx.insert(outbox).values(
    userIds.map((userId) => ({
      channel: 'sms',
      userId,
      subject: message.subject,
      body: message.body,
      createdAt: message.at,
    })),
  );
}

/** Ends one live relation of the agency; false when there was none to end. */
export async function endDispatchRelation(
  tx: Db,
  agencyId: string,
  unitId: string,
  decided: { by: string; at: Date },
): Promise<boolean> {
  const live = and(
    eq(dispatchRelations.unitId, unitId),
    inArray(dispatchRelations.status, ['pending', 'approved']),
  );
  const ended = await decideRelations(tx, agencyId, live, 'ended', decided);
  return ended.length === 1;
}
