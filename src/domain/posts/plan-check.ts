import {
  isPostGrade,
  levelName,
  levelOfPostGrade,
  NATIONAL_SPECIAL_POST_GRADE,
  POST_GRADE_CITATION,
  type PostGrade,
  postGradeName,
  unknownPostGradeMessage,
} from '../catalogue';
import type { Citation } from '../policy/citation';
import {
  FUNDING_KINDS,
  type PlanProblem,
  POST_CATEGORIES,
  POST_CATEGORY_NAMES,
  type PostCategory,
  type PostPlan,
} from './post-plan';
import type { PostRules, RatioTarget } from './post-rules';
import { tierName } from './post-rules';

/** What the plan is checked against besides its own figures. */
export interface PlanContext {
  /**
   * 主要以专业技术提供公益服务: the unit must keep professional posts at the set's minimum
   * share (70% nationally).
   */
  readonly publicService: boolean;
  /** The highest grade the unit may set (最高等级, from its 规格 and 隶属关系), when HR fixed one. */
  readonly highestGrade?: PostGrade;
  readonly rules: Pick<PostRules, 'mainCategoryMinShare' | 'ratios'>;
}

/** The national frame: 事业单位岗位设置管理试行办法 (categories, grades, totals, special posts). */
const FRAME: Citation = POST_GRADE_CITATION;

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** The figures themselves: counts, known grades, each grade once, a known funding and main category. */
function figureProblems(plan: PostPlan, problem: (key: string, path: string, message: string) => void) {
  if (!isCount(plan.staffingQuota)) problem('posts.plan.figures', 'staffingQuota', '编制数应为非负整数');
  if (!(FUNDING_KINDS as readonly string[]).includes(plan.funding))
    problem('posts.plan.figures', 'funding', `经费形式「${plan.funding}」不是全额拨款、差额拨款或自收自支`);
  if (!(POST_CATEGORIES as readonly string[]).includes(plan.mainCategory))
    problem('posts.plan.figures', 'mainCategory', `主体岗位类别「${plan.mainCategory}」不是已知的岗位类别`);
  for (const category of POST_CATEGORIES)
    if (!isCount(plan.totals[category]))
      problem('posts.plan.figures', `totals.${category}`, `${POST_CATEGORY_NAMES[category]}总数应为非负整数`);
  const seen = new Set<number>();
  for (const [i, { grade, quota }] of plan.gradeQuotas.entries()) {
    if (!isPostGrade(grade))
      problem('posts.plan.grade-exists', `gradeQuotas.${i}.grade`, unknownPostGradeMessage(grade));
    else if (seen.has(grade))
      problem('posts.plan.grade-exists', `gradeQuotas.${i}.grade`, `${postGradeName(grade)}岗位重复填写`);
    seen.add(grade);
    if (!isCount(quota))
      problem('posts.plan.figures', `gradeQuotas.${i}.quota`, `${postGradeName(grade)}岗位数应为非负整数`);
  }
  for (const [i, line] of plan.specialPosts.entries()) {
    if (!isPostGrade(line.grade))
      problem('posts.plan.special-post', `specialPosts.${i}.grade`, unknownPostGradeMessage(line.grade));
    if (!isCount(line.count) || line.count === 0)
      problem('posts.plan.special-post', `specialPosts.${i}.count`, '特设岗位数应为正整数');
    if (!line.reason?.trim())
      problem(
        'posts.plan.special-post',
        `specialPosts.${i}.reason`,
        '特设岗位须写明设置事由（引进的高层次人才、团队或政策依据）',
      );
  }
}

/**
 * One ratio read as a ceiling on the higher grades: for each cut, the groups above it
 * (counted from the top) may hold at most their share of the target. 87号 calls the
 * proportions 总体控制目标 for "structure ratio control", and every provincial reading
 * controls the higher posts: a unit may set fewer senior posts, never more. Lower groups
 * are therefore never "too many" by themselves.
 */
function ratioProblem(target: RatioTarget, quotaOf: (grade: PostGrade) => number): PlanProblem | null {
  const { ratio } = target;
  const counts = ratio.groups.map((g) => g.grades.reduce((sum, grade) => sum + quotaOf(grade), 0));
  const total = counts.reduce((a, b) => a + b, 0);
  const parts = target.target.reduce((a, b) => a + b, 0);
  if (total === 0 || parts === 0) return null;
  let above = 0;
  let allowedParts = 0;
  for (let k = 0; k < counts.length - 1; k++) {
    above += counts[k]!;
    allowedParts += target.target[k]!;
    // Integers on both sides: no rounding decides a borderline unit.
    if (above * parts > total * allowedParts) {
      const labels = ratio.groups
        .slice(0, k + 1)
        .map((g) => g.label)
        .join('、');
      const whose = target.tier ? `（${tierName(target.tier)}单位的目标）` : '';
      return {
        key: `posts.plan.ratio.${ratio.key}`,
        path: 'gradeQuotas',
        citation: target.citation,
        message: `${ratio.description}控制目标为${target.target.join(':')}${whose}：${labels}岗位${above}个，占${percent(above / total)}，超过上限${percent(allowedParts / parts)}`,
      };
    }
  }
  return null;
}

/**
 * Every failing item of a post plan at once (一次性告知), each with its rule key, its clause
 * and the field it concerns; an empty list means the plan may be submitted.
 */
export function checkPlan(plan: PostPlan, context: PlanContext): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const problem = (key: string, path: string, message: string, citation: Citation = FRAME) =>
    problems.push({ key, path, message, citation });
  figureProblems(plan, problem);
  // Without counts for the quota and the totals no sum can be read; a bad grade line is
  // reported and left out, so the other items are still told at once.
  const countsReadable =
    isCount(plan.staffingQuota) &&
    POST_CATEGORIES.every((c) => isCount(plan.totals[c])) &&
    (POST_CATEGORIES as readonly string[]).includes(plan.mainCategory);
  if (!countsReadable) return problems;

  const quotas = new Map<PostGrade, number>();
  for (const { grade, quota } of plan.gradeQuotas)
    if (isPostGrade(grade) && isCount(quota) && !quotas.has(grade)) quotas.set(grade, quota);
  const quotaOf = (grade: PostGrade) => quotas.get(grade) ?? 0;

  if (quotaOf(NATIONAL_SPECIAL_POST_GRADE) > 0)
    problem(
      'posts.plan.national-special-grade',
      `gradeQuotas.${NATIONAL_SPECIAL_POST_GRADE}`,
      '专业技术一级岗位是国家专设的特级岗位，单位不设岗位数额',
    );
  if (context.highestGrade !== undefined)
    for (const [grade, quota] of quotas)
      if (quota > 0 && grade < context.highestGrade && grade !== NATIONAL_SPECIAL_POST_GRADE)
        problem(
          'posts.plan.highest-grade',
          `gradeQuotas.${grade}`,
          `本单位专业技术岗位最高等级为${context.highestGrade}级（${levelName(levelOfPostGrade(context.highestGrade)!)}），不能设置${postGradeName(grade)}岗位`,
        );

  const gradeSum = [...quotas.values()].reduce((a, b) => a + b, 0);
  if (gradeSum !== plan.totals.professional)
    problem(
      'posts.plan.grades-sum',
      'totals.professional',
      `各等级专业技术岗位数之和为${gradeSum}个，与专业技术岗位总数${plan.totals.professional}个不一致`,
    );
  const total = POST_CATEGORIES.reduce((sum, c) => sum + plan.totals[c], 0);
  if (total > plan.staffingQuota)
    problem(
      'posts.plan.within-staffing',
      'totals',
      `三类岗位总数${total}个（${POST_CATEGORIES.map((c) => `${POST_CATEGORY_NAMES[c]}${plan.totals[c]}个`).join('、')}）超过编制数${plan.staffingQuota}个`,
    );
  problems.push(...mainCategoryProblems(plan, context, total));
  for (const target of context.rules.ratios) {
    const found = ratioProblem(target, quotaOf);
    if (found) problems.push(found);
  }
  return problems;
}

/** The main category holds the largest share; a public-service unit keeps professional posts at the minimum share. */
function mainCategoryProblems(plan: PostPlan, context: PlanContext, total: number): PlanProblem[] {
  const problems: PlanProblem[] = [];
  if (total === 0) return problems;
  const main: PostCategory = plan.mainCategory;
  for (const other of POST_CATEGORIES)
    if (other !== main && plan.totals[other] > plan.totals[main])
      problems.push({
        key: 'posts.plan.main-category',
        path: `totals.${main}`,
        citation: FRAME,
        message: `主体岗位为${POST_CATEGORY_NAMES[main]}（${plan.totals[main]}个），少于${POST_CATEGORY_NAMES[other]}（${plan.totals[other]}个），主体岗位应占岗位总量的主体`,
      });
  const min = context.rules.mainCategoryMinShare;
  if (context.publicService) {
    const share = plan.totals.professional / total;
    if (share < min.value)
      problems.push({
        key: 'posts.plan.professional-share',
        path: 'totals.professional',
        citation: min.citation,
        message: `以专业技术提供公益服务的单位，专业技术岗位应不低于岗位总量的${percent(min.value)}；现为${plan.totals.professional}/${total}，占${percent(share)}`,
      });
  }
  return problems;
}
