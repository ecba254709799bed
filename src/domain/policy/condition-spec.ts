import type { Level } from '../catalogue';
import type {
  AchievementKind,
  AppraisalResult,
  Degree,
  EmployerKind,
  Residence,
  SkillLevel,
  WorkArea,
} from './eligibility-request';
import type { CountParameterKey } from './parameter-registry';

/**
 * The vocabulary of the rule base: every condition is one of these data shapes, and the
 * engine has one evaluator per kind (conditions/*.ts). New policy is new data; a new kind
 * of fact is new code.
 */
export type ConditionSpec =
  | { kind: 'not-retired' }
  | { kind: 'not-banned' }
  | { kind: 'has-employer' }
  | { kind: 'one-application-per-year' }
  | { kind: 'residence'; allowed: readonly Residence[] }
  /** CE hours of the year before the application; the amounts come from parameters `ce.*`. */
  | { kind: 'continuing-education' }
  | { kind: 'social-insurance' }
  | { kind: 'no-level-skip' }
  /**
   * The target specialty is the studied major or the long-practised one (practised since at
   * least the parameter `longPracticeParam` years); series and specialty keywords listed as
   * public safety or personal health allow only the studied field.
   */
  | {
      kind: 'specialty';
      longPracticeParam: CountParameterKey;
      restrictedSeries: readonly string[];
      restrictedKeywords: readonly string[];
      fieldKeywords: Readonly<Record<string, readonly string[]>>;
    }
  /** 考试系列除外: the target series is not one whose titles are obtained by exam. */
  | { kind: 'not-exam-series' }
  /**
   * Grassroots (county and below) service for a senior title: cumulative months at least the
   * parameter `monthsParam` (the national figure the seeds' "有关条件" refer to).
   */
  | { kind: 'grassroots-experience'; monthsParam: CountParameterKey }
  | { kind: 'recommendations'; min: number; byLevel: Level; sameOrCloseSpecialty: boolean }
  /**
   * An achievement of one of the kinds held by the application date; with `sameOrCloseSpecialty`,
   * one not declared to lie outside the recommender's field (举荐: 专业领域一致或相近).
   */
  | { kind: 'achievement'; anyOf: readonly AchievementKind[]; sameOrCloseSpecialty?: true }
  | { kind: 'skill-level'; mapping: Readonly<Partial<Record<SkillLevel, Level>>> }
  | { kind: 'qualification-mapping'; mapping: readonly { name: string; series: string; level: Level }[] }
  | { kind: 'status'; flag: 'returnee-or-transfer' }
  | { kind: 'one-step-unused' }
  | { kind: 'employer-kind'; anyOf: readonly EmployerKind[] }
  | { kind: 'target-level'; anyOf: readonly Level[] }
  /** The target is the level right above the highest title held in the series (or a first title). */
  | { kind: 'target-next-level'; orSenior?: boolean }
  | { kind: 'degree'; anyOf: readonly Degree[] }
  /**
   * Cumulative front-line work matching the filters, still front-line now when `stillThere`;
   * the years are given, or read from the parameter `yearsParam` where the text sets none.
   */
  | {
      kind: 'frontline-years';
      years?: number;
      yearsParam?: CountParameterKey;
      areas: readonly WorkArea[];
      employerKinds?: readonly EmployerKind[];
      teaching?: boolean;
      stillThere: boolean;
    }
  /**
   * Moved from a city to the county/township/village front line and there without a break
   * since leaving the city for `years`: earlier grassroots years before a city job do not count.
   */
  | { kind: 'moved-to-grassroots'; years: number }
  /**
   * 聘任某级职称满N年: appointed at `level` for `years`, counted from the later of the title and
   * the first post of that level (a unit without post grades: from the title).
   */
  | { kind: 'appointed-at-level'; level: Level; years: number }
  /**
   * The title one level below the target, where that level is obtained by exam (以考代评), was
   * obtained by exam: one determined by assessment (考核认定) is no basis for the next level.
   */
  | { kind: 'below-title-by-exam' }
  /** Working now, in a front-line post (在职在岗、一线岗位). */
  | { kind: 'frontline-now' }
  /** Working now at one of `areas` (e.g. 县域: county and below). */
  | { kind: 'current-area'; areas: readonly WorkArea[] }
  /**
   * 新招聘: the current employment began no more than the parameter `monthsParam` months
   * before the application date.
   */
  | { kind: 'newly-recruited'; monthsParam: CountParameterKey }
  | { kind: 'title-held'; level: Level; minYears?: number; maxYearsExclusive?: number; sameSeries: boolean }
  | { kind: 'post-held'; grades: readonly number[]; minYears?: number; maxYearsExclusive?: number }
  | { kind: 'appraisals-since-title'; level: Level; atLeast: AppraisalResult }
  | { kind: 'service-contract'; minYears: number; areas: readonly WorkArea[] }
  | { kind: 'talent-category'; anyOf: readonly ('A' | 'B' | 'C' | 'D' | 'E')[] }
  /** Met when any alternative is; otherwise reports the first (primary) alternative. */
  | { kind: 'any-of'; alternatives: readonly ConditionSpec[] }
  /** Met when every part is; reports every part that is not. */
  | { kind: 'all-of'; conditions: readonly ConditionSpec[] }
  | { kind: 'covid-frontline'; contact?: boolean; outstanding?: boolean; postYears?: number };
