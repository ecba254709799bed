import { and, eq, inArray } from 'drizzle-orm';
import { anyOf, selectAnyOf } from '../../db/any-of';
import type { Db } from '../../db/client';
import { columnsOf } from '../../db/columns-of';
import { insertRows } from '../../db/insert-rows';
import {
  type EmploymentBindingRecord,
  employmentBindings,
  type NewEmploymentBindingRecord,
  organisations,
  persons,
  users,
} from '../../db/schema';

// Each lookup of a bulk registration is one query for the whole file, its keys as one array.

/** The persons these keyed ID hashes belong to. */
export function personsByIdHashes(db: Db, hashes: readonly string[]) {
  const fields = columnsOf(persons, ['id', 'name', 'idNumberHash']);
  return selectAnyOf(db, fields, persons, persons.idNumberHash, hashes);
}

/** Which of these persons already have an account. */
export async function personsWithAccounts(db: Db, personIds: readonly string[]): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ personId: users.personId })
    .from(users)
    .where(anyOf(users.personId, personIds));
  return new Set(rows.map((r) => r.personId!));
}

/** The open bindings (the current employer's and a pending request) of these persons. */
export function openBindingsOf(db: Db, personIds: readonly string[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return db
    .select(columnsOf(employmentBindings, ['id', 'personId', 'organisationId', 'status', 'startedOn']))
    .from(employmentBindings)
    .where(
      and(
        anyOf(employmentBindings.personId, personIds),
        inArray(employmentBindings.status, ['pending', 'confirmed']),
      ),
    );
}

/** The organisations registered under these credit codes (the rows' dispatch agencies). */
export function organisationsByCreditCodes(db: Db, codes: readonly string[]) {
  const fields = columnsOf(organisations, ['id', 'creditCode', 'kind', 'status']);
  return selectAnyOf(db, fields, organisations, organisations.creditCode, codes);
}

/** New persons in one statement. */
export async function insertPersons(tx: Db, rows: readonly (typeof persons.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await insertRows(tx, persons, rows);
}

/** New bindings in one statement. */
export async function insertBindings(tx: Db, rows: readonly NewEmploymentBindingRecord[]): Promise<void> {
  if (rows.length > 0) await insertRows(tx, employmentBindings, rows);
}

/**
 * Takes over a person's own pending request to `organisationId` with the unit's data (relation,
 * agency, first day) before it is confirmed; undefined when it is no longer pending there (the
 * person withdrew it, or the unit decided it, since it was read).
 */
export async function takePendingBinding(
  tx: Db,
  id: string,
  organisationId: string,
  values: Pick<NewEmploymentBindingRecord, 'relation' | 'dispatchAgencyId' | 'startedOn'>,
): Promise<EmploymentBindingRecord | undefined> {
  const [row] = await tx
    .update(employmentBindings)
    .set(values)
    .where(
      and(
        eq(employmentBindings.id, id),
        eq(employmentBindings.organisationId, organisationId),
        eq(employmentBindings.status, 'pending'),
      ),
    )
    .returning();
  return row;
}
