import type { JsonRecord } from '../../json-value';
import type { EligibilityRequest } from '../eligibility-request';
import type { ParameterValue, RequiredParameterKey } from '../parameter-registry';

/** What an evaluator may read: the request and the resolved parameters of the policy set. */
export interface EvaluationContext {
  request: EligibilityRequest;
  /** A parameter the policy set must provide, typed by the registry (a missing one is an error). */
  param<K extends RequiredParameterKey>(key: K): ParameterValue<K>;
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
  facts: JsonRecord;
  metOn?: string;
}

/** The answer of a condition that is met: one shared empty list, so a pass allocates nothing. Never mutate it. */
export const MET: Failure[] = [];
