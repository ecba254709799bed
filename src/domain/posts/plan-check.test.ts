import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { levelOfPostGrade } from '../catalogue';
import { checkPlan, type PlanContext } from './plan-check';
import type { PostPlan } from './post-plan';
import { postRulesFor } from './post-rules.fixture';

const quotas = (byGrade: Record<number, number>) =>
  Object.entries(byGrade).map(([grade, quota]) => ({ grade: Number(grade), quota }));

/**
 * A county hospital: 120 编制, 90 professional posts shaped to the national targets exactly:
 * 高 9 (= 10%), 高+中 36 (= 40%); 2:3:4 → 0/1/2, 5:6:7 → 1/2/3, 8:9:10 → 8/10/9, 11:12 → 20/24 (+13级 10).
 */
const HOSPITAL: PostPlan = {
  staffingQuota: 120,
  funding: 'partial',
  mainCategory: 'professional',
  totals: { professional: 90, management: 18, support: 8 },
  gradeQuotas: quotas({ 3: 1, 4: 2, 5: 1, 6: 2, 7: 3, 8: 8, 9: 10, 10: 9, 11: 20, 12: 24, 13: 10 }),
  specialPosts: [{ grade: 5, count: 1, reason: '引进的学科带头人（特设岗位）' }],
};

const context = (over: Partial<PlanContext> = {}): PlanContext => ({
  publicService: true,
  rules: postRulesFor('national'),
  ...over,
});

const keysOf = (plan: PostPlan, ctx = context()) => checkPlan(plan, ctx).map((p) => p.key);

describe('checkPlan on a realistic unit', () => {
  it('accepts a plan that meets the totals, the 70% share and every national ratio; special posts stay outside', () => {
    expect(checkPlan(HOSPITAL, context())).toEqual([]);
  });

  it('reads each ratio as a ceiling on the higher grades: fewer senior posts is fine, one more is not', () => {
    const fewerSenior = {
      ...HOSPITAL,
      gradeQuotas: quotas({ 4: 1, 7: 2, 8: 8, 9: 10, 10: 15, 11: 20, 12: 24, 13: 10 }),
    };
    expect(checkPlan(fewerSenior, context())).toEqual([]);
    const oneMore = {
      ...HOSPITAL,
      gradeQuotas: quotas({ 3: 1, 4: 2, 5: 1, 6: 2, 7: 4, 8: 7, 9: 10, 10: 9, 11: 20, 12: 24, 13: 10 }),
    };
    const [problem, ...rest] = checkPlan(oneMore, context());
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      key: 'posts.plan.ratio.tiers',
      citation: { document: 'national', clause: '国人部发〔2006〕87号' },
      message:
        '专业技术高级、中级、初级岗位之间的结构比例控制目标为1:3:6：高级岗位10个，占11.1%，超过上限10%',
    });
  });

  it("checks each level's internal ratio from the top grade down", () => {
    const topHeavy = {
      ...HOSPITAL,
      gradeQuotas: quotas({ 3: 1, 4: 2, 5: 2, 6: 1, 7: 3, 8: 8, 9: 10, 10: 9, 11: 20, 12: 24, 13: 10 }),
    };
    expect(checkPlan(topHeavy, context())).toEqual([
      expect.objectContaining({
        key: 'posts.plan.ratio.associate-senior-grades',
        message: '五级、六级、七级岗位之间的比例控制目标为2:4:4：五级岗位2个，占33.3%，超过上限20%',
      }),
    ]);
  });

  it("uses the target set for the unit's region tier when the policy sets one", () => {
    const moreSenior = {
      ...HOSPITAL,
      gradeQuotas: quotas({ 3: 1, 4: 4, 5: 2, 6: 5, 7: 6, 8: 8, 9: 10, 10: 9, 11: 12, 12: 13, 13: 20 }),
    };
    expect(keysOf(moreSenior)).toEqual(['posts.plan.ratio.tiers']);
    const provincial = postRulesFor('anshan-2023', [{ key: 'posts.ratio.tiers.province', value: '2:4:4' }], {
      tier: 'province',
    });
    expect(checkPlan(moreSenior, context({ rules: provincial }))).toEqual([]);
    const county = postRulesFor('anshan-2023', [{ key: 'posts.ratio.tiers.province', value: '2:4:4' }], {
      tier: 'county',
    });
    expect(checkPlan(moreSenior, context({ rules: county })).map((p) => p.key)).toEqual([
      'posts.plan.ratio.tiers',
    ]);
  });
});

describe('checkPlan tells every failing item at once', () => {
  it('lists sums, staffing, grade 1, the main share and a ratio together, each with its field and clause', () => {
    const broken: PostPlan = {
      ...HOSPITAL,
      totals: { professional: 60, management: 60, support: 10 },
      gradeQuotas: quotas({ 1: 1, 3: 1, 4: 2, 5: 1, 6: 2, 7: 3, 8: 8, 9: 10, 10: 9, 11: 20, 12: 24, 13: 10 }),
    };
    const problems = checkPlan(broken, context());
    expect(problems.map((p) => [p.key, p.path])).toEqual([
      ['posts.plan.national-special-grade', 'gradeQuotas.1'],
      ['posts.plan.grades-sum', 'totals.professional'],
      ['posts.plan.within-staffing', 'totals'],
      ['posts.plan.professional-share', 'totals.professional'],
      ['posts.plan.ratio.tiers', 'gradeQuotas'],
    ]);
    expect(problems[1]!.message).toBe('各等级专业技术岗位数之和为91个，与专业技术岗位总数60个不一致');
    expect(problems[2]!.message).toBe(
      '三类岗位总数130个（专业技术岗位60个、管理岗位60个、工勤技能岗位10个）超过编制数120个',
    );
    expect(problems[3]).toMatchObject({
      citation: { document: 'national', clause: '国人部发〔2006〕70号' },
      message: '以专业技术提供公益服务的单位，专业技术岗位应不低于岗位总量的70%；现为60/130，占46.2%',
    });
  });

  it('reports grades that do not exist, repeated grades, bad counts and special posts without a reason, and still checks the rest', () => {
    const plan: PostPlan = {
      ...HOSPITAL,
      gradeQuotas: [
        ...HOSPITAL.gradeQuotas,
        { grade: 14, quota: 1 },
        { grade: 9, quota: 1 },
        { grade: 2, quota: -1 },
      ],
      specialPosts: [{ grade: 0, count: 0, reason: ' ' }],
    };
    expect(checkPlan(plan, context()).map((p) => `${p.key} ${p.path}`)).toEqual([
      'posts.plan.grade-exists gradeQuotas.11.grade',
      'posts.plan.grade-exists gradeQuotas.12.grade',
      'posts.plan.figures gradeQuotas.13.quota',
      'posts.plan.special-post specialPosts.0.grade',
      'posts.plan.special-post specialPosts.0.count',
      'posts.plan.special-post specialPosts.0.reason',
    ]);
  });

  it("refuses grades above the unit's highest grade and a main category that is not the largest", () => {
    const plan: PostPlan = { ...HOSPITAL, mainCategory: 'management' };
    expect(checkPlan(plan, context({ highestGrade: 4, publicService: false })).map((p) => p.message)).toEqual(
      [
        '本单位专业技术岗位最高等级为4级（正高级），不能设置专业技术3级岗位',
        '主体岗位为管理岗位（18个），少于专业技术岗位（90个），主体岗位应占岗位总量的主体',
      ],
    );
  });

  it('stops at figures that cannot be summed (a total that is not a count)', () => {
    const plan = { ...HOSPITAL, totals: { ...HOSPITAL.totals, support: 1.5 } };
    expect(checkPlan(plan, context())).toEqual([
      expect.objectContaining({
        key: 'posts.plan.figures',
        path: 'totals.support',
        message: '工勤技能岗位总数应为非负整数',
      }),
    ]);
  });
});

describe('the ratios as ceilings (property)', () => {
  /** A plan of only professional posts with these quotas for grades 2–13, its totals consistent. */
  const planOf = (counts: number[]): PostPlan => {
    const gradeQuotas = counts.map((quota, i) => ({ grade: i + 2, quota }));
    const professional = counts.reduce((a, b) => a + b, 0);
    return {
      ...HOSPITAL,
      staffingQuota: professional,
      totals: { professional, management: 0, support: 0 },
      gradeQuotas,
      specialPosts: [],
    };
  };
  const ratioKeys = (plan: PostPlan) =>
    keysOf(plan, context({ publicService: false })).filter((k) => k.startsWith('posts.plan.ratio.'));

  it('never gain a failure by moving a post down one grade within its level', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 15 }), { minLength: 12, maxLength: 12 }),
        fc.integer({ min: 2, max: 12 }),
        (counts, grade) => {
          fc.pre(counts[grade - 2]! > 0 && levelOfPostGrade(grade) === levelOfPostGrade(grade + 1));
          const moved = [...counts];
          moved[grade - 2]! -= 1;
          moved[grade - 1]! += 1;
          const before = ratioKeys(planOf(counts));
          expect(ratioKeys(planOf(moved)).filter((key) => !before.includes(key))).toEqual([]);
        },
      ),
    );
  });
});
