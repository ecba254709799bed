import { and, asc, inArray, lte, ne } from 'drizzle-orm';
import { anyOf } from '../../db/any-of';
import type { Db } from '../../db/client';
import { columnsOf } from '../../db/columns-of';
import { appointments } from '../../db/schema';

/**
 * The recorded posts of these persons begun by `asOf`: filed appointments and ended ones (their
 * end date kept), in every unit, in one query for a batch of filings. A 解除聘用 appointment
 * holds no post (it only ends one), so it is left out.
 */
export function recordedPostRows(db: Db, personIds: readonly string[], asOf: string) {
  if (personIds.length === 0) return Promise.resolve([]);
  return db
    .select(columnsOf(appointments, ['personId', 'grade', 'startDate', 'endDate']))
    .from(appointments)
    .where(
      and(
        anyOf(appointments.personId, personIds),
        inArray(appointments.state, ['filed', 'ended']),
        ne(appointments.kind, 'ending'),
        lte(appointments.startDate, asOf),
      ),
    )
    .orderBy(asc(appointments.personId), asc(appointments.startDate));
}
