import type { Db } from '../../db/client';
import type { PostPeriod } from '../../domain/posts/person-post-facts';
import { recordedPostRows } from './person-post-facts.repository';

/**
 * The posts the records hold for each person on `asOf` (filed appointments, and ended ones up
 * to their end date), for the eligibility facts of a filing: the applications module reads them
 * in its filing (one query for a whole batch) and `checkedPosts` (domain/posts) sets them
 * against what the applicant typed. Persons without appointments are absent from the map.
 */
export async function recordedPostsOf(
  db: Db,
  personIds: readonly string[],
  asOf: string,
): Promise<Map<string, PostPeriod[]>> {
  const byPerson = new Map<string, PostPeriod[]>();
  for (const { personId, grade, startDate, endDate } of await recordedPostRows(db, personIds, asOf))
    byPerson.set(personId, [...(byPerson.get(personId) ?? []), { grade, from: startDate, to: endDate }]);
  return byPerson;
}
