import { NATIONAL_STRUCTURE_RATIOS, type RegionTier } from '../catalogue';
import { resolvePolicy } from '../policy/resolve-policy';
import type { Parameter, PolicyLayer } from '../policy/rule-base';
import { type PostRules, postRulesOf } from './post-rules';

/**
 * Post rules read through the real reader from a small rule base made for a test: a national
 * layer with the national frame and one layer (named like a seed set, so its clauses bind)
 * with the parameters the test states. Domain tests may not import src/policies; the tests
 * in src/policies read the shipped sets the same way.
 */
export function postRulesFor(
  setId: string,
  parameters: readonly { key: string; value: Parameter['value'] }[] = [],
  options: { tier?: RegionTier; status?: PolicyLayer['status']; whatIf?: boolean } = {},
): PostRules {
  const national: PolicyLayer = {
    id: 'national',
    name: '国家',
    extends: null,
    status: 'in-force',
    parameters: [
      {
        key: 'posts.mainCategoryMinShare',
        value: 0.7,
        citation: { document: 'national', clause: '国人部发〔2006〕70号' },
      },
      ...NATIONAL_STRUCTURE_RATIOS.map((r) => ({
        key: `posts.ratio.${r.key}`,
        value: r.ratio.join(':'),
        citation: r.citation,
      })),
    ],
  };
  const own: PolicyLayer = {
    id: setId,
    name: `${setId} 测试政策集`,
    extends: 'national',
    status: options.status ?? 'in-force',
    parameters: parameters.map((p) => ({ ...p, citation: { document: setId, clause: '十一' } })),
  };
  const layers = new Map(
    setId === 'national'
      ? [['national', national]]
      : [
          ['national', national],
          [setId, own],
        ],
  );
  return postRulesOf(resolvePolicy(layers, setId, '2024-06-01'), options.tier ?? 'city', {
    whatIf: options.whatIf,
  });
}
