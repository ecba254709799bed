/**
 * What the 岗位设置审核表 says, once: the Excel workbook (post-plan-review-form.ts) and the PDF
 * (post-plan-review-pdf.ts) lay out the same content, so an HR office reads the same figures
 * whichever file it files.
 */
import { todayInShanghai } from '../../domain/calendar';
import {
  levelName,
  levelOfPostGrade,
  POST_GRADES,
  postGradeName,
  REGION_TIER_NAMES,
  type RegionTier,
} from '../../domain/catalogue';
import { POST_CATEGORIES, POST_CATEGORY_NAMES, type PostCategory } from '../../domain/posts/post-plan';
import type { presentPlans } from './post-plan-view';

type PlanView = ReturnType<typeof presentPlans>[number];

/** A label and its value, as printed side by side. */
export type ReviewField = readonly [label: string, value: string | number];

/** A table of the form; `wideLast` marks a last column of running text (a rule's finding). */
export interface ReviewTable {
  readonly heading: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
  readonly wideLast?: boolean;
}

export interface PlanReviewContent {
  readonly title: string;
  /** The unit's figures, two label/value pairs to a line. */
  readonly facts: readonly (readonly ReviewField[])[];
  readonly tables: readonly ReviewTable[];
  /** The department's and HR's decisions, one line each. */
  readonly decisions: { readonly heading: string; readonly lines: readonly (readonly ReviewField[])[] };
}

const shanghaiDay = (iso: string) => todayInShanghai(new Date(iso));
const share = (part: number, whole: number) =>
  whole > 0 ? `${Math.round((part / whole) * 1000) / 10}%` : '';

/**
 * The 审核表 of one plan: the unit's figures, the three categories with their shares, the quota
 * of every professional grade by level, the special posts, each failing rule of the check with
 * its citation, and the department's and HR's decisions.
 */
export function planReviewContent(plan: PlanView): PlanReviewContent {
  const total = POST_CATEGORIES.reduce((n, c) => n + plan.totals[c], 0);
  const quotas = new Map(plan.gradeQuotas.map((g) => [g.grade, g.quota]));
  const decisions: ReviewField[][] = [
    [['主管部门审核', plan.reviewedAt ? `审核通过（${shanghaiDay(plan.reviewedAt)}）` : '']],
    [
      ['人社部门审批', plan.approvedAt ? `批准（${shanghaiDay(plan.approvedAt)}）` : ''],
      ['批复文号', plan.approvalDocument ?? ''],
    ],
  ];
  if (plan.returnReasons.length > 0) decisions.push([['退回意见', plan.returnReasons.join('；')]]);
  return {
    title: '事业单位岗位设置审核表',
    facts: [
      [
        ['单位名称', plan.unit.name],
        ['方案版本', `第${plan.version}版（${plan.stateName}）`],
      ],
      [
        ['经费形式', plan.fundingName],
        ['隶属层级', REGION_TIER_NAMES[plan.regionTier as RegionTier] ?? plan.regionTier],
      ],
      [
        ['编制数', plan.staffingQuota],
        ['生效日期', plan.effectiveFrom],
      ],
      [
        ['岗位总量', total],
        ['主体岗位', POST_CATEGORY_NAMES[plan.mainCategory as PostCategory]],
      ],
      [
        ['公益服务', plan.publicService ? '主要以专业技术提供公益服务' : '否'],
        ['最高等级', plan.highestGrade ? postGradeName(plan.highestGrade) : '未核定'],
      ],
    ],
    tables: [
      {
        heading: '岗位结构',
        columns: ['岗位类别', '岗位数', '占岗位总量'],
        rows: POST_CATEGORIES.map((c) => [
          POST_CATEGORY_NAMES[c],
          plan.totals[c],
          share(plan.totals[c], total),
        ]),
      },
      {
        heading: '专业技术岗位等级',
        columns: ['层级', '等级', '岗位数', '占专业技术岗位'],
        rows: POST_GRADES.map((grade) => {
          const quota = quotas.get(grade) ?? 0;
          return [
            levelName(levelOfPostGrade(grade)!),
            postGradeName(grade),
            quota,
            share(quota, plan.totals.professional),
          ];
        }),
      },
      {
        heading: '特设岗位（不占岗位总量和结构比例）',
        columns: ['等级', '数量', '依据', '设置事由'],
        rows:
          plan.specialPosts.length === 0
            ? [['无', '', '', '']]
            : plan.specialPosts.map((l) => [postGradeName(l.grade), l.count, l.citation ?? '', l.reason]),
      },
      {
        heading: `政策检查（${plan.check.policy.name}）`,
        columns: ['规则', '依据', '不符合的情况'],
        wideLast: true,
        rows:
          plan.check.problems.length === 0
            ? [['符合各项规定', '', '']]
            : plan.check.problems.map((p) => [
                p.key,
                `${p.citation.document} ${p.citation.clause}`,
                p.message,
              ]),
      },
    ],
    decisions: { heading: '审核意见', lines: decisions },
  };
}
