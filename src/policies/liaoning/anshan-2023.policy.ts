import type { PolicyLayer } from '../../domain/policy/rule-base';
import { cityProvisions } from './liaoning-city-provisions';

const provisions = cityProvisions('anshan-2023', {
  directRecognition: '一',
  engineerTeam: '二',
  postdoc: '二',
  throughTrain: '三',
  grassrootsService: '四',
  grassrootsRelief: '四',
  researchTeamGreenChannel: '五',
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
    // 八: 新申请且当年计划开展评审的，提交申报材料截止日期为6月30日.
    {
      key: 'selfReview.applicationDeadline',
      value: '06-30',
      citation: { document: 'anshan-2023', clause: '八' },
    },
    // 九: 各评委会调整专家库应在6月30日前完成；年度例会一般应于11月底前完成，原则上不允许跨年度开展评审；
    // 评审结束20个工作日内报送人社部门备案；严禁多轮投票表决.
    { key: 'pool.changeDeadline', value: '06-30', citation: { document: 'anshan-2023', clause: '九' } },
    { key: 'review.sessionDeadline', value: '11-30', citation: { document: 'anshan-2023', clause: '九' } },
    { key: 'review.filingWorkdays', value: 20, citation: { document: 'anshan-2023', clause: '九' } },
    {
      key: 'vote.secondRound',
      value: false,
      citation: { document: 'anshan-2023', clause: '九' },
      note: '严禁多轮投票表决',
    },
    // 十一: 专业技术岗位没有空余数额可向高级岗位借用空余岗位或使用“退二晋一”政策，“双肩挑”岗位人员不适用
    // “退二晋一”政策；取消专业技术人员距规定退休时间不足半年不能晋升政策.
    { key: 'posts.borrow.higherVacancy', value: true, citation: { document: 'anshan-2023', clause: '十一' } },
    {
      key: 'posts.overQuota.departuresPerAppointment',
      value: 2,
      citation: { document: 'anshan-2023', clause: '十一' },
      note: '“退二晋一”：每减员2人可聘用1人；“双肩挑”岗位人员不适用',
    },
    {
      key: 'posts.promotion.retirementBlockMonths',
      value: null,
      citation: { document: 'anshan-2023', clause: '十一' },
      note: '取消专业技术人员距规定退休时间不足半年不能晋升政策',
    },
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
