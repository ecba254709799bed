import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { persons } from '../../db/schema';

/**
 * The people on record in a unit (the demo dataset put them there), by name: the demo's
 * appointments name their staff as the dataset wrote them.
 */
export async function staffByName(db: Db, organisationId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: persons.id, name: persons.name })
    .from(persons)
    .where(eq(persons.organisationId, organisationId));
  return new Map(rows.map((r) => [r.name, r.id]));
}
