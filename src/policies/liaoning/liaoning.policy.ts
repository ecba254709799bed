import type { PolicyLayer } from '../../domain/policy/rule-base';

/**
 * The Liaoning provincial layer. The seed documents are city documents; where they are
 * silent "按现行国家和我省职称工作的相关政策执行", i.e. national rules apply through this layer.
 */
export const LIAONING: PolicyLayer = {
  id: 'liaoning',
  name: '辽宁省',
  extends: 'national',
  status: 'in-force',
  jurisdictions: ['210000'],
};
