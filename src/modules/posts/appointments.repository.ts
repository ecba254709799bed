import { and, eq, gt, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { type AppointmentRecord, appointments, type NewAppointmentRecord } from '../../db/schema';

/**
 * A unit's filed appointments current on `day` (begun by then, not yet ended: the end is
 * exclusive), as the board counts them. The filter is the board's own definition
 * (domain/posts/post-board.ts), so the board sees no row it would not count.
 */
export function filedAppointmentsAt(db: Db, organisationId: string, day: string) {
  return db
    .select({
      grade: appointments.grade,
      boardKind: appointments.boardKind,
      borrowedFromGrade: appointments.borrowedFromGrade,
      startDate: appointments.startDate,
      endDate: appointments.endDate,
    })
    .from(appointments)
    .where(
      and(
        eq(appointments.organisationId, organisationId),
        eq(appointments.state, 'filed'),
        lte(appointments.startDate, day),
        or(isNull(appointments.endDate), gt(appointments.endDate, day)),
      ),
    );
}

/**
 * Records an appointment in the caller's transaction. Today only the board's tests write
 * appointments; the appointment workflow (the module's next part) will, through its guards.
 */
export async function insertAppointment(tx: Db, row: NewAppointmentRecord): Promise<AppointmentRecord> {
  const [inserted] = await tx.insert(appointments).values(row).returning();
  return inserted!;
}
