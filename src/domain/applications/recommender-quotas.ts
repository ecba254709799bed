import type { Achievement, AchievementKind } from '../policy/eligibility-request';
import { ACHIEVEMENT_NAMES } from '../policy/names';
import { perAwardKey, perRecommenderPerYearKey } from '../policy/parameter-registry';
import { optionalParameter } from '../policy/parameter-values';
import type { Parameter } from '../policy/rule-base';
import type { BlockingProblem } from './blocking-rules';

/**
 * An achievement as quotas count it: its kind and the recommender or award it names. Stored
 * with each application as filed, so a later edit of the profile cannot free a quota the
 * application already used.
 */
export interface QuotaClaim {
  kind: AchievementKind;
  recommender?: string;
  award?: string;
}

/** Another live application's claims, as stored with it. */
export interface ClaimsInUse {
  personId: string;
  year: number;
  claims: readonly QuotaClaim[];
}

/** How many other people already use each recommender (this year) or award (ever), by `claimKey`. */
export interface QuotaUse {
  recommendedThisYear: ReadonlyMap<string, number>;
  awardClaimed: ReadonlyMap<string, number>;
}

/** The key of a recommender or award of one kind in `QuotaUse`. */
export const claimKey = (kind: string, name: string) => `${kind}\u0000${name}`;

/** The achievements that name a recommender or an award, once each: what quotas count. */
export function quotaClaims(achievements: readonly Achievement[]): QuotaClaim[] {
  const seen = new Set<string>();
  const claims: QuotaClaim[] = [];
  for (const { kind, recommender, award } of achievements) {
    if (!recommender && !award) continue;
    const claim: QuotaClaim = { kind, ...(recommender ? { recommender } : {}), ...(award ? { award } : {}) };
    const key = JSON.stringify([kind, claim.recommender ?? null, claim.award ?? null]);
    if (seen.has(key)) continue;
    seen.add(key);
    claims.push(claim);
  }
  return claims;
}

/**
 * Counts, from other live applications, the distinct other people using each recommender
 * this year and each award in any year. People, not applications: a quota limits whom a
 * recommender may put forward (举荐不超过3名) and who may claim an award (仅限1人), so the
 * applicant's own other applications never count against them.
 */
export function quotaUseOf(others: readonly ClaimsInUse[], personId: string, year: number): QuotaUse {
  const recommended = new Map<string, Set<string>>();
  const awarded = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, person: string) =>
    map.set(key, (map.get(key) ?? new Set()).add(person));
  for (const other of others) {
    if (other.personId === personId) continue;
    for (const c of other.claims) {
      if (c.recommender && other.year === year)
        add(recommended, claimKey(c.kind, c.recommender), other.personId);
      if (c.award) add(awarded, claimKey(c.kind, c.award), other.personId);
    }
  }
  const sizes = (map: Map<string, Set<string>>) => new Map([...map].map(([k, v]) => [k, v.size]));
  return { recommendedThisYear: sizes(recommended), awardClaimed: sizes(awarded) };
}

/**
 * A quota its claim has reached, counting the people already using it in `counts`:
 * recommendations per recommender per year (e.g. 院士 ≤3, 2025-draft #2) or people per award
 * (e.g. one coach, 2025-draft #10), with the parameter's citation; null while there is room.
 * The rule base names the kinds; a kind without the parameter has no quota.
 */
function reachedQuota(
  parameters: ReadonlyMap<string, Parameter>,
  key: ReturnType<typeof perAwardKey | typeof perRecommenderPerYearKey>,
  counts: ReadonlyMap<string, number>,
  claim: string,
) {
  const parameter = optionalParameter({ parameters }, key);
  const used = counts.get(claim) ?? 0;
  return parameter && used >= parameter.value
    ? { limit: parameter.value, used, citation: parameter.citation }
    : null;
}

/**
 * The quotas this filing would exceed under the resolved policy's parameters, each with the
 * parameter's citation: a recommender who has already put forward as many people this year
 * as the policy allows, or an award already claimed by as many people as it may be.
 */
export function quotaProblems(
  parameters: ReadonlyMap<string, Parameter>,
  claims: readonly QuotaClaim[],
  use: QuotaUse,
): BlockingProblem[] {
  const problems: BlockingProblem[] = [];
  for (const { kind, recommender, award } of claims) {
    const name = ACHIEVEMENT_NAMES[kind] ?? kind;
    const perRecommender =
      recommender &&
      reachedQuota(
        parameters,
        perRecommenderPerYearKey(kind),
        use.recommendedThisYear,
        claimKey(kind, recommender),
      );
    if (perRecommender)
      problems.push({
        code: 'RECOMMENDER_QUOTA',
        message: `${name}：每名举荐人每年举荐不超过${perRecommender.limit}人，「${recommender}」本年度已举荐${perRecommender.used}人`,
        citation: perRecommender.citation,
      });
    const perAward =
      award && reachedQuota(parameters, perAwardKey(kind), use.awardClaimed, claimKey(kind, award));
    if (perAward)
      problems.push({
        code: 'AWARD_QUOTA',
        message: `${name}：每个奖项仅限${perAward.limit}人，奖项「${award}」已有${perAward.used}人申报`,
        citation: perAward.citation,
      });
  }
  return problems;
}
