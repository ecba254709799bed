/**
 * 评聘结合 within the post structure at the unit's recommendation (推荐上报): the facts
 * `combinedRecommendationProblem` reads — the unit's policy set, whether the series is 评聘结合
 * there, its board today and how many it has already recommended at the level this year.
 */
import type { Db } from '../../db/client';
import type { ApplicationRecord } from '../../db/schema';
import type { Level } from '../../domain/catalogue';
import { appointmentCombinedKey } from '../../domain/policy/parameter-registry';
import { optionalParameter } from '../../domain/policy/parameter-values';
import { combinedClausesOf, combinedRecommendationProblem } from '../../domain/posts/combined-recommendation';
import { findOrganisation } from '../organisations';
import { policyForPlace } from '../policy';
import { recommendedSeriesAt } from './combined-recommendation.repository';
import { unitBoardAt } from './post-board.service';

/** Why the unit may not recommend this application (a 评聘结合 level without a free post), or null. */
export async function combinedRecommendationRefusal(
  db: Db,
  app: Pick<ApplicationRecord, 'id' | 'employerId' | 'year' | 'series' | 'level'>,
  today: string,
): Promise<string | null> {
  const unit = await findOrganisation(db, app.employerId);
  if (unit?.employerKind !== 'public-institution') return null;
  const policy = policyForPlace(unit.jurisdictionCode, today);
  const combinedOf = (series: string) => optionalParameter(policy, appointmentCombinedKey(series));
  const combined = combinedOf(app.series);
  // Nothing to read when the clause cannot bind: most units and series stop here.
  if (combined?.value !== true || combinedClausesOf(policy).length === 0) return null;
  const [{ plan, board }, others] = await Promise.all([
    unitBoardAt(db, unit.id, today),
    recommendedSeriesAt(db, app),
  ]);
  return combinedRecommendationProblem({
    combined,
    policy,
    level: app.level as Level,
    board: plan ? board : null,
    // The level's posts are shared by the unit's series: every 评聘结合 title will need one.
    alreadyRecommended: others.filter((series) => combinedOf(series)?.value === true).length,
  });
}
