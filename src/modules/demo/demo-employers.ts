import type { OrganisationSpec } from './demo-types';

/** One kind of staff an employer has: a series, its specialties, and its share of the head-count. */
export interface StaffGroup {
  series: string;
  /** Drawn uniformly; a specialty listed twice is twice as common. */
  specialties: readonly string[];
  weight: number;
}

/** An employer with the make-up of its professional staff. */
export interface EmployerSpec extends OrganisationSpec {
  kind: 'employer';
  headcount: number;
  staff: readonly StaffGroup[];
}

// Staff mixes reused by several employers. Accountants and HR economists work everywhere,
// a little more in enterprises, where 经济 titles matter for management posts.
const ACCOUNTING: StaffGroup = { series: 'accounting', specialties: ['会计'], weight: 5 };
const ECONOMICS: StaffGroup = { series: 'economics', specialties: ['人力资源管理', '工商管理'], weight: 4 };
const ENTERPRISE_ECONOMICS: StaffGroup = {
  series: 'economics',
  specialties: ['人力资源管理', '工商管理', '财政税收', '建筑与房地产经济'],
  weight: 7,
};

const HOSPITAL: readonly StaffGroup[] = [
  { series: 'health', specialties: ['内科', '外科', '儿科', '妇产科', '急诊医学', '医学影像'], weight: 45 },
  { series: 'health', specialties: ['护理'], weight: 36 },
  { series: 'health', specialties: ['药学'], weight: 7 },
  { series: 'health', specialties: ['医学检验'], weight: 6 },
  { ...ACCOUNTING, weight: 4 },
  { ...ECONOMICS, specialties: ['人力资源管理'], weight: 2 },
];

const TOWNSHIP_HEALTH_CENTRE: readonly StaffGroup[] = [
  { series: 'health', specialties: ['全科医学', '中医内科'], weight: 50 },
  { series: 'health', specialties: ['护理'], weight: 30 },
  { series: 'health', specialties: ['药学', '医学检验'], weight: 12 },
  { ...ACCOUNTING, weight: 8 },
];

const PRIMARY_SCHOOL: readonly StaffGroup[] = [
  {
    series: 'primary-secondary-teacher',
    specialties: ['语文', '语文', '数学', '数学', '英语', '科学', '体育', '音乐', '美术', '道德与法治'],
    weight: 95,
  },
  ACCOUNTING,
];

const MIDDLE_SCHOOL: readonly StaffGroup[] = [
  {
    series: 'primary-secondary-teacher',
    specialties: ['语文', '数学', '英语', '物理', '化学', '生物', '历史', '地理', '道德与法治', '体育'],
    weight: 95,
  },
  ACCOUNTING,
];

const AGRICULTURAL_STATION: readonly StaffGroup[] = [
  {
    series: 'agriculture',
    specialties: ['农学', '农学', '植物保护', '土壤肥料', '畜牧', '兽医'],
    weight: 90,
  },
  { ...ACCOUNTING, weight: 10 },
];

function engineeringFirm(specialties: readonly string[]): readonly StaffGroup[] {
  return [
    { series: 'engineering', specialties, weight: 84 },
    { ...ACCOUNTING, weight: 8 },
    ENTERPRISE_ECONOMICS,
  ];
}

function employer(
  key: string,
  name: string,
  employerKind: NonNullable<OrganisationSpec['employerKind']>,
  jurisdictionCode: string,
  headcount: number,
  staff: readonly StaffGroup[],
): EmployerSpec {
  return { key, name, kind: 'employer', employerKind, jurisdictionCode, headcount, staff };
}

/** The employers, grouped by city; head-counts add up to 300. */
export const EMPLOYERS: readonly EmployerSpec[] = [
  // 鞍山市
  employer(
    'as-hengxin-telecom',
    '鞍山恒信通信工程有限公司',
    'private-enterprise',
    '210302',
    12,
    engineeringFirm(['通信工程', '通信工程', '通信工程', '电子信息工程', '计算机应用技术']),
  ),
  employer(
    'as-gangcheng-metallurgy',
    '鞍山钢城冶金工程技术有限公司',
    'state-enterprise',
    '210303',
    20,
    engineeringFirm(['冶金工程', '冶金工程', '机械工程', '电气工程', '通信工程', '土木工程']),
  ),
  employer(
    'as-municipal-design',
    '鞍山市市政工程设计研究院',
    'public-institution',
    '210302',
    12,
    engineeringFirm(['土木工程', '道路与桥梁工程', '给排水工程', '电气工程']),
  ),
  employer(
    'as-tiedong-central-hospital',
    '鞍山市铁东区中心医院',
    'public-institution',
    '210302',
    20,
    HOSPITAL,
  ),
  employer(
    'as-tiedong-no2-primary',
    '鞍山市铁东区第二实验小学',
    'public-institution',
    '210302',
    12,
    PRIMARY_SCHOOL,
  ),
  employer(
    'as-lishan-yucai-middle',
    '鞍山市立山区育才中学',
    'public-institution',
    '210304',
    12,
    MIDDLE_SCHOOL,
  ),
  employer('as-taian-no3-middle', '台安县第三初级中学', 'public-institution', '210321', 8, MIDDLE_SCHOOL),
  employer(
    'as-xiuyan-agri-station',
    '岫岩满族自治县农业技术推广站',
    'public-institution',
    '210323',
    8,
    AGRICULTURAL_STATION,
  ),
  employer(
    'as-zhilian-software',
    '鞍山智联软件科技有限公司',
    'private-enterprise',
    '210311',
    10,
    engineeringFirm(['计算机应用技术', '计算机应用技术', '软件工程', '电子信息工程']),
  ),
  employer(
    'as-haicheng-dongsi-health-centre',
    '海城市东四镇中心卫生院',
    'public-institution',
    '210381',
    8,
    TOWNSHIP_HEALTH_CENTRE,
  ),
  // 辽阳市
  employer(
    'ly-baita-xinhua-primary',
    '辽阳市白塔区新华路小学',
    'public-institution',
    '211002',
    10,
    PRIMARY_SCHOOL,
  ),
  employer(
    'ly-hongwei-no1-middle',
    '辽阳市宏伟区第一中学',
    'public-institution',
    '211004',
    10,
    MIDDLE_SCHOOL,
  ),
  employer(
    'ly-liaohe-petrochem-eng',
    '辽阳辽河石化工程设计有限公司',
    'state-enterprise',
    '211011',
    14,
    engineeringFirm(['化工工艺', '化工工艺', '机械工程', '电气工程', '安全工程', '自动化控制']),
  ),
  employer(
    'ly-taizihe-central-hospital',
    '辽阳市太子河区中心医院',
    'public-institution',
    '211011',
    14,
    HOSPITAL,
  ),
  employer(
    'ly-dengta-agri-centre',
    '灯塔市农业技术推广中心',
    'public-institution',
    '211081',
    8,
    AGRICULTURAL_STATION,
  ),
  // 沈阳市
  employer('sy-liaohe-institute-of-technology', '沈阳辽河理工学院', 'public-institution', '210112', 20, [
    {
      series: 'higher-education-teacher',
      specialties: [
        '计算机科学与技术',
        '机械工程',
        '土木工程',
        '数学',
        '马克思主义理论',
        '外国语言文学',
        '材料科学与工程',
        '电气工程',
      ],
      weight: 84,
    },
    { series: 'laboratory', specialties: ['机械工程', '化学'], weight: 6 },
    { ...ACCOUNTING, weight: 6 },
    { ...ECONOMICS, weight: 4 },
  ]),
  employer('sy-advanced-materials-institute', '沈阳先进材料研究所', 'public-institution', '210112', 12, [
    {
      series: 'natural-science-research',
      specialties: ['材料科学', '金属材料', '分析化学', '环境科学', '冶金物理化学'],
      weight: 85,
    },
    { ...ACCOUNTING, weight: 8 },
    { ...ECONOMICS, weight: 7 },
  ]),
  employer(
    'sy-huanggu-qiming-primary',
    '沈阳市皇姑区启明小学',
    'public-institution',
    '210105',
    10,
    PRIMARY_SCHOOL,
  ),
  // 长春市
  employer(
    'cc-kuancheng-central-hospital',
    '长春市宽城区中心医院',
    'public-institution',
    '220103',
    16,
    HOSPITAL,
  ),
  employer(
    'cc-chaoyang-mingde-middle',
    '长春市朝阳区明德中学',
    'public-institution',
    '220104',
    10,
    MIDDLE_SCHOOL,
  ),
  employer(
    'cc-guanghua-auto-engineering',
    '长春光华汽车工程技术有限公司',
    'private-enterprise',
    '220106',
    12,
    engineeringFirm(['车辆工程', '车辆工程', '机械工程', '机械工程', '电气工程']),
  ),
  employer(
    'cc-jiutai-agri-station',
    '长春市九台区农业技术推广站',
    'public-institution',
    '220113',
    8,
    AGRICULTURAL_STATION,
  ),
  // 吉林市
  employer(
    'jl-chuanying-central-hospital',
    '吉林市船营区中心医院',
    'public-institution',
    '220204',
    14,
    HOSPITAL,
  ),
  employer(
    'jl-chemical-design-institute',
    '吉林市化工设计研究院有限公司',
    'state-enterprise',
    '220203',
    12,
    engineeringFirm(['化工工艺', '化工工艺', '机械工程', '电气工程', '环境工程']),
  ),
  employer(
    'jl-changyi-yuying-primary',
    '吉林市昌邑区育英小学',
    'public-institution',
    '220202',
    8,
    PRIMARY_SCHOOL,
  ),
];
