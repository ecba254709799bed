import { describe, expect, it } from 'vitest';
import { findStructureRatio } from '../catalogue';
import type { ConditionSpec } from './condition-spec';
import { assertParameterLayers, parameterLayerProblems } from './parameter-check';
import { PARAMETERS, type ParameterSpec, type ParameterType } from './parameter-registry';
import { optionalParameter, parameterOf, parameterValue, ruleParameterValue } from './parameter-values';
import { resolvePolicy } from './resolve-policy';
import type { Parameter, PolicyLayer } from './rule-base';

const SAMPLE: Record<ParameterType, Parameter['value']> = {
  integer: 3,
  share: 0.5,
  year: 2023,
  'month-day': '06-30',
  boolean: true,
  ratio: '1:3:6',
};
const cite = (document: string) => ({ document, clause: '一' });
/** A structure ratio has one figure per group it compares: the catalogue's own shape. */
const sampleOf = (key: string, type: ParameterType) =>
  type === 'ratio'
    ? (findStructureRatio(key.split('.')[2] ?? '')?.ratio.join(':') ?? SAMPLE.ratio)
    : SAMPLE[type];

/** A national layer declaring every key the registry says it provides, each with a value of its type. */
function nationalLayer(change: (parameters: Parameter[]) => Parameter[] = (p) => p): PolicyLayer {
  const parameters = Object.entries(PARAMETERS as Record<string, ParameterSpec>)
    .filter(([, spec]) => spec.provider === 'national')
    .map(([key, spec]) => ({ key, value: sampleOf(key, spec.type), citation: cite('national') }));
  return { id: 'national', name: '国家', extends: null, status: 'in-force', parameters: change(parameters) };
}

function cityLayer(extra: Partial<PolicyLayer> = {}): PolicyLayer {
  return { id: 'city', name: '某市', extends: 'national', status: 'in-force', ...extra };
}

const layersOf = (...layers: PolicyLayer[]) => new Map(layers.map((l) => [l.id, l]));
const withParameters = (...parameters: { key: string; value: Parameter['value'] }[]) =>
  cityLayer({ parameters: parameters.map((p) => ({ ...p, citation: cite('city') })) });
const problemsOf = (...parameters: { key: string; value: Parameter['value'] }[]) =>
  parameterLayerProblems(layersOf(nationalLayer(), withParameters(...parameters)));

const GRASSROOTS: ConditionSpec = {
  kind: 'grassroots-experience',
  monthsParam: 'grassroots.serviceMonths.health',
};
const ruleNaming = (condition: ConditionSpec) =>
  cityLayer({ general: [{ id: 'grassroots-service.health', citation: cite('city'), condition }] });

describe('the parameters a layer declares', () => {
  it('accepts every registered key and family with a value of its type, null where the registry allows it', () => {
    expect(
      problemsOf(
        { key: 'review.sessionDeadline', value: '11-30' },
        { key: 'socialInsurance.minMonths', value: null },
        { key: 'passRate.cap.health.senior', value: 0.5 },
        { key: 'passRate.cap.intermediate', value: null },
        { key: 'appointment.combined.higher-education-teacher', value: true },
        { key: 'quota.academician-recommendation.perRecommenderPerYear', value: 3 },
        { key: 'grassroots.serviceMonths.health', value: 12 },
      ),
    ).toEqual([]);
  });

  it('refuses a mistyped key, naming the layer and the key, and the key it was probably meant to be', () => {
    expect(problemsOf({ key: 'review.sesionDeadline', value: '11-30' })).toEqual([
      '政策层 city：参数 review.sesionDeadline 未在参数登记表中，是否应为 review.sessionDeadline',
    ]);
    expect(problemsOf({ key: 'committee.quorum', value: 3 })).toEqual([
      '政策层 city：参数 committee.quorum 未在参数登记表中',
    ]);
  });

  it('refuses a family key whose series, level or achievement kind does not exist', () => {
    expect(
      problemsOf(
        { key: 'grassroots.serviceMonths.helth', value: 12 },
        { key: 'passRate.cap.health.top', value: 0.5 },
        { key: 'quota.academician.perAward', value: 1 },
      ),
    ).toEqual([
      '政策层 city：参数 grassroots.serviceMonths.helth 不是已知的职称系列「helth」（参数族 grassroots.serviceMonths.<series>）',
      '政策层 city：参数 passRate.cap.health.top 不是已知的层级「top」（参数族 passRate.cap.<series>.<level>）',
      '政策层 city：参数 quota.academician.perAward 不是已知的业绩类型「academician」（参数族 quota.<kind>.perAward）',
    ]);
  });

  it('refuses a value of the wrong type, naming the layer, the key and the type it should have', () => {
    expect(
      problemsOf(
        { key: 'review.filingWorkdays', value: '20' },
        { key: 'expert.termYears', value: 2.5 },
        { key: 'vote.passShare', value: 1.5 },
        { key: 'review.sessionDeadline', value: '11-31' },
        { key: 'vote.secondRound', value: 'no' },
        { key: 'fraud.banYears', value: null },
        { key: 'passRate.cap.senior', value: '50%' },
      ),
    ).toEqual([
      '政策层 city：参数 review.filingWorkdays 的值 "20" 不是非负整数',
      '政策层 city：参数 expert.termYears 的值 2.5 不是非负整数',
      '政策层 city：参数 vote.passShare 的值 1.5 不是0至1之间的比例',
      '政策层 city：参数 review.sessionDeadline 的值 "11-31" 不是“月-日”（MM-DD）',
      '政策层 city：参数 vote.secondRound 的值 "no" 不是是/否（true 或 false）',
      '政策层 city：参数 fraud.banYears 的值不能为空（应为非负整数）',
      '政策层 city：参数 passRate.cap.senior 的值 "50%" 不是0至1之间的比例或空',
    ]);
  });

  it('refuses to start with any of them, listing every problem', () => {
    const layers = layersOf(nationalLayer(), withParameters({ key: 'vote.pasShare', value: 0.5 }));
    expect(() => assertParameterLayers(layers)).toThrow(
      '规则库的参数有误，拒绝启动：\n政策层 city：参数 vote.pasShare 未在参数登记表中，是否应为 vote.passShare',
    );
    expect(() => assertParameterLayers(layersOf(nationalLayer(), cityLayer()))).not.toThrow();
  });
});

describe('who provides the parameters', () => {
  it('requires the national layer to declare every key registered as national', () => {
    const national = nationalLayer((ps) => ps.filter((p) => p.key !== 'fraud.banYears'));
    expect(parameterLayerProblems(layersOf(national, cityLayer()))).toEqual([
      '国家层 national：未提供参数 fraud.banYears（登记为由国家层提供）',
    ]);
  });

  it('names the policy set and the day from which a repeal leaves a national key unresolved', () => {
    expect(
      parameterLayerProblems(layersOf(nationalLayer(), cityLayer({ repeals: ['vote.quorumShare'] }))),
    ).toEqual(['政策集 city：自 0001-01-01 起缺少参数 vote.quorumShare（被废止或不在有效期内）']);
  });

  it('checks every period of a set: a national value that lapses leaves the sets without it from that day', () => {
    const national = nationalLayer((ps) =>
      ps.map((p) => (p.key === 'expert.termYears' ? { ...p, effectiveUntil: '2020-01-01' } : p)),
    );
    expect(parameterLayerProblems(layersOf(national, cityLayer()))).toEqual([
      '政策集 national：自 2020-01-01 起缺少参数 expert.termYears（被废止或不在有效期内）',
      '政策集 city：自 2020-01-01 起缺少参数 expert.termYears（被废止或不在有效期内）',
    ]);
  });

  it('requires a key a condition names wherever that condition is in force', () => {
    expect(parameterLayerProblems(layersOf(nationalLayer(), ruleNaming(GRASSROOTS)))).toEqual([
      '政策集 city：规则 grassroots-service.health 引用的参数 grassroots.serviceMonths.health 自 0001-01-01 起没有取值',
    ]);
    const provided = ruleNaming(GRASSROOTS);
    provided.parameters = [{ key: 'grassroots.serviceMonths.health', value: 12, citation: cite('city') }];
    expect(parameterLayerProblems(layersOf(nationalLayer(), provided))).toEqual([]);
    // Provided only from 2024: before that the rule would read nothing.
    provided.parameters = [{ ...provided.parameters[0]!, effectiveFrom: '2024-01-01' }];
    expect(parameterLayerProblems(layersOf(nationalLayer(), provided))).toEqual([
      '政策集 city：规则 grassroots-service.health 引用的参数 grassroots.serviceMonths.health 自 0001-01-01 起没有取值',
    ]);
  });

  it('finds a named key inside any-of and all-of, and refuses one whose absence the registry allows', () => {
    const nested: ConditionSpec = {
      kind: 'any-of',
      alternatives: [{ kind: 'all-of', conditions: [GRASSROOTS] }],
    };
    expect(parameterLayerProblems(layersOf(nationalLayer(), ruleNaming(nested)))).toHaveLength(1);
    const optional = {
      kind: 'newly-recruited',
      monthsParam: 'publicity.candidateWorkdays',
    } as unknown as ConditionSpec;
    expect(parameterLayerProblems(layersOf(nationalLayer(), ruleNaming(optional)))).toEqual([
      '政策集 city：规则 grassroots-service.health 引用的参数 publicity.candidateWorkdays 须为必须提供的非负整数，登记表中不是',
    ]);
  });
});

describe('reading a parameter', () => {
  const layers = layersOf(
    nationalLayer(),
    withParameters(
      { key: 'review.sessionDeadline', value: '11-30' },
      { key: 'passRate.cap.senior', value: 0.5 },
    ),
  );
  const city = resolvePolicy(layers, 'city', '2023-06-01');

  it('gives the value in force with its citation, typed by the registry', () => {
    const deadline: string = parameterValue(city, 'review.sessionDeadline');
    expect(deadline).toBe('11-30');
    expect(parameterOf(city, 'review.sessionDeadline').citation).toEqual(cite('city'));
    expect(optionalParameter(city, 'passRate.cap.senior')?.value).toBe(0.5);
    expect(optionalParameter(city, 'passRate.cap.associate-senior')).toBeUndefined();
  });

  it('is an error naming the key and the policy set when the set lacks it, never a default', () => {
    const bare = resolvePolicy(layersOf(cityLayer({ extends: null })), 'city', '2023-06-01');
    expect(() => parameterValue(bare, 'review.sessionDeadline')).toThrow(
      '规则库缺少参数 review.sessionDeadline（政策集 city）',
    );
    expect(() => ruleParameterValue(bare, 'specialty.longPracticeYears')).toThrow(
      '规则库缺少参数 specialty.longPracticeYears（政策集 city）',
    );
  });
});
