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
  jurisdictions: ['210300'],
  ...provisions,
  parameters: [
    ...provisions.parameters,
    { key: 'publicity.unitWorkdays', value: 5, citation: { document: 'anshan-2023', clause: '九' } },
  ],
  // §六: "2023 年，通信工程、知识产权、科技成果转化高级职称，……新兴专业高中初级职称，继续由省级评委会组织评审"。
  routing: [
    {
      id: 'routing.provincial-senior',
      citation: { document: 'anshan-2023', clause: '六' },
      tier: 'provincial',
      specialties: ['通信工程', '知识产权', '科技成果转化'],
      levels: ['senior', 'associate-senior'],
    },
    {
      id: 'routing.provincial-emerging',
      citation: { document: 'anshan-2023', clause: '六' },
      tier: 'provincial',
      specialties: [
        '无人机科学与工程',
        '快递工程',
        '技术经纪',
        '安防工程',
        '工业设计',
        '管理科学与工程',
        '机器人科学与工程',
        '数据科学与工程',
      ],
    },
  ],
};
