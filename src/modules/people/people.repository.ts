import { and, asc, count, desc, eq, inArray, like, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { organisations, persons, personTitles } from '../../db/schema';

/** Whose people a query covers: one organisation, or every unit under a region prefix. */
export type PeopleScope = { organisationId: string } | { jurisdictionPrefix: string };

function scopeWhere(scope: PeopleScope): SQL {
  return 'organisationId' in scope
    ? eq(persons.organisationId, scope.organisationId)
    : like(persons.jurisdictionCode, `${scope.jurisdictionPrefix}%`);
}

export async function countPeople(db: Db, scope: PeopleScope): Promise<number> {
  const [row] = await db.select({ n: count() }).from(persons).where(scopeWhere(scope));
  return row?.n ?? 0;
}

/** Title structure: each person counts once, by the title obtained most recently (their current one). */
export function currentTitleCounts(db: Db, scope: PeopleScope) {
  const current = db
    .selectDistinctOn([personTitles.personId], { series: personTitles.series, level: personTitles.level })
    .from(personTitles)
    .innerJoin(persons, eq(persons.id, personTitles.personId))
    .where(scopeWhere(scope))
    .orderBy(personTitles.personId, desc(personTitles.obtainedOn))
    .as('current');
  return db
    .select({ series: current.series, level: current.level, n: count() })
    .from(current)
    .groupBy(current.series, current.level);
}

export async function countOrganisations(db: Db, jurisdictionPrefix: string, kind?: string): Promise<number> {
  const conditions = [like(organisations.jurisdictionCode, `${jurisdictionPrefix}%`)];
  if (kind) conditions.push(eq(organisations.kind, kind));
  const [row] = await db
    .select({ n: count() })
    .from(organisations)
    .where(and(...conditions));
  return row?.n ?? 0;
}

export function findPerson(db: Db, id: string) {
  return db.query.persons.findFirst({ where: eq(persons.id, id) });
}

/** The people with these ids (a certificate copies its holder's identity from them). */
export function findPersons(db: Db, ids: readonly string[]) {
  return ids.length === 0
    ? Promise.resolve([])
    : db
        .select()
        .from(persons)
        .where(inArray(persons.id, [...ids]));
}

export function titlesOf(db: Db, personId: string) {
  return db.query.personTitles.findMany({
    where: eq(personTitles.personId, personId),
    orderBy: asc(personTitles.obtainedOn),
  });
}
