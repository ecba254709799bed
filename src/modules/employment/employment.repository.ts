import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { type EmploymentBindingRecord, employmentBindings, persons } from '../../db/schema';

type NewBinding = typeof employmentBindings.$inferInsert;

export function bindingsOfPerson(db: Db, personId: string) {
  return db
    .select()
    .from(employmentBindings)
    .where(eq(employmentBindings.personId, personId))
    .orderBy(desc(employmentBindings.requestedAt));
}

export function findBinding(db: Db, id: string) {
  return db.query.employmentBindings.findFirst({ where: eq(employmentBindings.id, id) });
}

export function currentBindingOf(db: Db, personId: string) {
  return db.query.employmentBindings.findFirst({
    where: and(eq(employmentBindings.personId, personId), eq(employmentBindings.status, 'confirmed')),
  });
}

export async function insertBinding(db: Db, row: NewBinding): Promise<EmploymentBindingRecord> {
  const [inserted] = await db.insert(employmentBindings).values(row).returning();
  return inserted!;
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
}
