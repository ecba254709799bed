import type {
  NationalParameterKey,
  OptionalParameterKey,
  ParameterValue,
  RequiredParameterKey,
} from './parameter-registry';
import type { Parameter } from './rule-base';

/** A parameter as read: its value typed by the registry, with its citation, note and dates. */
export interface TypedParameter<V> extends Omit<Parameter, 'value'> {
  readonly value: V;
}

/** What a read needs: the merged parameters of a policy set, and its id to name in an error. */
export interface ParameterSource {
  readonly id: string;
  readonly parameters: ReadonlyMap<string, Parameter>;
}

/** The one lookup behind every required read, so the error names key and set the same way. */
function required<K extends RequiredParameterKey>(
  policy: ParameterSource,
  key: K,
): TypedParameter<ParameterValue<K>> {
  const parameter = policy.parameters.get(key);
  if (!parameter) throw new Error(`规则库缺少参数 ${key}（政策集 ${policy.id}）`);
  // The start-up check held every declared value to its registry type.
  return parameter as TypedParameter<ParameterValue<K>>;
}

/**
 * A parameter the national layer provides, in force in a resolved policy and typed by the
 * registry: what services read. A policy that lacks it is an error naming the key and the
 * set — never a figure typed in instead; the start-up check (`parameterLayerProblems`)
 * proves that every set resolves every such key on every day.
 */
export function parameterOf<K extends NationalParameterKey>(
  policy: ParameterSource,
  key: K,
): TypedParameter<ParameterValue<K>> {
  return required(policy, key);
}

/** The value of `parameterOf`. */
export function parameterValue<K extends NationalParameterKey>(
  policy: ParameterSource,
  key: K,
): ParameterValue<K> {
  return required(policy, key).value;
}

/**
 * The value of a parameter a rule names (`monthsParam`…) or a national one, for the engine
 * evaluating that rule: the start-up check proves it resolves wherever the rule is in force.
 */
export function ruleParameterValue<K extends RequiredParameterKey>(
  policy: ParameterSource,
  key: K,
): ParameterValue<K> {
  return required(policy, key).value;
}

/**
 * A parameter whose absence has a meaning the registry states (no cap, no quota, 评聘分开):
 * undefined when the policy does not set it.
 */
export function optionalParameter<K extends OptionalParameterKey>(
  policy: Pick<ParameterSource, 'parameters'>,
  key: K,
): TypedParameter<ParameterValue<K>> | undefined {
  return policy.parameters.get(key) as TypedParameter<ParameterValue<K>> | undefined;
}
