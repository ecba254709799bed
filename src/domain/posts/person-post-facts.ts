/**
 * The eligibility facts `posts` of an applicant (issue 20, Deliver 6): the posts the records
 * hold — filed appointments, and ended ones with their end date — are verified and stand for
 * the applicant's post tenure; the posts the applicant typed are kept only where no record
 * speaks, marked unverified, so a reviewer sees which are which.
 */

/** A post as the eligibility engine reads it: grade 1–13 and the period (`to` exclusive, null: going on). */
export interface PostPeriod {
  readonly grade: number;
  readonly from: string;
  readonly to: string | null;
}

/** A post with where it comes from: `verified` when a filed appointment records it. */
export interface CheckedPost extends PostPeriod {
  readonly verified: boolean;
}

const overlaps = (a: PostPeriod, b: PostPeriod) =>
  a.from < (b.to ?? '9999-12-31') && b.from < (a.to ?? '9999-12-31');

/** The parts of `post` outside every period of `records` (each record cut out in turn). */
function outside(post: PostPeriod, records: readonly PostPeriod[]): PostPeriod[] {
  let parts: PostPeriod[] = [post];
  for (const r of records)
    parts = parts.flatMap((p) => {
      if (!overlaps(p, r)) return [p];
      const kept: PostPeriod[] = [];
      if (p.from < r.from) kept.push({ ...p, to: r.from });
      if (r.to !== null && (p.to === null || p.to > r.to)) kept.push({ ...p, from: r.to });
      return kept;
    });
  return parts;
}

/**
 * The applicant's posts for eligibility: every recorded post (verified), then each typed post
 * the records do not contradict (unverified). A typed post that overlaps a recorded one of the
 * same grade is that post, and the record's dates win — typing an earlier start does not
 * lengthen the tenure. Of a typed post that overlaps recorded posts of other grades only the
 * time no record covers is kept (a post held before the records begin, in another unit or
 * before the system); the record says what the person held the rest of the time.
 */
export function checkedPosts(
  declared: readonly PostPeriod[],
  recorded: readonly PostPeriod[],
): CheckedPost[] {
  const verified = recorded
    .filter((r) => r.to === null || r.to > r.from)
    .map((r) => ({ grade: r.grade, from: r.from, to: r.to, verified: true }));
  const typed = declared
    .filter((p) => !verified.some((r) => r.grade === p.grade && overlaps(p, r)))
    .flatMap((p) => outside({ grade: p.grade, from: p.from, to: p.to }, verified))
    .map((p) => ({ ...p, verified: false }));
  return [...verified, ...typed].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}
