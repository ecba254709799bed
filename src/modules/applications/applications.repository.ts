import { and, asc, count, desc, eq, ilike, inArray, notInArray, or, type SQL, sql } from 'drizzle-orm';
import type { PgSelect } from 'drizzle-orm/pg-core';
import { anyOfPlaceholder } from '../../db/any-of';
import type { Db } from '../../db/client';
import { insertRows } from '../../db/insert-rows';
import type { PendingInsert } from '../../db/insert-together';
import { pageOf } from '../../db/page-query';
import { preparedQuery } from '../../db/prepared-query';
import {
  type ApplicationRecord,
  applicationCommitments,
  applicationEvents,
  applications,
  committees,
  objections,
  organisations,
  persons,
  users,
} from '../../db/schema';
import { updateVersioned } from '../../db/table-rows';
import type { ClaimsInUse, QuotaClaim } from '../../domain/applications/recommender-quotas';

/** `count` fresh application serial numbers from the sequence, in one query. */
export async function nextApplicationNumbers(db: Db, count: number): Promise<number[]> {
  const result = await db.execute<{ n: string }>(
    sql`select nextval('application_number_seq') as n from generate_series(1, ${count}::int)`,
  );
  return (result as unknown as { rows: { n: string }[] }).rows.map((r) => Number(r.n));
}

/**
 * The insert of these rows, not yet run (see insertTogether): it fails whole if a unique
 * index refuses any of them (see insertApplicationsOnce for the insert that leaves those out).
 */
export function applicationsInsert(db: Db, rows: ApplicationRecord[]): PendingInsert {
  return insertRows(db, applications, rows);
}

/**
 * Inserts the rows whose idempotency key (or the one-per-series rule) holds no row yet, in one
 * statement; returns the ids of those inserted. A row left out was filed by a concurrent
 * request. Only the ids come back: the caller has the rows already, whole.
 */
export function insertApplicationsOnce(db: Db, rows: ApplicationRecord[]) {
  return insertRows(db, applications, rows).onConflictDoNothing().returning({ id: applications.id });
}

/**
 * What filing must know of these people's earlier applications, in one query: those of the
 * year (the live one blocks a second) and those filed with the given idempotency keys.
 */
export function applicationsForFiling(
  db: Db,
  personIds: readonly string[],
  year: number,
  idempotencyKeys: readonly string[],
) {
  return earlierApplications(db).execute({
    personIds: [...personIds],
    year,
    keys: [...idempotencyKeys],
  });
}

const earlierApplications = preparedQuery((db) =>
  db
    .select()
    .from(applications)
    .where(
      and(
        anyOfPlaceholder(applications.personId, 'personIds'),
        or(
          eq(applications.year, sql.placeholder('year')),
          anyOfPlaceholder(applications.idempotencyKey, 'keys'),
        ),
      ),
    ),
);

/** States in which an application no longer counts as the year's one (withdrawn, declined). */
export const ENDED_BEFORE_REVIEW = ['withdrawn', 'not-recommended'];

/** The live applications of a person in a year (withdrawn and declined ones do not count). */
export function liveApplicationsOf(db: Db, personId: string, year: number) {
  return db.query.applications.findMany({
    where: and(
      eq(applications.personId, personId),
      eq(applications.year, year),
      notInArray(applications.state, ENDED_BEFORE_REVIEW),
    ),
  });
}

/**
 * The live applications that name any of these recommenders in `year` or any of these awards
 * in any year, each by its claims, in one query (none when there is nothing to look for: the
 * usual filing names neither). Containment on the claims' GIN index finds them.
 */
export async function claimsInUse(
  db: Db,
  claims: readonly QuotaClaim[],
  year: number,
): Promise<ClaimsInUse[]> {
  // One containment test per distinct recommender or award: a batch may name one many times.
  const patterns = (picked: (c: QuotaClaim) => QuotaClaim | null) => [
    ...new Set(
      claims
        .map(picked)
        .filter((c) => c !== null)
        .map((c) => JSON.stringify([c])),
    ),
  ];
  const recommended = patterns((c) => (c.recommender ? { kind: c.kind, recommender: c.recommender } : null));
  const awarded = patterns((c) => (c.award ? { kind: c.kind, award: c.award } : null));
  if (recommended.length === 0 && awarded.length === 0) return [];
  const holding = (pattern: string) => sql`${applications.claims} @> ${pattern}::jsonb`;
  return db
    .select({ personId: applications.personId, year: applications.year, claims: applications.claims })
    .from(applications)
    .where(
      and(
        // Says what the partial index covers, so the planner may use it.
        sql`${applications.claims} <> '[]'::jsonb`,
        notInArray(applications.state, ENDED_BEFORE_REVIEW),
        or(
          recommended.length > 0
            ? and(eq(applications.year, year), or(...recommended.map(holding)))
            : undefined,
          ...awarded.map(holding),
        ),
      ),
    );
}

/** One application, within the actor's scope when one is given (core select: the scope is raw SQL). */
export async function findApplication(db: Db, id: string, scope?: SQL) {
  const [row] = await db
    .select()
    .from(applications)
    .where(scope ? and(eq(applications.id, id), scope) : eq(applications.id, id))
    .limit(1);
  return row;
}

/** Which of these ids are applications within the actor's scope, in one query. */
export async function idsInScope(db: Db, ids: readonly string[], scope: SQL): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: applications.id })
    .from(applications)
    .where(and(inArray(applications.id, [...ids]), scope));
  return new Set(rows.map((r) => r.id));
}

/** Compare-and-set on `version`: undefined when someone else changed the application first. */
export function updateApplication(
  db: Db,
  id: string,
  version: number,
  patch: Partial<typeof applications.$inferInsert>,
) {
  return updateVersioned(db, applications, id, version, patch);
}

export async function insertEvents(db: Db, values: (typeof applicationEvents.$inferInsert)[]) {
  await eventsInsert(db, values);
}

/** The insert of timeline entries, not yet run (see insertTogether). */
export function eventsInsert(db: Db, values: (typeof applicationEvents.$inferInsert)[]): PendingInsert {
  return values.length > 0 ? insertRows(db, applicationEvents, values) : null;
}

export async function insertCommitments(db: Db, values: (typeof applicationCommitments.$inferInsert)[]) {
  await commitmentsInsert(db, values);
}

/** The insert of signed commitments, not yet run (see insertTogether). */
export function commitmentsInsert(
  db: Db,
  values: (typeof applicationCommitments.$inferInsert)[],
): PendingInsert {
  if (values.length === 0) return null;
  return insertRows(db, applicationCommitments, values).onConflictDoUpdate({
    target: [applicationCommitments.applicationId, applicationCommitments.kind],
    // A commitment signed again (a resubmission) replaces the earlier signature.
    set: {
      textVersion: sql`excluded.text_version`,
      textSm3: sql`excluded.text_sm3`,
      signedBy: sql`excluded.signed_by`,
      organisationId: sql`excluded.organisation_id`,
      signedAt: sql`excluded.signed_at`,
    },
  });
}

export function eventsOf(db: Db, applicationId: string) {
  return db
    .select({
      event: applicationEvents.event,
      fromState: applicationEvents.fromState,
      toState: applicationEvents.toState,
      actorRole: applicationEvents.actorRole,
      actorName: users.displayName,
      organisationName: organisations.name,
      reason: applicationEvents.reason,
      occurredAt: applicationEvents.occurredAt,
    })
    .from(applicationEvents)
    .leftJoin(users, eq(users.id, applicationEvents.actorUserId))
    .leftJoin(organisations, eq(organisations.id, applicationEvents.actorOrganisationId))
    .where(eq(applicationEvents.applicationId, applicationId))
    .orderBy(asc(applicationEvents.id));
}

export function commitmentsOf(db: Db, applicationId: string) {
  return db
    .select({
      kind: applicationCommitments.kind,
      textVersion: applicationCommitments.textVersion,
      textSm3: applicationCommitments.textSm3,
      signedAt: applicationCommitments.signedAt,
      signedBy: users.displayName,
    })
    .from(applicationCommitments)
    .leftJoin(users, eq(users.id, applicationCommitments.signedBy))
    .where(eq(applicationCommitments.applicationId, applicationId))
    .orderBy(asc(applicationCommitments.id));
}

export async function openObjectionCount(db: Db, applicationId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(objections)
    .where(and(eq(objections.applicationId, applicationId), eq(objections.status, 'open')));
  return row?.n ?? 0;
}

export function committeeOfficeOf(db: Db, committeeId: string | null) {
  if (!committeeId) return Promise.resolve(null);
  return db
    .select({ officeId: committees.officeOrganisationId, name: committees.name })
    .from(committees)
    .where(eq(committees.id, committeeId))
    .then((rows) => rows[0] ?? null);
}

export interface ApplicationFilter {
  states?: string[];
  series?: string;
  level?: string;
  year?: number;
  keyword?: string;
  eligible?: boolean;
}

const SORTS = {
  number: applications.number,
  submittedAt: applications.submittedAt,
  updatedAt: applications.updatedAt,
  name: persons.name,
  state: applications.state,
} as const;
export type ApplicationSort = keyof typeof SORTS;

/** One page of the applications in scope, with the names a list shows. */
export async function listApplications(
  db: Db,
  scope: SQL,
  filter: ApplicationFilter,
  sort: { field: ApplicationSort; descending: boolean },
  offset: number,
  limit: number,
) {
  const where = and(
    scope,
    filter.states?.length ? inArray(applications.state, filter.states) : undefined,
    filter.series ? eq(applications.series, filter.series) : undefined,
    filter.level ? eq(applications.level, filter.level) : undefined,
    filter.year ? eq(applications.year, filter.year) : undefined,
    filter.eligible === undefined ? undefined : eq(applications.eligible, filter.eligible),
    filter.keyword
      ? or(
          ilike(persons.name, `%${filter.keyword}%`),
          ilike(applications.number, `%${filter.keyword}%`),
          ilike(applications.specialty, `%${filter.keyword}%`),
          ilike(organisations.name, `%${filter.keyword}%`),
        )
      : undefined,
  );
  const column = SORTS[sort.field];
  const fromApplications = db
    .select({
      application: applications,
      personName: persons.name,
      employerName: organisations.name,
      committeeOfficeId: committees.officeOrganisationId,
    })
    .from(applications)
    .$dynamic();
  const rows = withApplicantAndEmployer(fromApplications)
    .leftJoin(committees, eq(committees.id, applications.committeeId))
    .where(where)
    .orderBy(sort.descending ? desc(column) : asc(column), desc(applications.number));
  const matching = withApplicantAndEmployer(db.select({ n: count() }).from(applications).$dynamic())
    .where(where)
    .then(([row]) => row?.n ?? 0);
  const { items, total } = await pageOf(rows, { offset, limit }, matching);
  return { rows: items, total };
}

/** Joins each application's applicant and employer: the names a list shows and its keyword searches. */
function withApplicantAndEmployer<Q extends PgSelect>(query: Q) {
  return query
    .innerJoin(persons, eq(persons.id, applications.personId))
    .innerJoin(organisations, eq(organisations.id, applications.employerId));
}
