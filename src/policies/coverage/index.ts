import type { SetCoverage } from '../../domain/policy/coverage';
import { ANSHAN_2023_COVERAGE } from './anshan-2023.coverage';
import { JILIN_2022_COVERAGE } from './jilin-2022.coverage';
import { LIAONING_CITY_2025_DRAFT_COVERAGE } from './liaoning-city-2025-draft.coverage';
import { LIAOYANG_2023_COVERAGE } from './liaoyang-2023.coverage';

/** The clause coverage map of each seed document, by policy-set id; 'national' has no seed document. */
export const SEED_COVERAGE: ReadonlyMap<string, SetCoverage> = new Map(
  [ANSHAN_2023_COVERAGE, LIAOYANG_2023_COVERAGE, LIAONING_CITY_2025_DRAFT_COVERAGE, JILIN_2022_COVERAGE].map(
    (c) => [c.policy, c],
  ),
);

/** The policy sets that have a seed document, in the order of seeds/README.md. */
export const COVERAGE_SETS = [...SEED_COVERAGE.keys()];
