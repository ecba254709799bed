import { and, type Column, gte, lte, type SQL } from 'drizzle-orm';

/**
 * The rows whose period, from `start` to `end` with both days included, holds `day`: a notice
 * still on show, an expert's term still running.
 */
export function periodHolds(start: Column, end: Column, day: string): SQL {
  return and(lte(start, day), gte(end, day))!;
}
