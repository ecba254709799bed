import { type Level, levelName, nextLevelDown, titleName } from '../../catalogue';
import type { Applicant, Degree } from '../eligibility-request';
import {
  DEGREE_NAMES,
  degreeRank,
  highestDegree,
  isGoingOn,
  isGrassroots,
  seniorityMetOn,
  seniorityYears,
  titleAt,
} from '../profile-facts';
import type { BasicStandard, StandardRoute } from '../rule-base';
import { type EvaluationContext, type Failure, MET } from './evaluation-context';

export type StandardMode = 'full' | 'seniority-only' | 'education-only' | 'none';

/** A standard's routes in the two orders evaluation needs, computed once per standard. */
const ordered = new WeakMap<
  readonly StandardRoute[],
  { byLightness: StandardRoute[]; byDegree: StandardRoute[] }
>();

function orders(routes: readonly StandardRoute[]) {
  let o = ordered.get(routes);
  if (!o) {
    const weight = (r: StandardRoute) => r.titleYears ?? r.yearsSinceGraduation ?? 0;
    o = {
      byLightness: [...routes].sort((a, b) => weight(a) - weight(b)),
      byDegree: [...routes].sort((a, b) => degreeRank(a.minDegree) - degreeRank(b.minDegree)),
    };
    ordered.set(routes, o);
  }
  return o;
}

/** The route whose seniority is the lightest among those the degree qualifies for. */
function bestRoute(
  routes: readonly StandardRoute[],
  rank: number,
  atGrassroots: boolean,
): StandardRoute | undefined {
  return orders(routes).byLightness.find(
    (r) => degreeRank(r.minDegree) <= rank && (!r.onlyAtGrassroots || atGrassroots),
  );
}

/** The route with the lowest education requirement, used when education itself is waived (破格). */
function mostLenientRoute(
  routes: readonly StandardRoute[],
  atGrassroots: boolean,
): StandardRoute | undefined {
  return orders(routes).byDegree.find((r) => !r.onlyAtGrassroots || atGrassroots);
}

function graduationFor(
  applicant: Applicant,
  minDegree: StandardRoute['minDegree'],
  asOf: string,
): string | null {
  const rank = degreeRank(minDegree);
  return (
    applicant.education
      .filter((e) => degreeRank(e.degree) >= rank && e.graduatedOn && e.graduatedOn <= asOf)
      .map((e) => e.graduatedOn!)
      .sort()[0] ?? null
  );
}

function seniorityFailures(
  route: StandardRoute,
  standard: BasicStandard,
  ctx: EvaluationContext,
  reduction: number,
): Failure[] {
  const { applicant, asOf, target } = ctx.request;
  if (route.titleYears !== undefined) {
    const below = nextLevelDown(standard.level) as Level;
    const below_name = standard.belowTitle ?? titleName(standard.series, below) ?? levelName(below);
    const held = titleAt(applicant, asOf, target.series, below);
    if (!held) {
      return [
        {
          part: 'title',
          message: `须已取得${below_name}职称`,
          facts: { requiredTitle: below_name, requiredLevel: below },
        },
      ];
    }
    const required = Math.max(0, route.titleYears - reduction);
    const actual = seniorityYears(held.obtainedOn, asOf);
    if (actual >= required) return MET;
    return [
      {
        part: 'seniority',
        message: `取得${below_name}职称后从事本专业技术工作须满${required}年，现为${actual}年`,
        facts: { required, actual, since: held.obtainedOn, ...(reduction ? { reducedBy: reduction } : {}) },
        metOn: seniorityMetOn(held.obtainedOn, required),
      },
    ];
  }
  if (route.yearsSinceGraduation !== undefined) {
    const required = Math.max(0, route.yearsSinceGraduation - reduction);
    if (required === 0) return MET;
    const graduated = graduationFor(applicant, route.minDegree, asOf);
    if (!graduated) return MET;
    const actual = seniorityYears(graduated, asOf);
    if (actual >= required) return MET;
    return [
      {
        part: 'seniority',
        message: `${DEGREE_NAMES[route.minDegree]}毕业后从事本专业技术工作须满${required}年，现为${actual}年`,
        facts: { required, actual, since: graduated },
        metOn: seniorityMetOn(graduated, required),
      },
    ];
  }
  return MET;
}

const DEGREES_BY_RANK = (Object.keys(DEGREE_NAMES) as Degree[]).sort((a, b) => degreeRank(a) - degreeRank(b));

/** The degree `steps` below `degree` (never below none). */
function relaxedDegree(degree: Degree, steps: number): Degree {
  return DEGREES_BY_RANK[Math.max(0, degreeRank(degree) - steps)]!;
}

/**
 * The series' basic standard (评价基本标准): an education route and the seniority it
 * requires. `mode` says which parts a pathway needs; `reduction` shortens seniority.
 */
export function evaluateBasicStandard(
  standard: BasicStandard | undefined,
  mode: StandardMode,
  reduction: number,
  ctx: EvaluationContext,
  educationRelaxedBy = 0,
): Failure[] {
  if (mode === 'none') return MET;
  const { target, applicant, asOf } = ctx.request;
  if (!standard) {
    return [
      {
        part: 'standard',
        message: `评审基本标准库中尚未收录该系列${levelName(target.level)}的申报条件，无法判定是否符合，请以评委会公布的标准为准`,
        facts: { series: target.series, level: target.level },
      },
    ];
  }
  const degree = highestDegree(applicant, asOf);
  const atGrassroots = applicant.work.some((w) => isGrassroots(w) && isGoingOn(w, asOf));
  // 适当放宽学历: a degree counts as that many steps higher when choosing the route.
  const route = bestRoute(standard.routes, degreeRank(degree) + educationRelaxedBy, atGrassroots);
  const failures: Failure[] = [];
  if (!route && mode !== 'seniority-only') {
    const lowest = mostLenientRoute(standard.routes, atGrassroots)!;
    const required = relaxedDegree(lowest.minDegree, educationRelaxedBy);
    failures.push({
      part: 'education',
      message: `须具备${DEGREE_NAMES[required]}及以上学历（学位）${educationRelaxedBy ? '（已按长期在基层一线工作放宽）' : ''}，现为${DEGREE_NAMES[degree]}`,
      facts: { required, actual: degree, ...(educationRelaxedBy ? { relaxedBy: educationRelaxedBy } : {}) },
    });
  }
  if (mode === 'education-only') return failures;
  const seniorityRoute = route ?? mostLenientRoute(standard.routes, atGrassroots);
  if (seniorityRoute) failures.push(...seniorityFailures(seniorityRoute, standard, ctx, reduction));
  return failures;
}
