import type { PolicyLayer } from '../../domain/policy/rule-base';
import { cityProvisions } from './liaoning-city-provisions';

const provisions = cityProvisions('anshan-2023', {
  directRecognition: '一',
  engineerTeam: '二',
  postdoc: '二',
  throughTrain: '三',
  grassroots: '四',
  oneStep: '五',
  education: '七',
  unitApplication: '九',
  passRate: '九',
});

/** 鞍山市 关于2023年职称工作的意见 (seeds/000). */
export const ANSHAN_2023: PolicyLayer = {
  id: 'anshan-2023',
  name: '鞍山市关于2023年职称工作的意见',
  extends: 'liaoning',
  status: 'in-force',
  effectiveFrom: '2023-01-01',
  effectiveUntil: '2024-01-01',
  ...provisions,
  parameters: [
    ...provisions.parameters,
    { key: 'publicity.unitWorkdays', value: 5, citation: { document: 'anshan-2023', clause: '九' } },
  ],
};
