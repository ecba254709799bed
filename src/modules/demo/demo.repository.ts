import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  applicantProfiles,
  applications,
  certificates,
  committees,
  employmentBindings,
  expertPoolMembers,
  experts,
  organisations,
  persons,
  personTitles,
  users,
} from '../../db/schema';

/**
 * The demo's writes: its dataset goes straight into the tables, as the services would have left
 * it, in the seeding transaction. Long lists go in slices of 500 rows, well below the
 * statement's parameter limit.
 */
const SLICE = 500;

async function inSlices<T>(rows: readonly T[], write: (slice: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += SLICE) await write(rows.slice(i, i + SLICE));
}

export function insertOrganisations(tx: Db, rows: (typeof organisations.$inferInsert)[]) {
  return tx
    .insert(organisations)
    .values(rows)
    .returning({ id: organisations.id, creditCode: organisations.creditCode });
}

/** Places a unit under its competent department (known only once both are written). */
export async function setDepartment(tx: Db, organisationId: string, departmentId: string): Promise<void> {
  await tx.update(organisations).set({ departmentId }).where(eq(organisations.id, organisationId));
}

export function insertCommittees(tx: Db, rows: (typeof committees.$inferInsert)[]) {
  return tx.insert(committees).values(rows).returning({ id: committees.id, name: committees.name });
}

export async function insertPerson(tx: Db, values: typeof persons.$inferInsert): Promise<string> {
  const [row] = await tx.insert(persons).values(values).returning({ id: persons.id });
  return row!.id;
}

export function insertPersonTitles(tx: Db, rows: readonly (typeof personTitles.$inferInsert)[]) {
  return inSlices(rows, (slice) => tx.insert(personTitles).values(slice));
}

export async function insertProfile(tx: Db, values: typeof applicantProfiles.$inferInsert): Promise<void> {
  await tx.insert(applicantProfiles).values(values);
}

/** Writes accounts; returns their ids in order. */
export function insertUsers(tx: Db, rows: (typeof users.$inferInsert)[]) {
  return tx.insert(users).values(rows).returning({ id: users.id });
}

export async function insertBinding(tx: Db, values: typeof employmentBindings.$inferInsert): Promise<void> {
  await tx.insert(employmentBindings).values(values);
}

export function insertCertificates(tx: Db, rows: readonly (typeof certificates.$inferInsert)[]) {
  return inSlices(rows, (slice) => tx.insert(certificates).values(slice));
}

/** Writes experts; returns their ids in order. */
export function insertExperts(tx: Db, rows: (typeof experts.$inferInsert)[]) {
  return tx.insert(experts).values(rows).returning({ id: experts.id });
}

export function insertPoolMembers(tx: Db, rows: readonly (typeof expertPoolMembers.$inferInsert)[]) {
  return inSlices(rows, (slice) => tx.insert(expertPoolMembers).values(slice));
}

/** The accounts with these user names (the demo's, for the start-up banner). */
export function usersNamed(db: Db, usernames: string[]) {
  return db.query.users.findMany({ where: inArray(users.username, usernames) });
}

/** Every organisation's name by id (the banner names each account's unit). */
export async function organisationNames(db: Db): Promise<Map<string, string>> {
  const rows = await db.select({ id: organisations.id, name: organisations.name }).from(organisations);
  return new Map(rows.map((o) => [o.id, o.name]));
}

/** A conferred application of the demo's history (the post-proposal demo), returned whole. */
export async function insertApplication(tx: Db, row: typeof applications.$inferInsert) {
  const [inserted] = await tx.insert(applications).values(row).returning();
  return inserted!;
}

/** A demo committee by its name, with what issuing its certificates needs. */
export async function committeeNamed(tx: Db, name: string) {
  const [row] = await tx
    .select({
      id: committees.id,
      name: committees.name,
      regionCode: committees.regionCode,
      serial: committees.serial,
    })
    .from(committees)
    .where(eq(committees.name, name));
  return row;
}
