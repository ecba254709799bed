import { and, eq, isNotNull } from 'drizzle-orm';
import { anyOf } from '../../db/any-of';
import type { Db } from '../../db/client';
import { appointments } from '../../db/schema';

/** The filed 先聘后评 appointments of these persons: those whose title due date is still tracked. */
export function filedWithTitleDue(db: Db, personIds: readonly string[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: appointments.id,
      personId: appointments.personId,
      grade: appointments.grade,
      series: appointments.series,
      titleDueDate: appointments.titleDueDate,
    })
    .from(appointments)
    .where(
      and(
        anyOf(appointments.personId, personIds),
        eq(appointments.state, 'filed'),
        isNotNull(appointments.titleDueDate),
      ),
    );
}
