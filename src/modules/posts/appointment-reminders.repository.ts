import { and, eq, isNotNull } from 'drizzle-orm';
import { anyOf } from '../../db/any-of';
import type { Db } from '../../db/client';
import { columnsOf } from '../../db/columns-of';
import { appointments } from '../../db/schema';

/** The filed 先聘后评 appointments of these persons: those whose title due date is still tracked. */
export function filedWithTitleDue(db: Db, personIds: readonly string[]) {
  const tracked = and(eq(appointments.state, 'filed'), isNotNull(appointments.titleDueDate));
  return db
    .select(columnsOf(appointments, ['id', 'personId', 'grade', 'series', 'titleDueDate']))
    .from(appointments)
    .where(and(anyOf(appointments.personId, personIds), tracked));
}
