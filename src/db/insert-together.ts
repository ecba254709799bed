import { type SQLWrapper, sql } from 'drizzle-orm';
import type { Db } from './client';

/** An insert built and not yet run (the ORM's builders run when awaited); null for nothing to insert. */
export type PendingInsert = SQLWrapper | null;

/**
 * Runs several inserts as one statement, each a data-modifying WITH query: one round trip
 * instead of one per table, which on a batch of filings is most of what the transaction
 * waits for. They run as parts of one statement, so none may need another's rows.
 */
export async function insertTogether(db: Db, inserts: readonly PendingInsert[]): Promise<void> {
  const parts = inserts.filter((insert) => insert !== null);
  if (parts.length === 0) return;
  if (parts.length === 1) {
    await db.execute(parts[0]!.getSQL());
    return;
  }
  const queries = parts.map((part, i) => sql`${sql.identifier(`w${i}`)} as (${part.getSQL()})`);
  await db.execute(sql`with ${sql.join(queries, sql`, `)} select 1`);
}
