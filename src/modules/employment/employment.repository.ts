import { and, asc, count, desc, eq, ilike, inArray, like, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { columnsOf } from '../../db/columns-of';
import { containing, likeLiteral } from '../../db/like-pattern';
import { type PageWindow, pageOf } from '../../db/page-query';
import {
  type EmploymentBindingRecord,
  employmentBindings,
  organisations,
  persons,
  users,
} from '../../db/schema';
import { insertReturning, updateRow } from '../../db/table-rows';
import type { BindingStatus } from '../../domain/accounts/employment-relation';

type NewBinding = typeof employmentBindings.$inferInsert;

export function findBinding(db: Db, id: string) {
  return db.query.employmentBindings.findFirst({ where: eq(employmentBindings.id, id) });
}

export function currentBindingOf(db: Db, personId: string) {
  return db.query.employmentBindings.findFirst({
    where: and(eq(employmentBindings.personId, personId), eq(employmentBindings.status, 'confirmed')),
  });
}

/**
 * A confirmed binding (source `migrated`) for every person who has an employer on record but no
 * current binding, started the day the person was recorded: what migration 0016 did for the data
 * then present, for data seeded without bindings (the demo).
 */
export async function bindEmployersOnRecord(tx: Db): Promise<void> {
  await tx.execute(sql`
    insert into ${employmentBindings} (person_id, organisation_id, relation, started_on, status, source, requested_at)
    select p.id, p.organisation_id, 'staff', (p.created_at at time zone 'Asia/Shanghai')::date, 'confirmed', 'migrated', p.created_at
    from ${persons} p
    where p.organisation_id is not null
      and not exists (select 1 from ${employmentBindings} b where b.person_id = p.id and b.status = 'confirmed')`);
}

export function insertBinding(db: Db, row: NewBinding): Promise<EmploymentBindingRecord> {
  return insertReturning(db, employmentBindings, row);
}

/**
 * Makes a binding the person's current employment, inside the caller's transaction: the
 * previous confirmed binding (another unit) ends on the new one's first day, and the person's
 * employer — which the application chain follows — and jurisdiction move to the new unit's.
 */
export async function makeCurrent(
  tx: Db,
  binding: Pick<EmploymentBindingRecord, 'id' | 'personId' | 'organisationId' | 'startedOn'>,
  unitJurisdictionCode: string,
  decided: { by: string | null; at: Date },
): Promise<void> {
  await tx
    .update(employmentBindings)
    .set({ status: 'ended', endedOn: binding.startedOn, decidedAt: decided.at })
    .where(
      and(eq(employmentBindings.personId, binding.personId), eq(employmentBindings.status, 'confirmed')),
    );
  await tx
    .update(employmentBindings)
    .set({ status: 'confirmed', decidedBy: decided.by, decidedAt: decided.at })
    .where(eq(employmentBindings.id, binding.id));
  await tx
    .update(persons)
    .set({ organisationId: binding.organisationId, jurisdictionCode: unitJurisdictionCode })
    .where(eq(persons.id, binding.personId));
  await moveApplicantAccounts(tx, binding.personId, binding.organisationId);
}

/**
 * The unit shown on the person's own accounts (the web's user bar, the admin's user list) follows
 * their employer. Only accounts that are nothing but the professional's own: an account that also
 * acts for an organisation (an employer's clerk who files too) keeps the organisation it acts for.
 */
export async function moveApplicantAccounts(tx: Db, personId: string, organisationId: string | null) {
  await tx
    .update(users)
    .set({ organisationId })
    .where(and(eq(users.personId, personId), sql`${users.roles} = array['applicant']::text[]`));
}

// ——— Reading and deciding bindings (the person's requests, the unit's queue, an administrator's unlinking) ———

const agency = alias(organisations, 'agency');

/** A binding with what every list shows beside it: the unit, the dispatch agency, the person (masked). */
const bindingColumns = {
  binding: employmentBindings,
  unit: columnsOf(organisations, ['id', 'name', 'creditCode', 'jurisdictionCode']),
  agencyId: agency.id,
  agencyName: agency.name,
  person: { id: persons.id, name: persons.name, idNumberMasked: persons.idNumberMasked },
};

function bindingsWithParties(db: Db) {
  return db
    .select(bindingColumns)
    .from(employmentBindings)
    .innerJoin(organisations, eq(organisations.id, employmentBindings.organisationId))
    .innerJoin(persons, eq(persons.id, employmentBindings.personId))
    .leftJoin(agency, eq(agency.id, employmentBindings.dispatchAgencyId));
}

export type BindingWithParties = Awaited<ReturnType<typeof bindingWithParties>>[number];

function bindingWithParties(db: Db, where: SQL | undefined) {
  return bindingsWithParties(db).where(where);
}

/** Every binding of a person with its unit and agency, the latest request first: the person's history. */
export function personHistory(db: Db, personId: string) {
  return bindingWithParties(db, eq(employmentBindings.personId, personId)).orderBy(
    desc(employmentBindings.requestedAt),
    desc(employmentBindings.id),
  );
}

/** One binding with its parties, for the answer to a decision. */
export async function bindingWithPartiesById(db: Db, id: string) {
  const [row] = await bindingWithParties(db, eq(employmentBindings.id, id));
  return row;
}

export function pendingBindingOf(db: Db, personId: string) {
  return db.query.employmentBindings.findFirst({
    where: and(eq(employmentBindings.personId, personId), eq(employmentBindings.status, 'pending')),
  });
}

export interface UnitBindingFilter {
  status?: BindingStatus | undefined;
  /** Part of the person's name. */
  q?: string | undefined;
}

export type UnitBindingSort = 'requestedAt' | '-requestedAt' | 'startedOn' | '-startedOn';

/** A unit's bindings (its queue of requests, its staff), filtered, sorted and paged, with the total. */
export function listUnitBindings(
  db: Db,
  organisationId: string,
  filter: UnitBindingFilter,
  sort: UnitBindingSort,
  page: PageWindow,
) {
  const conditions: SQL[] = [eq(employmentBindings.organisationId, organisationId)];
  if (filter.status) conditions.push(eq(employmentBindings.status, filter.status));
  if (filter.q) conditions.push(ilike(persons.name, containing(filter.q)));
  const where = and(...conditions);
  const column = sort.endsWith('startedOn') ? employmentBindings.startedOn : employmentBindings.requestedAt;
  const order = sort.startsWith('-')
    ? [desc(column), desc(employmentBindings.id)]
    : [asc(column), asc(employmentBindings.id)];
  // The filter may name the person, so the count joins the persons as the rows do.
  const matching = db
    .select({ n: count() })
    .from(employmentBindings)
    .innerJoin(persons, eq(persons.id, employmentBindings.personId))
    .where(where)
    .then(([row]) => row?.n ?? 0);
  return pageOf(
    bindingWithParties(db, where)
      .orderBy(...order)
      .$dynamic(),
    page,
    matching,
  );
}

/**
 * The binding, locked until the caller's transaction ends: a decision re-reads the status it is
 * about to change, so of two clerks confirming at once the second sees the first's decision.
 */
export async function lockBinding(tx: Db, id: string) {
  const [row] = await tx.select().from(employmentBindings).where(eq(employmentBindings.id, id)).for('update');
  return row;
}

/**
 * Moves a binding out of `from` (compare-and-set): the row as changed, or undefined when it was
 * no longer in `from` — someone decided first.
 */
export function settleBinding(
  tx: Db,
  id: string,
  from: BindingStatus,
  values: Pick<Partial<EmploymentBindingRecord>, 'status' | 'endedOn' | 'decidedBy' | 'decidedAt' | 'reason'>,
) {
  return updateRow(tx, employmentBindings, id, values, eq(employmentBindings.status, from));
}

/** Clears a person's employer if it is still `organisationId` (an unlinked binding's unit). */
export async function detachFromUnit(tx: Db, personId: string, organisationId: string) {
  const rows = await tx
    .update(persons)
    .set({ organisationId: null })
    .where(and(eq(persons.id, personId), eq(persons.organisationId, organisationId)))
    .returning({ id: persons.id });
  return rows.length > 0;
}

/** The current (confirmed) binding of each of many persons, with the unit's name: for the admin's user list. */
export function currentUnitsOf(db: Db, personIds: readonly string[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      personId: employmentBindings.personId,
      bindingId: employmentBindings.id,
      organisationId: organisations.id,
      name: organisations.name,
    })
    .from(employmentBindings)
    .innerJoin(organisations, eq(organisations.id, employmentBindings.organisationId))
    .where(
      and(inArray(employmentBindings.personId, [...personIds]), eq(employmentBindings.status, 'confirmed')),
    );
}

/**
 * Approved employers whose name contains `q` or whose credit code starts with it, by name: what a
 * person may ask to be bound to. At most `limit`.
 */
export function searchBindableEmployers(db: Db, q: string | undefined, limit: number) {
  const conditions: SQL[] = [eq(organisations.kind, 'employer'), eq(organisations.status, 'approved')];
  const text = q?.trim();
  if (text) {
    const escaped = likeLiteral(text);
    conditions.push(
      or(
        ilike(organisations.name, `%${escaped}%`),
        like(organisations.creditCode, `${escaped.toUpperCase()}%`),
      )!,
    );
  }
  return db
    .select(columnsOf(organisations, ['id', 'name', 'creditCode', 'jurisdictionCode']))
    .from(organisations)
    .where(and(...conditions))
    .orderBy(asc(organisations.name), asc(organisations.id))
    .limit(limit);
}
