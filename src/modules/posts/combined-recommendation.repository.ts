import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { applications } from '../../db/schema';
import type { ApplicationState } from '../../domain/workflow/application-states';

/**
 * Recommended and still on its way to a title: from the unit's recommendation up to the filing
 * before announcement. A conferred title leaves the count when it is announced: its appointment
 * proposal then goes through the appointment guards, which hold the vacancy.
 */
export const RECOMMENDED_STATES: readonly ApplicationState[] = [
  'dispatch-review',
  'dispatch-publicity',
  'department-review',
  'hr-review',
  'committee-review',
  'accepted',
  'in-review',
  'result-publicity',
  'filed',
];

/** The series of the unit's other applications of the year at the level, recommended and on their way. */
export async function recommendedSeriesAt(
  db: Db,
  app: { id: string; employerId: string; year: number; level: string },
): Promise<string[]> {
  const sameUnitYearLevel = [
    eq(applications.employerId, app.employerId),
    eq(applications.year, app.year),
    eq(applications.level, app.level),
  ];
  const onTheirWay = inArray(applications.state, [...RECOMMENDED_STATES]);
  const rows = await db
    .select({ series: applications.series })
    .from(applications)
    .where(and(...sameUnitYearLevel, onTheirWay, ne(applications.id, app.id)));
  return rows.map((r) => r.series);
}
