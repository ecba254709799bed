import type { PathwayVariant, PolicyLayer } from '../../domain/policy/rule-base';
import { CE_ORDER, HEALTH_REFORM, ORDER_40, SUPERVISION_2024, TEACHER_REFORM } from './national-citations';
import { NATIONAL_POST_PARAMETERS } from './national-posts';
import { NATIONAL_STANDARDS } from './national-standards';

/** The ordinary way in: the basic standard in full, no further condition; a province may add to it. */
export const REGULAR_PATHWAY = {
  id: 'regular',
  pathway: 'regular',
  name: '正常申报',
  citation: { document: 'national', clause: '评价基本标准' },
  standard: 'full',
  conditions: [],
} as const satisfies PathwayVariant;

/**
 * National rules (人社部令第40号 职称评审管理暂行规定 and others, DOMAIN §11). Every value is
 * a parameter or rule with its citation, so a province or city can override it.
 */
export const NATIONAL: PolicyLayer = {
  id: 'national',
  name: '国家职称评审规定',
  extends: null,
  status: 'in-force',
  parameters: [
    { key: 'ce.hoursPerYear', value: 90, citation: CE_ORDER },
    { key: 'ce.professionalShare', value: 2 / 3, citation: CE_ORDER },
    {
      key: 'ce.requiredFromYear',
      value: null,
      citation: CE_ORDER,
      note: '国家层面继续教育学时不作为申报的必备条件，由各地规定',
    },
    { key: 'socialInsurance.minMonths', value: null, citation: ORDER_40, note: '国家未规定社保缴纳期限' },
    // The grassroots service that senior 卫生 and 中小学教师 titles need, where a local text
    // says only "基层服务的有关条件" (anshan 四, liaoyang 六, 2025 #7).
    {
      key: 'grassroots.serviceMonths.health',
      value: 12,
      citation: HEALTH_REFORM,
      note: '执业医师晋升副高级职称，应当有累计一年以上在县级以下或者对口支援的医疗卫生机构提供医疗卫生服务的经历（医师法第47条）',
    },
    {
      key: 'grassroots.serviceMonths.primary-secondary-teacher',
      value: 12,
      citation: TEACHER_REFORM,
      note: '城镇中小学教师申报高级教师职称，应有1年以上在农村学校或薄弱学校任教经历',
    },
    // 中小学教师职称评审与岗位聘用相结合：在核定的岗位结构比例内评审（评聘结合）.
    {
      key: 'appointment.combined.primary-secondary-teacher',
      value: true,
      citation: TEACHER_REFORM,
      note: '中小学教师实行评聘结合，在岗位结构比例内开展评审，不适用“评聘分开”系列的通过率上限',
    },
    {
      key: 'fraud.banYears',
      value: 3,
      citation: SUPERVISION_2024,
    },
    {
      key: 'publicity.unitWorkdays',
      value: 5,
      citation: { document: 'national', clause: '人社部令第40号 第15条' },
    },
    {
      key: 'publicity.resultWorkdays',
      value: 5,
      citation: { document: 'national', clause: '人社部令第40号 第26条' },
    },
    { key: 'vote.passShare', value: 2 / 3, citation: ORDER_40 },
    // Review (DOMAIN §6, §11): committee and pool rules of 职称评审管理暂行规定.
    {
      key: 'vote.quorumShare',
      value: 2 / 3,
      citation: ORDER_40,
      note: '出席评审会议的专家人数不少于评委会人数的三分之二',
    },
    { key: 'committee.approvalYears', value: 3, citation: ORDER_40, note: '评委会核准备案有效期不超过3年' },
    { key: 'expert.termYears', value: 3, citation: ORDER_40, note: '评审专家每届任期不超过3年' },
    {
      key: 'committee.seniorMinBySeries',
      value: 25,
      citation: ORDER_40,
      note: '按系列组建的高级评委会评审专家不少于25人',
    },
    {
      key: 'committee.seniorMinBySpecialty',
      value: 11,
      citation: ORDER_40,
      note: '按专业组建的高级评委会评审专家不少于11人',
    },
    {
      key: 'recusal.lookBackYears',
      value: 3,
      citation: { document: 'national', clause: '人社部令第40号 第25条' },
      note: '第25条规定评审专家回避；“曾在同一单位”回溯的年数国家未规定，为系统默认值，可配置',
    },
    {
      key: 'panel.alternatesPerSeat',
      value: 1,
      citation: ORDER_40,
      note: '每个席位抽取的候补专家人数，国家未规定，为系统默认值，可配置',
    },
    // The next four are stated by the Liaoning city documents (their layers cite them); nationally
    // they are defaults so that every jurisdiction has a value until its own policy sets one.
    {
      key: 'review.filingWorkdays',
      value: 20,
      citation: ORDER_40,
      note: '评审结果报人社部门备案；20个工作日的时限为系统默认值（辽宁各市文件明确规定）',
    },
    {
      key: 'review.sessionDeadline',
      value: '12-31',
      citation: ORDER_40,
      note: '评审应在申报年度内完成；各地可规定更早的截止日期（如辽宁各市“11月底前”）',
    },
    {
      key: 'pool.changeDeadline',
      value: '06-30',
      citation: ORDER_40,
      note: '调整专家库的截止日期为系统默认值（辽宁各市文件规定6月30日前完成）',
    },
    {
      key: 'selfReview.applicationDeadline',
      value: '06-30',
      citation: ORDER_40,
      note: '新申请自主评审且当年开展评审的材料截止日期为系统默认值（辽宁各市文件规定6月30日）',
    },
    ...NATIONAL_POST_PARAMETERS,
  ],
  general: [
    {
      id: 'not-retired',
      citation: { document: 'national', clause: '国家关于退休人员不得申报参加职称评审的规定' },
      condition: { kind: 'not-retired' },
    },
    {
      id: 'not-banned',
      citation: SUPERVISION_2024,
      condition: { kind: 'not-banned' },
    },
    { id: 'has-employer', citation: ORDER_40, condition: { kind: 'has-employer' } },
    {
      id: 'residence',
      citation: ORDER_40,
      condition: { kind: 'residence', allowed: ['mainland', 'hk', 'mo', 'tw'] },
    },
    { id: 'continuing-education', citation: CE_ORDER, condition: { kind: 'continuing-education' } },
  ],
  pathways: [REGULAR_PATHWAY],
  standards: NATIONAL_STANDARDS,
};
