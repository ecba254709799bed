import type { PolicyLayer } from '../../domain/policy/rule-base';
import { cityProvisions } from './liaoning-city-provisions';

const at = (clause: string) => ({ document: 'liaoyang-2023', clause });

const provisions = cityProvisions('liaoyang-2023', {
  directRecognition: '一',
  engineerTeam: '二',
  enterpriseLead: '二',
  postdoc: '二',
  flexibleTalentGreenChannel: '三',
  skillsBridge: '四',
  highSkillGreenChannel: '四',
  throughTrain: '五',
  grassrootsService: '六',
  grassrootsRelief: '六',
  researchTeamGreenChannel: '七',
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
  parameters: [
    ...provisions.parameters,
    { key: 'publicity.unitWorkdays', value: 5, citation: at('十一') },
    // 十: 新申请且当年计划开展评审的，提交申报材料截止日期为6月30日.
    { key: 'selfReview.applicationDeadline', value: '06-30', citation: at('十') },
    // 十一: 调整专家库应在6月30日前完成；年度例会一般应于11月底前完成，原则上不允许跨年度开展评审；
    // 评审结束20个工作日内报送备案；严禁多轮投票表决.
    { key: 'pool.changeDeadline', value: '06-30', citation: at('十一') },
    { key: 'review.sessionDeadline', value: '11-30', citation: at('十一') },
    { key: 'review.filingWorkdays', value: 20, citation: at('十一') },
    { key: 'vote.secondRound', value: false, citation: at('十一'), note: '严禁多轮投票表决' },
    {
      key: 'posts.appointBeforeTitle',
      value: true,
      citation: at('七'),
      note: '引进的海外专家、科研团队，用人单位要及时组织聘任，无相应职称的实行先聘后评',
    },
  ],
  pathways: provisions.pathways,
};
