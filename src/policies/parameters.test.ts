import { describe, expect, it } from 'vitest';
import { assertParameterLayers, parameterLayerProblems } from '../domain/policy/parameter-check';
import {
  type NationalParameterKey,
  PARAMETERS,
  type ParameterSpec,
} from '../domain/policy/parameter-registry';
import { parameterOf } from '../domain/policy/parameter-values';
import { resolvePolicy } from '../domain/policy/resolve-policy';
import type { PolicyLayer } from '../domain/policy/rule-base';
import { POLICY_LAYERS, POLICY_SETS } from '.';

/** The keys services read: the registry's national ones, which every set must resolve. */
const SERVICE_KEYS = Object.entries(PARAMETERS as Record<string, ParameterSpec>)
  .filter(([, spec]) => spec.provider === 'national')
  .map(([key, spec]) => ({ key: key as NationalParameterKey, spec }));

/** Every day a set could be resolved on, coarsely: each month of the years the rule base spans. */
const DAYS = Array.from({ length: 10 }, (_, i) => 2019 + i).flatMap((year) =>
  Array.from({ length: 12 }, (_, m) => `${year}-${String(m + 1).padStart(2, '0')}-01`),
);

/** The shipped layers with one layer's parameters changed. */
function withChangedLayer(id: string, change: (layer: PolicyLayer) => PolicyLayer) {
  return new Map([...POLICY_LAYERS].map(([key, layer]) => [key, key === id ? change(layer) : layer]));
}

type LayerParameter = NonNullable<PolicyLayer['parameters']>[number];

/** The shipped layers with one parameter of one layer, found by its key, changed. */
function withChangedParameter(
  id: string,
  key: string,
  change: (parameter: LayerParameter) => LayerParameter,
) {
  return withChangedLayer(id, (layer) => ({
    ...layer,
    parameters: (layer.parameters ?? []).map((p) => (p.key === key ? change(p) : p)),
  }));
}

describe('the parameters of the shipped rule base', () => {
  it('are all registered, of their registered types, and provided wherever they are read', () => {
    expect(parameterLayerProblems(POLICY_LAYERS)).toEqual([]);
  });

  it('let every policy set — the named sets and every layer a place may be governed by — resolve every key services read, on every day', () => {
    expect(POLICY_SETS.every((id) => POLICY_LAYERS.has(id))).toBe(true);
    const missing: string[] = [];
    for (const id of POLICY_LAYERS.keys())
      for (const day of DAYS) {
        const policy = resolvePolicy(POLICY_LAYERS, id, day);
        for (const { key, spec } of SERVICE_KEYS) {
          const { value } = parameterOf(policy, key);
          const expected =
            spec.type === 'month-day' || spec.type === 'ratio'
              ? 'string'
              : spec.type === 'boolean'
                ? 'boolean'
                : 'number';
          if (typeof value !== expected && !(value === null && spec.nullable))
            missing.push(`${id}@${day}: ${key} = ${JSON.stringify(value)}`);
        }
      }
    expect(missing).toEqual([]);
  });

  it('refuses a real layer with a mistyped key or a wrong-typed value, naming the layer and the key', () => {
    const mistyped = withChangedParameter('liaoyang-2023', 'review.filingWorkdays', (p) => ({
      ...p,
      key: 'review.filingWorkday',
    }));
    expect(() => assertParameterLayers(mistyped)).toThrow(
      '政策层 liaoyang-2023：参数 review.filingWorkday 未在参数登记表中，是否应为 review.filingWorkdays',
    );
    const wrongType = withChangedParameter('jilin-2022', 'ce.requiredFromYear', (p) => ({
      ...p,
      value: '2023',
    }));
    expect(() => assertParameterLayers(wrongType)).toThrow(
      '政策层 jilin-2022：参数 ce.requiredFromYear 的值 "2023" 不是年份（整数）或空',
    );
  });

  it('refuses a layer that repeals a key the services read, naming the set and the day', () => {
    const repealing = withChangedLayer('anshan-2023', (layer) => ({
      ...layer,
      repeals: ['publicity.resultWorkdays'],
    }));
    expect(parameterLayerProblems(repealing)).toEqual([
      '政策集 anshan-2023：自 0001-01-01 起缺少参数 publicity.resultWorkdays（被废止或不在有效期内）',
    ]);
  });
});
