import type { PolicyLayer } from '../../domain/policy/rule-base';
import { cityProvisions } from './liaoning-city-provisions';

const at = (clause: string) => ({ document: 'liaoyang-2023', clause });

const provisions = cityProvisions('liaoyang-2023', {
  directRecognition: '一',
  engineerTeam: '二',
  postdoc: '二',
  throughTrain: '五',
  grassroots: '六',
  oneStep: '七',
  education: '九',
  unitApplication: '十一',
  passRate: '十一',
});

/** 辽阳市 关于做好2023年全市职称工作安排意见的通知, 2023-04-21 (seeds/001). */
export const LIAOYANG_2023: PolicyLayer = {
  id: 'liaoyang-2023',
  name: '辽阳市关于做好2023年全市职称工作安排意见的通知',
  extends: 'liaoning',
  status: 'in-force',
  effectiveFrom: '2023-01-01',
  effectiveUntil: '2024-01-01',
  jurisdictions: ['211000'],
  general: provisions.general,
  parameters: [...provisions.parameters, { key: 'publicity.unitWorkdays', value: 5, citation: at('十一') }],
  pathways: [
    ...provisions.pathways,
    {
      // 国家重点实验室、科技领军企业等可推荐本单位技术负责人直接评定相应级别职称.
      id: 'recommendation.enterprise-lead',
      pathway: 'recommendation',
      name: '国家级平台、领军企业推荐技术负责人直接评定',
      citation: at('二'),
      standard: 'none',
      conditions: [
        {
          id: 'recommendation.enterprise-lead',
          citation: at('二'),
          condition: { kind: 'achievement', anyOf: ['enterprise-lead-recommendation'] },
        },
      ],
    },
  ],
};
