import type { Level, RegionTier } from '../catalogue';
import type { AchievementKind } from './eligibility-request';

/**
 * The value a parameter holds: `integer` a non-negative count (days, months, people),
 * `share` a fraction between 0 and 1 (2/3, 0.5), `year` a calendar year, `month-day` a
 * yearly date 'MM-DD', `boolean` a yes/no rule, `ratio` a structure proportion such as '1:3:6'
 * (kept as the document writes it, so the figure reads the same in the data as in the text).
 */
export type ParameterType = 'integer' | 'share' | 'year' | 'month-day' | 'boolean' | 'ratio';

interface ValueOfType {
  integer: number;
  share: number;
  year: number;
  'month-day': string;
  boolean: boolean;
  ratio: string;
}

/**
 * Who must provide a parameter, so that no reader ever falls back on a figure typed into code:
 * - `national`: the national layer declares it, so every policy set resolves it (the services' reads);
 * - `condition`: a condition names it (`monthsParam`, `yearsParam`, `longPracticeParam`), and every
 *   policy set in which that condition is in force must resolve it;
 * - `optional`: its absence has a meaning (`whenAbsent`), and code reads it only as possibly absent.
 */
export type ParameterProvider = 'national' | 'condition' | 'optional';

/** What the registry knows of one key (or one family of keys). */
export interface ParameterSpec {
  type: ParameterType;
  /** The policy may say "no figure" (`null`): the text sets none, and the office decides. */
  nullable?: boolean;
  unit?: string;
  /** One line in Chinese: what the figure governs. */
  description: string;
  provider: ParameterProvider;
  /** For an optional parameter: what it means when a policy does not set it. */
  whenAbsent?: string;
}

const national = 'national' as const;

/** Every parameter with a fixed key. */
export const PARAMETERS = {
  'ce.hoursPerYear': {
    type: 'integer',
    unit: '学时',
    provider: national,
    description: '每年应完成的继续教育学时',
  },
  'ce.professionalShare': {
    type: 'share',
    provider: national,
    description: '继续教育中专业科目学时的最低占比',
  },
  'ce.requiredFromYear': {
    type: 'year',
    nullable: true,
    provider: national,
    description: '继续教育学时作为申报必备条件的起始年度（未规定则不作为必备条件）',
  },
  'socialInsurance.minMonths': {
    type: 'integer',
    nullable: true,
    unit: '月',
    provider: national,
    description: '在申报单位缴纳社保的最少月数（未规定期限则由人社部门审核）',
  },
  'fraud.banYears': {
    type: 'integer',
    unit: '年',
    provider: national,
    description: '弄虚作假者禁止申报的年限',
  },
  'publicity.unitWorkdays': {
    type: 'integer',
    unit: '工作日',
    provider: national,
    description: '单位推荐公示期',
  },
  'publicity.resultWorkdays': {
    type: 'integer',
    unit: '工作日',
    provider: national,
    description: '评审结果公示期',
  },
  'publicity.candidateWorkdays': {
    type: 'integer',
    unit: '工作日',
    provider: 'optional',
    description: '正式参评人员公示期',
    whenAbsent: '文件未规定正式参评人员公示的，不设此项',
  },
  'vote.passShare': { type: 'share', provider: national, description: '评审通过所需同意票占出席专家的比例' },
  'vote.quorumShare': {
    type: 'share',
    provider: national,
    description: '评审会议出席专家占评委会人数的法定比例',
  },
  'vote.secondRound': {
    type: 'boolean',
    provider: 'optional',
    description: '是否允许多轮投票表决',
    whenAbsent: '文件未作规定；系统从不组织多轮表决',
  },
  'committee.approvalYears': {
    type: 'integer',
    unit: '年',
    provider: national,
    description: '评委会核准备案有效期上限',
  },
  'committee.seniorMinBySeries': {
    type: 'integer',
    unit: '人',
    provider: national,
    description: '按系列组建的高级评委会最少评审专家数',
  },
  'committee.seniorMinBySpecialty': {
    type: 'integer',
    unit: '人',
    provider: national,
    description: '按专业组建的高级评委会最少评审专家数',
  },
  'expert.termYears': {
    type: 'integer',
    unit: '年',
    provider: national,
    description: '评审专家每届任期上限',
  },
  'panel.alternatesPerSeat': {
    type: 'integer',
    unit: '人',
    provider: national,
    description: '每个席位抽取的候补专家数',
  },
  'pool.changeDeadline': { type: 'month-day', provider: national, description: '年度专家库调整截止日' },
  'recusal.lookBackYears': {
    type: 'integer',
    unit: '年',
    provider: national,
    description: '“曾在同一单位”回避的回溯年数',
  },
  'review.filingWorkdays': {
    type: 'integer',
    unit: '工作日',
    provider: national,
    description: '评审结束后报送备案的时限',
  },
  'review.sessionDeadline': { type: 'month-day', provider: national, description: '年度评审会议的截止日' },
  'selfReview.applicationDeadline': {
    type: 'month-day',
    provider: national,
    description: '新申请且当年开展自主评审的材料截止日',
  },
  'specialty.longPracticeYears': {
    type: 'integer',
    unit: '年',
    provider: 'condition',
    description: '按“长期从事”的专业申报所需的从事年数',
  },
  'grassroots.longTermYears': {
    type: 'integer',
    unit: '年',
    provider: 'condition',
    description: '“长期在基层一线工作”所需的累计年数',
  },
  'postdoc.newlyRecruitedMonths': {
    type: 'integer',
    unit: '月',
    provider: 'condition',
    description: '“新招聘”的博士后到现单位工作的最长月数',
  },
  // Posts and appointments (DOMAIN §8); read by src/domain/posts/post-parameters.ts.
  'posts.mainCategoryMinShare': {
    type: 'share',
    provider: national,
    description: '以专业技术提供公益服务的事业单位，专业技术岗位（主体岗位）占岗位总量的最低比例',
  },
  'posts.ratio.tiers': {
    type: 'ratio',
    provider: national,
    description: '专业技术高级、中级、初级岗位之间的结构比例控制目标（高级在前，作为上限）',
  },
  'posts.ratio.senior-grades': {
    type: 'ratio',
    provider: national,
    description: '专业技术二级、三级、四级岗位之间的结构比例控制目标',
  },
  'posts.ratio.associate-senior-grades': {
    type: 'ratio',
    provider: national,
    description: '专业技术五级、六级、七级岗位之间的结构比例控制目标',
  },
  'posts.ratio.intermediate-grades': {
    type: 'ratio',
    provider: national,
    description: '专业技术八级、九级、十级岗位之间的结构比例控制目标',
  },
  'posts.ratio.assistant-grades': {
    type: 'ratio',
    provider: national,
    description: '专业技术十一级、十二级岗位之间的结构比例控制目标',
  },
  'posts.overQuota.departuresPerAppointment': {
    type: 'integer',
    unit: '人',
    provider: 'optional',
    description: '层级超出岗位数额时，每减员若干人可聘用一人（“退二进一”为2）',
    whenAbsent: '不实行“退二进一”：超出岗位数额时不得聘用',
  },
  'posts.promotion.retirementBlockMonths': {
    type: 'integer',
    nullable: true,
    unit: '月',
    provider: 'optional',
    description: '距规定退休时间不足该月数的不得晋升岗位等级（已取消为空）',
    whenAbsent: '不限制临近退休人员晋升',
  },
  'posts.borrow.higherVacancy': {
    type: 'boolean',
    provider: 'optional',
    description: '本层级各等级岗位均已聘满时，可否借用高级别空余岗位聘用',
    whenAbsent: '不得借用高级别岗位',
  },
  'posts.borrow.exchangeSameSeries': {
    type: 'boolean',
    provider: 'optional',
    description: '通过人员交流进入的人员，相应岗位无空余时可否借用同系列上级岗位',
    whenAbsent: '交流人员按一般规则借用',
  },
  'posts.regularisation.mayExceedQuota': {
    type: 'boolean',
    provider: 'optional',
    description: '转正定级人员可否超出本单位相应级别岗位数聘用',
    whenAbsent: '转正定级同样受岗位数额限制',
  },
  'posts.interval.shortenable': {
    type: 'boolean',
    provider: 'optional',
    description: '三级晋二级、引进高层次人才首次晋升、已聘副高的优秀博士后，可否经批准缩短间隔',
    whenAbsent: '不缩短间隔时限',
  },
  'posts.interval.priorContractService': {
    type: 'boolean',
    provider: 'optional',
    description:
      '参照事业单位岗位聘用管理的合同制及劳务派遣人员通过公开招聘转为在编后，原聘用资历可否计入间隔时限',
    whenAbsent: '间隔时限自在编聘用之日起计算',
  },
  'posts.appointBeforeTitle': {
    type: 'boolean',
    provider: 'optional',
    description: '引进的专家、团队无相应职称的，可否先聘后评（记录应取得职称的期限）',
    whenAbsent: '须先具备相应职称再聘用',
  },
} as const satisfies Record<string, ParameterSpec>;

/** The keys each family stands for, as TypeScript sees them. */
interface FamilyKeys {
  'grassroots.serviceMonths.<series>': `grassroots.serviceMonths.${string}`;
  'appointment.combined.<series>': `appointment.combined.${string}`;
  'passRate.cap.<level>': `passRate.cap.${Level}`;
  'passRate.cap.<series>.<level>': `passRate.cap.${string}.${Level}`;
  'passRate.combinedCap.<level>': `passRate.combinedCap.${Level}`;
  'passRate.combinedCap.<series>.<level>': `passRate.combinedCap.${string}.${Level}`;
  'quota.<kind>.perRecommenderPerYear': `quota.${AchievementKind}.perRecommenderPerYear`;
  'quota.<kind>.perAward': `quota.${AchievementKind}.perAward`;
  'posts.intervalMonths.<grade>': `posts.intervalMonths.${number}`;
  'posts.ratio.<ratio>.<tier>': `posts.ratio.${string}.${RegionTier}`;
}
/**
 * Families of keys built from a template: `<series>` a series slug, `<level>` a level,
 * `<kind>` an achievement kind, `<grade>` a post grade one can be promoted to within its level,
 * `<ratio>` a national structure ratio key, `<tier>` a unit's region tier. Each placeholder is
 * one dot-free segment.
 */
export const PARAMETER_FAMILIES = {
  'grassroots.serviceMonths.<series>': {
    type: 'integer',
    unit: '月',
    provider: 'condition',
    description: '该系列晋升高级职称须在县及以下基层累计服务的月数',
  },
  'appointment.combined.<series>': {
    type: 'boolean',
    provider: 'optional',
    description: '该系列是否实行评聘结合',
    whenAbsent: '实行评聘分开（单位在档案中声明评聘结合的除外）',
  },
  'passRate.cap.<level>': {
    type: 'share',
    nullable: true,
    provider: 'optional',
    description: '评聘分开的评审通过率上限（按层级；未写明比例为空）',
    whenAbsent: '不设通过率上限',
  },
  'passRate.cap.<series>.<level>': {
    type: 'share',
    nullable: true,
    provider: 'optional',
    description: '评聘分开的评审通过率上限（按系列与层级，优先于按层级）',
    whenAbsent: '按层级的上限',
  },
  'passRate.combinedCap.<level>': {
    type: 'share',
    nullable: true,
    provider: 'optional',
    description: '评聘结合单位的评审通过率上限（按层级）',
    whenAbsent: '不设通过率上限',
  },
  'passRate.combinedCap.<series>.<level>': {
    type: 'share',
    nullable: true,
    provider: 'optional',
    description: '评聘结合单位的评审通过率上限（按系列与层级，优先于按层级）',
    whenAbsent: '按层级的上限',
  },
  'quota.<kind>.perRecommenderPerYear': {
    type: 'integer',
    unit: '人',
    provider: 'optional',
    description: '每名举荐人每年可举荐的人数',
    whenAbsent: '不限人数',
  },
  'quota.<kind>.perAward': {
    type: 'integer',
    unit: '人',
    provider: 'optional',
    description: '同一奖项可据以申报的人数',
    whenAbsent: '不限人数',
  },
  'posts.intervalMonths.<grade>': {
    type: 'integer',
    unit: '月',
    provider: 'optional',
    description: '层级内晋升到该等级，须在下一等级聘满的月数',
    whenAbsent: '不设间隔时限',
  },
  'posts.ratio.<ratio>.<tier>': {
    type: 'ratio',
    provider: 'optional',
    description: '该层级单位（省属、市属、县属）的结构比例控制目标，优先于不分层级的目标',
    whenAbsent: '按不分层级的结构比例',
  },
} as const satisfies Record<keyof FamilyKeys, ParameterSpec>;

type Family = keyof FamilyKeys;
type FixedKey = keyof typeof PARAMETERS;

type ValueOfSpec<S> = S extends { type: infer T extends ParameterType }
  ? ValueOfType[T] | (S extends { nullable: true } ? null : never)
  : never;

/** Every key the registry knows; a mistyped literal key does not compile. */
export type ParameterKey = FixedKey | FamilyKeys[Family];

/** The value type of a key, from its registry entry. */
export type ParameterValue<K extends ParameterKey> = K extends FixedKey
  ? ValueOfSpec<(typeof PARAMETERS)[K]>
  : { [F in Family]: K extends FamilyKeys[F] ? ValueOfSpec<(typeof PARAMETER_FAMILIES)[F]> : never }[Family];

type KeysWhere<Test> =
  | { [K in FixedKey]: (typeof PARAMETERS)[K] extends Test ? K : never }[FixedKey]
  | { [F in Family]: (typeof PARAMETER_FAMILIES)[F] extends Test ? FamilyKeys[F] : never }[Family];

/** Keys the national layer provides, so every policy set resolves them: what services read. */
export type NationalParameterKey = KeysWhere<{ provider: 'national' }>;
/** Keys some layer must provide wherever they are read (national, or by the condition naming them). */
export type RequiredParameterKey = KeysWhere<{ provider: 'national' | 'condition' }>;
/** Keys whose absence has a meaning. */
export type OptionalParameterKey = KeysWhere<{ provider: 'optional' }>;
/** Keys a condition may name for a count (months, years): integers, never null. */
export type CountParameterKey = KeysWhere<{ type: 'integer'; provider: 'condition' }>;

/** Builders of templated keys: the only way code names a key of a family. */
export const grassrootsServiceMonthsKey = (series: string) => `grassroots.serviceMonths.${series}` as const;
export const appointmentCombinedKey = (series: string) => `appointment.combined.${series}` as const;
/** The pass-rate cap of 评聘分开 (`combined` false) or 评聘结合 units, by level or by series and level. */
export function passRateCapKey(combined: boolean, level: Level, series?: string) {
  const prefix = combined ? 'passRate.combinedCap' : 'passRate.cap';
  return (series ? `${prefix}.${series}.${level}` : `${prefix}.${level}`) as
    | `passRate.cap.${Level}`
    | `passRate.cap.${string}.${Level}`
    | `passRate.combinedCap.${Level}`
    | `passRate.combinedCap.${string}.${Level}`;
}
/** Recommendations per recommender per year (e.g. 院士 ≤3, 2025-draft #2). */
export const perRecommenderPerYearKey = (kind: AchievementKind) =>
  `quota.${kind}.perRecommenderPerYear` as const;
/** People per award (e.g. one coach, 2025-draft #10). */
export const perAwardKey = (kind: AchievementKind) => `quota.${kind}.perAward` as const;
/** Months at the grade below before promotion to `grade` within its level (e.g. 9 ← 10). */
export const postIntervalKey = (grade: number) => `posts.intervalMonths.${grade}` as const;
/** A structure ratio for units of one region tier, overriding the set's own. */
export const postRatioTierKey = (ratio: string, tier: RegionTier) => `posts.ratio.${ratio}.${tier}` as const;
