import type { Level } from './levels';

/** Where a value comes from: a policy-set id (or 'national') and the clause within it. */
export interface Citation {
  document: string;
  clause: string;
}

/** 事业单位专业技术岗位 grades, 1 (highest) to 13 (lowest). */
export const POST_GRADES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13] as const;

export type PostGrade = (typeof POST_GRADES)[number];

// 国人部发〔2006〕70号 (事业单位岗位设置管理试行办法) and its 实施意见 国人部发〔2006〕87号:
// 正高 1–4, 副高 5–7, 中级 8–10, 初级 11–13 of which 13 is the 员级 post.
const GRADES_BY_LEVEL: Readonly<Record<Level, readonly PostGrade[]>> = {
  senior: [1, 2, 3, 4],
  'associate-senior': [5, 6, 7],
  intermediate: [8, 9, 10],
  assistant: [11, 12],
  entry: [13],
};

export const POST_GRADE_CITATION: Citation = { document: 'national', clause: '国人部发〔2006〕70号' };

/** Grade 1 is a national special post (国家专设的特级岗位), not filled through normal unit quotas. */
export const NATIONAL_SPECIAL_POST_GRADE: PostGrade = 1;

/** Type guard for a post grade from untrusted input. */
export function isPostGrade(value: unknown): value is PostGrade {
  return typeof value === 'number' && (POST_GRADES as readonly number[]).includes(value);
}

/** The grades that belong to a level, highest first (e.g. 'associate-senior' → [5, 6, 7]). */
export function postGradesOf(level: Level): readonly PostGrade[] {
  return GRADES_BY_LEVEL[level];
}

/** Chinese name of a grade as documents write it: 9 → '专业技术9级'. */
export function postGradeName(grade: number): string {
  return `专业技术${grade}级`;
}

/** The message for a grade number outside 1–13, the same wherever a grade is typed in. */
export function unknownPostGradeMessage(grade: number): string {
  return `不存在${postGradeName(grade)}岗位（等级为1至13级）`;
}

/** The level a grade belongs to, or undefined for a number outside 1–13. */
export function levelOfPostGrade(grade: number): Level | undefined {
  for (const [level, grades] of Object.entries(GRADES_BY_LEVEL) as [Level, readonly PostGrade[]][]) {
    if ((grades as readonly number[]).includes(grade)) return level;
  }
  return undefined;
}

/** The entry grade of a level, i.e. its lowest post (highest number): senior → 4, intermediate → 10. */
export function lowestGradeOf(level: Level): PostGrade {
  const grades = GRADES_BY_LEVEL[level];
  return grades[grades.length - 1] as PostGrade;
}

/** The top grade of a level: senior → 1 (the national special post), associate-senior → 5. */
export function highestGradeOf(level: Level): PostGrade {
  return GRADES_BY_LEVEL[level][0] as PostGrade;
}

/**
 * The grades one is promoted to within a level (2, 3, 5, 6, 8, 9, 11): not a level's lowest
 * grade, which is entered from below, and not grade 1, which no unit appoints to.
 */
export const WITHIN_LEVEL_PROMOTION_GRADES: readonly PostGrade[] = POST_GRADES.filter(
  (grade) => grade !== NATIONAL_SPECIAL_POST_GRADE && grade !== lowestGradeOf(levelOfPostGrade(grade)!),
);

/** One national target proportion between groups of posts. */
export interface StructureRatio {
  key: string;
  /** Chinese description of what is being compared. */
  description: string;
  /** The groups compared, in the order of `ratio`. */
  groups: readonly { label: string; grades: readonly PostGrade[] }[];
  ratio: readonly number[];
  citation: Citation;
}

const RATIO_CITATION: Citation = { document: 'national', clause: '国人部发〔2006〕87号' };

/** Grade numbers as the 实施意见 writes them in its ratios: 2 → '二级', 11 → '十一级'. */
const GRADE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三'];

/** A ratio between the single grades of one level, described and labelled as the 实施意见 does. */
function betweenGrades(key: string, grades: readonly PostGrade[], ratio: readonly number[]): StructureRatio {
  const labels = grades.map((grade) => `${GRADE_NUMERALS[grade - 1]}级`);
  return {
    key,
    description: `${labels.join('、')}岗位之间的比例`,
    groups: grades.map((grade, i) => ({ label: labels[i]!, grades: [grade] })),
    ratio,
    citation: RATIO_CITATION,
  };
}

/**
 * National overall control targets (全国总体控制目标) for the structure of professional posts,
 * from the 实施意见 of the 岗位设置 trial measures. Units and regions may set their own,
 * so these are defaults, not limits.
 */
export const NATIONAL_STRUCTURE_RATIOS: readonly StructureRatio[] = [
  {
    key: 'tiers',
    description: '专业技术高级、中级、初级岗位之间的结构比例',
    groups: [
      { label: '高级', grades: [1, 2, 3, 4, 5, 6, 7] },
      { label: '中级', grades: [8, 9, 10] },
      { label: '初级', grades: [11, 12, 13] },
    ],
    ratio: [1, 3, 6],
    citation: RATIO_CITATION,
  },
  betweenGrades('senior-grades', [2, 3, 4], [1, 3, 6]),
  betweenGrades('associate-senior-grades', [5, 6, 7], [2, 4, 4]),
  betweenGrades('intermediate-grades', [8, 9, 10], [3, 4, 3]),
  betweenGrades('assistant-grades', [11, 12], [5, 5]),
];

/** The national ratio with this key ('tiers', 'senior-grades', …). */
export function findStructureRatio(key: string): StructureRatio | undefined {
  return NATIONAL_STRUCTURE_RATIOS.find((r) => r.key === key);
}

/**
 * The tier of a unit's region (隶属关系: 省属, 市属, 县属). Provinces tighten the structure
 * ratios by it (DOMAIN §8), so the ratio parameters may be set per tier.
 */
export const REGION_TIERS = ['province', 'city', 'county'] as const;

export type RegionTier = (typeof REGION_TIERS)[number];

export const REGION_TIER_NAMES: Readonly<Record<RegionTier, string>> = {
  province: '省属',
  city: '市属',
  county: '县属',
};
