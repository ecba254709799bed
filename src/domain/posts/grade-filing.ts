/**
 * Grade filings (专业技术二级岗位评定备案; Jilin's 正高 grade 4→3→2 applications): which grades
 * a policy set fills this way, and the checks a filing must pass before the unit tells the
 * provincial HR bureau its plan (评前沟通) and again before the bureau approves it (备案核准).
 */
import { type Level, levelName, type PostGrade, postGradeName } from '../catalogue';
import type { Citation } from '../policy/citation';
import { addMonths } from '../policy/profile-facts';
import { type ClauseCitation, POST_CLAUSES } from './guard-citations';
import type { Cited } from './post-rules';

/** How a set fills a grade through the provincial bureau: from which grade, after how long, on which clauses. */
export interface GradeFilingRoute {
  readonly targetGrade: PostGrade;
  readonly fromGrade: PostGrade;
  /** Months at `fromGrade` the clause itself requires (Jilin: 聘满三年); null: the set's interval, if any. */
  readonly clauseMonths: number | null;
  readonly citations: readonly ClauseCitation[];
}

const cityClauses = POST_CLAUSES.gradeFiling.filter((c) => c.document !== 'jilin-2022');
const jilinClauses = POST_CLAUSES.gradeFiling.filter((c) => c.document === 'jilin-2022');

/**
 * The grades the set's documents fill by a filing with the provincial bureau: grade 2 from
 * grade 3 where liaoyang-2023 §十五 or the 2025 draft's #23 is in the chain (the unit evaluates
 * within its grade-2 quota); grades 3 and 2 from 4 and 3 after three years where jilin-2022
 * 二(三) is ("聘满三年的，可直接申报…由省人力资源和社会保障厅评定"). None elsewhere.
 */
export function gradeFilingRoutes(documents: readonly string[]): GradeFilingRoute[] {
  const inForce = (clauses: readonly ClauseCitation[]) =>
    clauses.filter((c) => documents.includes(c.document));
  const routes: GradeFilingRoute[] = [];
  const jilin = inForce(jilinClauses);
  if (jilin.length)
    routes.push(
      { targetGrade: 3, fromGrade: 4, clauseMonths: 36, citations: jilin },
      { targetGrade: 2, fromGrade: 3, clauseMonths: 36, citations: jilin },
    );
  const city = inForce(cityClauses);
  if (city.length && !routes.some((r) => r.targetGrade === 2))
    routes.push({ targetGrade: 2, fromGrade: 3, clauseMonths: null, citations: city });
  return routes;
}

/** The route for `grade` in the set, if it fills that grade by a filing. */
export const gradeFilingRouteFor = (documents: readonly string[], grade: number) =>
  gradeFilingRoutes(documents).find((r) => r.targetGrade === grade);

/** A candidate as the checks read them: the post held in the unit and the highest title. */
export interface FilingCandidate {
  readonly name: string;
  readonly current: { readonly grade: PostGrade; readonly since: string } | null;
  readonly titleLevel: Level | null;
  /** 评后报告: whether the unit's evaluation passed the candidate (undefined before the report). */
  readonly passed?: boolean;
}

/** What the checks read besides the candidates. */
export interface FilingContext {
  readonly route: GradeFilingRoute;
  /** Vacant posts at the target grade on the board of `asOf` (the unit's grade quota less those held). */
  readonly vacancy: number;
  /** The set's interval before promotion to the target grade, if it states one. */
  readonly interval?: Cited<number>;
  /** The day the candidates would be appointed: tenure is counted to it. */
  readonly asOf: string;
}

export interface FilingProblem {
  readonly key: string;
  readonly message: string;
  readonly citation: Citation;
  readonly path: string;
}

/** The key of the filing check `slug`, as problems name it. */
export const filingCheckKey = (slug: string) => `posts.grade-filing.${slug}`;

const first = (route: GradeFilingRoute): Citation => {
  const { document, clause } = route.citations[0]!;
  return { document, clause };
};

/**
 * Every failing item of a filing's candidate list at once: at least one candidate, no more
 * than the target grade's vacant posts (at the report, no more passed than that), each holding
 * the lower grade long enough and a 正高 title. `stage` 'report' counts only those passed.
 */
export function checkGradeFiling(
  candidates: readonly FilingCandidate[],
  context: FilingContext,
  stage: 'plan' | 'report' = 'plan',
): FilingProblem[] {
  const { route, vacancy, interval, asOf } = context;
  const target = postGradeName(route.targetGrade);
  const lower = postGradeName(route.fromGrade);
  const problems: FilingProblem[] = [];
  const problem = (slug: string, path: string, message: string, citation: Citation = first(route)) =>
    problems.push({ key: filingCheckKey(slug), message, citation, path });
  if (candidates.length === 0)
    problem('candidates', 'candidates', `请至少列出一名参加${target}岗位评定的人员`);
  const counted = stage === 'report' ? candidates.filter((c) => c.passed) : candidates;
  if (counted.length > vacancy)
    problem(
      'quota',
      'candidates',
      `${stage === 'report' ? '评定通过' : '参评'}人数${counted.length}人超过本单位${target}岗位空余数额${vacancy}个，须在岗位数额内评定`,
    );
  const months = route.clauseMonths ?? interval?.value ?? null;
  const monthsCitation = route.clauseMonths === null && interval ? interval.citation : first(route);
  candidates.forEach((c, i) => {
    const path = `candidates.${i}`;
    if (stage === 'report' && c.passed === undefined)
      problem('result', `${path}.passed`, `${c.name}：评后报告须写明评定结果`);
    if (c.current?.grade !== route.fromGrade)
      problem(
        'current-grade',
        path,
        `${c.name}：申报${target}岗位须现聘${lower}岗位（本人${c.current ? `现聘${postGradeName(c.current.grade)}` : '未聘用专业技术岗位'}）`,
      );
    else if (months !== null && addMonths(c.current.since, months) > asOf)
      problem(
        'tenure',
        path,
        `${c.name}：须在${lower}岗位聘满${months}个月（自${c.current.since}起，${addMonths(c.current.since, months)}期满）`,
        monthsCitation,
      );
    if (c.titleLevel !== 'senior')
      problem(
        'senior-title',
        path,
        `${c.name}：申报${target}岗位须具备正高级职称（本人${c.titleLevel ? `为${levelName(c.titleLevel)}` : '无相应职称'}）`,
      );
  });
  return problems;
}
