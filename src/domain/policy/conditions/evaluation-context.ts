import type { EligibilityRequest } from '../eligibility-request';
import type { Parameter } from '../rule-base';

/** What an evaluator may read: the request and the resolved parameters of the policy set. */
export interface EvaluationContext {
  request: EligibilityRequest;
  param<T extends Parameter['value']>(key: string): T;
  isExamSeries(series: string): boolean;
}

/**
 * One way a condition is not met. `metOn` is set only when waiting alone would meet it:
 * the first date on which it would hold, if nothing else changed.
 */
export interface Failure {
  /** Appended to the rule id to tell several failures of one rule apart (e.g. 'seniority'). */
  part?: string;
  message: string;
  facts: Record<string, unknown>;
  metOn?: string;
}

export const RESIDENCE_NAMES: Record<string, string> = {
  mainland: '内地（大陆）居民',
  hk: '香港居民',
  mo: '澳门居民',
  tw: '台湾居民',
  'foreign-permanent': '持外国人永久居留身份证的外籍人员',
  'foreign-talent-permit': '持海外高层次人才居住证的外籍人员',
  'foreign-other': '其他外籍人员',
};

/** The answer of a condition that is met: one shared empty list, so a pass allocates nothing. Never mutate it. */
export const MET: Failure[] = [];
