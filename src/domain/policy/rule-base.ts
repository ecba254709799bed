import type { Level } from '../catalogue';
import type { Citation } from './citation';
import type { ConditionSpec } from './condition-spec';
import type { Degree, Pathway } from './eligibility-request';

/** A value or rule in force from `effectiveFrom` (inclusive) until `effectiveUntil` (exclusive). */
export interface Dated {
  effectiveFrom?: string;
  effectiveUntil?: string;
}

/** Which targets a rule concerns; an absent list means all. */
export interface TargetScope {
  series?: readonly string[];
  /** Series a more specific measure governs instead. */
  excludeSeries?: readonly string[];
  levels?: readonly Level[];
}

/** A named parameter with its citation; a lower layer overrides by key. */
export interface Parameter extends Dated {
  key: string;
  value: number | string | boolean | null;
  citation: Citation;
  note?: string;
}

/** One condition with its stable id and the clause it rests on. */
export interface ConditionRule extends Dated {
  id: string;
  citation: Citation;
  condition: ConditionSpec;
  appliesTo?: TargetScope;
  /** For a general rule: the pathways it governs (e.g. no 越级 for every 破格); absent = all. */
  pathways?: readonly Pathway[];
  /**
   * A fact that says whom a variant is for (the achievement, status or category it opens
   * to). When no basis of a pathway is open, the one whose such facts the applicant has
   * answers (一次性告知), not simply the first declared.
   */
  basis?: true;
}

/** The consequences of a pathway that policy spells out (CONTRACTS §1 `effects`). */
export interface Effects {
  directRecognition: boolean;
  passRateCap: number | null;
  outsidePostQuota: boolean;
  postGrade: number | null;
  separateEvaluation: boolean;
}

/**
 * One way in: a pathway on a particular basis (e.g. 破格 for lack of education with two
 * senior recommendations). A pathway is open when any of its applicable variants is.
 */
export interface PathwayVariant extends Dated {
  id: string;
  pathway: Pathway;
  /** Chinese name of the basis, shown to the user. */
  name: string;
  citation: Citation;
  /**
   * Which basis answers first when several could (higher first; default 0): a specific
   * measure such as Jilin's rural-teacher rule before the general 30-year rule.
   */
  priority?: number;
  appliesTo?: TargetScope;
  conditions: readonly ConditionRule[];
  /** Whether the series' basic standard (education and seniority) must be met, and which parts. */
  standard: 'full' | 'seniority-only' | 'education-only' | 'none';
  /** Degree steps by which the standard's education is relaxed (适当放宽学历要求). */
  educationRelaxedBy?: number;
  /** General condition ids this variant waives (e.g. the post quota does not matter). */
  waives?: readonly string[];
  /** Years by which the standard's seniority is shortened, when the condition holds. */
  seniorityReductions?: readonly {
    years: number;
    when: ConditionSpec;
    citation: Citation;
    effects?: Partial<Effects>;
  }[];
  effects?: Partial<Effects>;
}

/** One education route of a basic standard: the lowest degree it accepts and what else it needs. */
export interface StandardRoute {
  minDegree: Degree;
  /** Years holding the title one level below, in the same series. */
  titleYears?: number;
  /** Years of professional work after graduating with one of `degrees`. */
  yearsSinceGraduation?: number;
  /** The route is open only to staff working at county level or below. */
  onlyAtGrassroots?: boolean;
}

/** The national basic standard (评价基本标准) of one series and level. */
export interface BasicStandard extends Dated {
  series: string;
  level: Level;
  citation: Citation;
  /** Title name of the level below, for messages (e.g. '工程师'). */
  belowTitle?: string;
  routes: readonly StandardRoute[];
}

/**
 * A routing rule (评审权限): applications for these specialties and levels go to a committee
 * of the given tier rather than the local one (e.g. anshan-2023 §六: senior 通信工程 to the
 * provincial committee). Absent `series` or `levels` mean all.
 */
export interface RoutingRule extends Dated {
  id: string;
  citation: Citation;
  tier: 'provincial';
  series?: readonly string[];
  specialties?: readonly string[];
  levels?: readonly Level[];
}

/** One layer of the rule base: national, a province, or one seed document. */
export interface PolicyLayer {
  id: string;
  name: string;
  /** The layer this one refines; the national layer has none. */
  extends: string | null;
  status: 'in-force' | 'draft';
  /** Period the document governs, when it is a yearly document. */
  effectiveFrom?: string;
  effectiveUntil?: string;
  parameters?: readonly Parameter[];
  general?: readonly ConditionRule[];
  pathways?: readonly PathwayVariant[];
  standards?: readonly BasicStandard[];
  routing?: readonly RoutingRule[];
  /**
   * GB/T 2260 codes of the regions whose applications this layer governs (a region includes
   * its sub-regions); a layer without them is never chosen for an application by place.
   */
  jurisdictions?: readonly string[];
  /** Ids of inherited rules, variants or parameters this layer explicitly repeals. */
  repeals?: readonly string[];
  /**
   * A correspondence catalogue of professional qualifications to titles: holding one confers
   * the title (一证两用), which then counts when applying for the next level.
   */
  qualificationTitles?: QualificationTitles;
}

/** Qualifications that confer a title, with the clause that says so. */
export interface QualificationTitles {
  citation: Citation;
  mapping: readonly { name: string; series: string; level: Level }[];
}
