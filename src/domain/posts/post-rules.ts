import {
  NATIONAL_STRUCTURE_RATIOS,
  type PostGrade,
  REGION_TIER_NAMES,
  type RegionTier,
  type StructureRatio,
  WITHIN_LEVEL_PROMOTION_GRADES,
} from '../catalogue';
import { AppError } from '../errors';
import type { Citation } from '../policy/citation';
import { type NationalParameterKey, postIntervalKey, postRatioTierKey } from '../policy/parameter-registry';
import { optionalParameter, type ParameterSource, parameterOf } from '../policy/parameter-values';

/** A rule's figure with the clause it comes from. */
export interface Cited<V> {
  readonly value: V;
  readonly citation: Citation;
}

/** A national structure ratio with the target in force for the unit's tier. */
export interface RatioTarget {
  readonly ratio: StructureRatio;
  /** The proportion, highest group first (e.g. [1, 3, 6]). */
  readonly target: readonly number[];
  readonly citation: Citation;
  /** The tier the target was set for, when a tier-specific figure applies. */
  readonly tier?: RegionTier;
}

/**
 * Everything the post rules read from a policy set, each figure with its citation. An
 * optional rule the set does not state is `undefined`: its absence has the meaning the
 * parameter registry gives (no 退二进一, no borrowing, no interval…).
 */
export interface PostRules {
  /** The policy set and its chain of layers: which documents' clauses are in force. */
  readonly policyId: string;
  readonly documents: readonly string[];
  readonly mainCategoryMinShare: Cited<number>;
  readonly ratios: readonly RatioTarget[];
  readonly departuresPerAppointment?: Cited<number>;
  /** `value` null: the set cancels the rule (anshan-2023 §十一). */
  readonly retirementBlockMonths?: Cited<number | null>;
  readonly borrowHigherVacancy?: Cited<boolean>;
  readonly borrowExchangeSameSeries?: Cited<boolean>;
  readonly regularisationMayExceedQuota?: Cited<boolean>;
  readonly intervalShortenable?: Cited<boolean>;
  /** 2025-draft #23: prior service as a contract or dispatched worker counts toward the interval. */
  readonly priorContractService?: Cited<boolean>;
  readonly appointBeforeTitle?: Cited<boolean>;
  /** Months at the grade below before promotion to the key grade. */
  readonly intervalMonths: ReadonlyMap<PostGrade, Cited<number>>;
}

/** A resolved policy set as the post rules need it (see `resolvePolicy`). */
export interface PostPolicySource extends ParameterSource {
  readonly name: string;
  readonly status: 'in-force' | 'draft';
  readonly layers: readonly string[];
}

/** '1:3:6' → [1, 3, 6]; the start-up check already held the text to the ratio form. */
function parseRatio(text: string, ratio: StructureRatio, key: string): number[] {
  const parts = text.split(':').map(Number);
  if (parts.length !== ratio.groups.length)
    throw new Error(
      `规则库参数 ${key} 的比例「${text}」应有${ratio.groups.length}项（${ratio.description}）`,
    );
  return parts;
}

const cited = <V>(p: { value: V; citation: Citation } | undefined): Cited<V> | undefined =>
  p ? { value: p.value, citation: p.citation } : undefined;

/**
 * The post rules of a resolved policy set for a unit of the given tier. A draft
 * (征求意见稿) never applies unless adopted (DOMAIN §4): it is refused here unless the caller
 * asks for a what-if reading, so no appointment is ever decided on a draft's clauses.
 */
export function postRulesOf(
  policy: PostPolicySource,
  tier: RegionTier,
  options: { whatIf?: boolean } = {},
): PostRules {
  if (policy.status === 'draft' && !options.whatIf)
    throw new AppError(
      'invalid',
      'DRAFT_POLICY',
      `「${policy.name}」为征求意见稿，未正式印发前不作为岗位设置和聘用的依据，仅可模拟测算`,
      [{ path: 'policy', message: '征求意见稿不适用于岗位设置和聘用' }],
    );
  const ratios = NATIONAL_STRUCTURE_RATIOS.map((ratio): RatioTarget => {
    const tierKey = postRatioTierKey(ratio.key, tier);
    const forTier = optionalParameter(policy, tierKey);
    if (forTier)
      return { ratio, target: parseRatio(forTier.value, ratio, tierKey), citation: forTier.citation, tier };
    const key = `posts.ratio.${ratio.key}` as NationalParameterKey;
    const own = parameterOf(policy, key);
    return { ratio, target: parseRatio(String(own.value), ratio, key), citation: own.citation };
  });
  const intervalMonths = new Map<PostGrade, Cited<number>>();
  for (const grade of WITHIN_LEVEL_PROMOTION_GRADES) {
    const interval = optionalParameter(policy, postIntervalKey(grade));
    if (interval) intervalMonths.set(grade, { value: interval.value, citation: interval.citation });
  }
  return {
    policyId: policy.id,
    documents: policy.layers,
    mainCategoryMinShare: cited(parameterOf(policy, 'posts.mainCategoryMinShare'))!,
    ratios,
    departuresPerAppointment: cited(optionalParameter(policy, 'posts.overQuota.departuresPerAppointment')),
    retirementBlockMonths: cited(optionalParameter(policy, 'posts.promotion.retirementBlockMonths')),
    borrowHigherVacancy: cited(optionalParameter(policy, 'posts.borrow.higherVacancy')),
    borrowExchangeSameSeries: cited(optionalParameter(policy, 'posts.borrow.exchangeSameSeries')),
    regularisationMayExceedQuota: cited(optionalParameter(policy, 'posts.regularisation.mayExceedQuota')),
    intervalShortenable: cited(optionalParameter(policy, 'posts.interval.shortenable')),
    priorContractService: cited(optionalParameter(policy, 'posts.interval.priorContractService')),
    appointBeforeTitle: cited(optionalParameter(policy, 'posts.appointBeforeTitle')),
    intervalMonths,
  };
}

/** Chinese name of a tier, for messages ('市属'). */
export const tierName = (tier: RegionTier) => REGION_TIER_NAMES[tier];
