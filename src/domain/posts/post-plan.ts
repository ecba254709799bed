import type { Citation } from '../policy/citation';

/** The three categories of posts in a public institution (国人部发〔2006〕70号). */
export const POST_CATEGORIES = ['professional', 'management', 'support'] as const;
export type PostCategory = (typeof POST_CATEGORIES)[number];

export const POST_CATEGORY_NAMES: Readonly<Record<PostCategory, string>> = {
  professional: '专业技术岗位',
  management: '管理岗位',
  support: '工勤技能岗位',
};

/** How the unit is funded (经费形式): 全额拨款, 差额拨款, 自收自支. */
export const FUNDING_KINDS = ['full', 'partial', 'self'] as const;
export type FundingKind = (typeof FUNDING_KINDS)[number];

export const FUNDING_KIND_NAMES: Readonly<Record<FundingKind, string>> = {
  full: '全额拨款',
  partial: '差额拨款',
  self: '自收自支',
};

/** A special post (特设岗位): outside the totals, the top grade and the ratios, with its reason. */
export interface SpecialPostLine {
  readonly grade: number;
  readonly count: number;
  /** Why it is set (e.g. '引进国家级领军人才'), shown on the board and the 审核表. */
  readonly reason: string;
}

/**
 * A post plan (岗位设置方案) as the unit drafts it. Numbers come from a form or a
 * spreadsheet, so they are plain numbers here and `checkPlan` says what is wrong with them.
 */
export interface PostPlan {
  /** 编制: the staffing quota every category's posts must fit within. */
  readonly staffingQuota: number;
  readonly funding: FundingKind;
  /** The category that must hold the main share of posts (主体岗位). */
  readonly mainCategory: PostCategory;
  /** Posts per category; the professional total is the sum of the grade quotas. */
  readonly totals: Readonly<Record<PostCategory, number>>;
  /** A quota per professional grade (1–13); a grade not listed has none. */
  readonly gradeQuotas: readonly { readonly grade: number; readonly quota: number }[];
  /** Listed apart: never counted in the totals or the ratios. */
  readonly specialPosts: readonly SpecialPostLine[];
}

/** One failing item of a plan: what is wrong, the rule, its clause and the field. */
export interface PlanProblem {
  /** Stable rule key, e.g. 'posts.plan.grades-sum'. */
  readonly key: string;
  readonly message: string;
  readonly citation: Citation;
  /** The field of the plan the problem is about, as the form names it ('gradeQuotas.5'). */
  readonly path: string;
}
