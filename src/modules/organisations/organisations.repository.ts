import { and, asc, desc, eq, inArray, like, type SQL } from 'drizzle-orm';
import { anyOfPlaceholder } from '../../db/any-of';
import type { Db } from '../../db/client';
import { columnsOf } from '../../db/columns-of';
import { anyContains } from '../../db/like-pattern';
import type { PageWindow } from '../../db/page-query';
import { preparedQuery } from '../../db/prepared-query';
import { type NewOrganisationRecord, type OrganisationRecord, organisations } from '../../db/schema';
import { insertReturning, tablePage, updateRow } from '../../db/table-rows';
import { isWithinRegion, regionPrefix } from '../../domain/regions';

export interface OrganisationFilter {
  q?: string | undefined;
  kind?: string | undefined;
  /** A region code prefix: '21' = Liaoning, '2103' = Anshan. */
  jurisdictionPrefix?: string | undefined;
  /** The review status of a unit: `approved`, `pending` or `returned`. */
  status?: string | undefined;
  /** Only these kinds (the units that register themselves, for the HR bureau's review list). */
  kinds?: readonly string[] | undefined;
}

export type OrganisationSort = 'name' | '-name' | 'createdAt' | '-createdAt';

function whereOf(filter: OrganisationFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.q) conditions.push(anyContains(filter.q, [organisations.name, organisations.creditCode]));
  if (filter.kind) conditions.push(eq(organisations.kind, filter.kind));
  if (filter.kinds) conditions.push(inArray(organisations.kind, [...filter.kinds]));
  if (filter.status) conditions.push(eq(organisations.status, filter.status));
  if (filter.jurisdictionPrefix)
    conditions.push(like(organisations.jurisdictionCode, `${filter.jurisdictionPrefix}%`));
  return conditions.length ? and(...conditions) : undefined;
}

function orderOf(sort: OrganisationSort) {
  const column = sort.endsWith('name') ? organisations.name : organisations.createdAt;
  return sort.startsWith('-') ? [desc(column), asc(organisations.id)] : [asc(column), asc(organisations.id)];
}

export function listOrganisations(
  db: Db,
  filter: OrganisationFilter,
  sort: OrganisationSort,
  page: PageWindow,
) {
  return tablePage(db, organisations, whereOf(filter), orderOf(sort), page);
}

export function findOrganisation(db: Db, id: string) {
  return db.query.organisations.findFirst({ where: eq(organisations.id, id) });
}

const organisationsByIds = preparedQuery((db) =>
  db.select().from(organisations).where(anyOfPlaceholder(organisations.id, 'ids')),
);

export function findOrganisationsByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return organisationsByIds(db).execute({ ids });
}

/** The competent departments the rows name, by id (one query however many rows). */
export async function departmentsOf(
  db: Db,
  rows: readonly Pick<OrganisationRecord, 'departmentId'>[],
): Promise<Map<string, { id: string; name: string }>> {
  const ids = [...new Set(rows.flatMap((r) => (r.departmentId ? [r.departmentId] : [])))];
  const found = await findOrganisationsByIds(db, ids);
  return new Map(found.map((d) => [d.id, { id: d.id, name: d.name }]));
}

export function findOrganisationByCreditCode(db: Db, creditCode: string) {
  return db.query.organisations.findFirst({ where: eq(organisations.creditCode, creditCode) });
}

export function insertOrganisation(db: Db, values: NewOrganisationRecord) {
  return insertReturning(db, organisations, values);
}

export function updateOrganisation(db: Db, id: string, values: Partial<NewOrganisationRecord>) {
  return updateRow(db, organisations, id, values);
}

/**
 * The HR bureau that reviews applications from `jurisdictionCode`: the most local bureau
 * whose jurisdiction contains it (a county's own bureau, else the city's, else the province's).
 */
export async function competentHrBureau(db: Db, jurisdictionCode: string) {
  const bureaus = await db.select().from(organisations).where(eq(organisations.kind, 'hr-bureau'));
  return bureaus
    .filter((b) => isWithinRegion(jurisdictionCode, b.jurisdictionCode))
    .sort((a, b) => regionPrefix(b.jurisdictionCode).length - regionPrefix(a.jurisdictionCode).length)[0];
}

/**
 * The approved organisations of one kind (e.g. every dispatch agency), by name: a small public
 * directory. A unit still under review is not offered to anyone.
 */
export function organisationsOfKind(db: Db, kind: string) {
  return db
    .select(columnsOf(organisations, ['id', 'name', 'jurisdictionCode']))
    .from(organisations)
    .where(and(eq(organisations.kind, kind), eq(organisations.status, 'approved')))
    .orderBy(asc(organisations.name));
}
