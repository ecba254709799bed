import type { PolicyLayer } from '../domain/policy/rule-base';
import { JILIN } from './jilin/jilin.policy';
import { JILIN_2022 } from './jilin/jilin-2022.policy';
import { ANSHAN_2023 } from './liaoning/anshan-2023.policy';
import { LIAONING } from './liaoning/liaoning.policy';
import { LIAONING_CITY_2025_DRAFT } from './liaoning/liaoning-city-2025-draft.policy';
import { LIAOYANG_2023 } from './liaoning/liaoyang-2023.policy';
import { NATIONAL } from './national/national.policy';

/** Every layer of the rule base by id. */
export const POLICY_LAYERS: ReadonlyMap<string, PolicyLayer> = new Map(
  [NATIONAL, LIAONING, JILIN, ANSHAN_2023, LIAOYANG_2023, LIAONING_CITY_2025_DRAFT, JILIN_2022].map((l) => [
    l.id,
    l,
  ]),
);

/** The policy sets a request may name (CONTRACTS §1); provincial layers are building blocks. */
export const POLICY_SETS = [
  'national',
  'anshan-2023',
  'liaoyang-2023',
  'liaoning-city-2025-draft',
  'jilin-2022',
] as const;
