import type { PoolExpert } from '../../src/domain/review/pool-snapshot';
import type { DrawApplicant } from '../../src/domain/review/recusal';

/**
 * Builders for the review domain's tests: each test states only what matters to it.
 * Pure and tiny, beside the service-level factories.
 */
export function expert(id: string, overrides: Partial<PoolExpert> = {}): PoolExpert {
  return {
    id,
    name: `专家${id}`,
    group: '机械',
    level: 'senior',
    unitId: `U-${id}`,
    unitHistory: [],
    regionCode: '210300',
    privateSector: false,
    relations: [],
    ...overrides,
  };
}

export function applicant(applicationId: string, overrides: Partial<DrawApplicant> = {}): DrawApplicant {
  return {
    applicationId,
    personId: `P-${applicationId}`,
    group: '机械',
    units: [{ unitId: `A-${applicationId}`, from: '2015-07-01', to: null }],
    materialsText: '主持完成省级科技项目，获得发明专利授权。',
    ...overrides,
  };
}
