import { and, eq, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Db } from './client';
import { type PageWindow, pageOf } from './page-query';

/** A table whose rows are named by an `id` column (a uuid or a serial). */
type TableWithId = PgTable & { id: PgColumn };

// The ORM types a query from the table it is given; over a table only known as a type
// parameter it cannot, so these helpers build on `PgTable` and give the rows their table's type.

/** The whole row with this id, or undefined: the read behind every `find…` by id. */
export async function rowById<T extends TableWithId>(
  db: Db,
  table: T,
  id: T['$inferSelect']['id'],
): Promise<T['$inferSelect'] | undefined> {
  const [row] = await db
    .select()
    .from(table as PgTable)
    .where(eq(table.id, id))
    .limit(1);
  return row as T['$inferSelect'] | undefined;
}

/** Inserts one row and returns it as stored (with the defaults the database filled in). */
export async function insertReturning<T extends PgTable>(
  db: Db,
  table: T,
  values: T['$inferInsert'],
): Promise<T['$inferSelect']> {
  const [row] = await db.insert(table).values(values).returning();
  return row as T['$inferSelect'];
}

/**
 * Updates the row with this id and returns it as changed. With `onlyIf` it is a compare-and-set:
 * the row changes only while the condition still holds (a status, a version), so of two people
 * deciding at once the second finds undefined, as when there is no such row.
 */
export async function updateRow<T extends TableWithId>(
  db: Db,
  table: T,
  id: T['$inferSelect']['id'],
  values: PgUpdateSetSource<T>,
  onlyIf?: SQL,
): Promise<T['$inferSelect'] | undefined> {
  const rows = await db
    .update(table)
    .set(values)
    .where(and(eq(table.id, id), onlyIf))
    .returning();
  return (rows as T['$inferSelect'][])[0];
}

/**
 * Compare-and-set on a `version` column: writes `patch` and the next version only while the row
 * is still at `version`; undefined when someone else changed it first.
 */
export function updateVersioned<T extends TableWithId & { version: PgColumn }>(
  db: Db,
  table: T,
  id: T['$inferSelect']['id'],
  version: number,
  patch: PgUpdateSetSource<T>,
): Promise<T['$inferSelect'] | undefined> {
  const next = { ...patch, version: version + 1 } as PgUpdateSetSource<T>;
  return updateRow(db, table, id, next, eq(table.version, version));
}

/**
 * One page of a table's whole rows that `where` selects, in `order`, and how many it selects in
 * all: a plain list (no joins) of one table.
 */
export function tablePage<T extends PgTable>(
  db: Db,
  table: T,
  where: SQL | undefined,
  order: readonly SQL[],
  window: PageWindow,
): Promise<{ items: T['$inferSelect'][]; total: number }> {
  const rows = db
    .select()
    .from(table as PgTable)
    .where(where)
    .orderBy(...order);
  return pageOf(rows.$dynamic(), window, db.$count(table, where));
}
