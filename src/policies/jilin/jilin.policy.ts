import type { PolicyLayer } from '../../domain/policy/rule-base';

/** The Jilin provincial layer; jilin-2022 is the province's own yearly document. */
export const JILIN: PolicyLayer = {
  id: 'jilin',
  name: '吉林省',
  extends: 'national',
  status: 'in-force',
  jurisdictions: ['220000'],
};
