import { artLine } from './art-lines';
import { JUNIOR_AND_INTERMEDIATE, type SeriesDefinition } from './series-definition';
import { LECTURER_TITLES, PRACTICE_INSTRUCTOR_LINE } from './shared-title-lines';

/** Series 14–27 of the national list (体育 … 审计). */
export const SERIES_14_TO_27: readonly SeriesDefinition[] = [
  {
    code: '14',
    slug: 'sports',
    name: '体育专业人员',
    shortName: '体育',
    examLevels: [],
    lines: [
      {
        key: 'coach',
        name: '教练员',
        titles: {
          senior: '国家级教练',
          'associate-senior': '高级教练',
          intermediate: '中级教练',
          assistant: '初级教练',
        },
      },
      {
        key: 'sports-protection',
        name: '运动防护师',
        titles: {
          senior: '正高级运动防护师',
          'associate-senior': '高级运动防护师',
          intermediate: '中级运动防护师',
          assistant: '初级运动防护师',
        },
      },
    ],
  },
  {
    code: '15',
    slug: 'translation',
    name: '翻译专业人员',
    shortName: '翻译',
    // 二级、三级翻译 are obtained through the national CATTI exam, but DOMAIN §3 does not list
    // 翻译 among the 以考代评 series, so it is not flagged here (open question for the lead).
    examLevels: [],
    lines: [
      {
        key: 'translator',
        name: '翻译',
        titles: {
          senior: '译审',
          'associate-senior': '一级翻译',
          intermediate: '二级翻译',
          assistant: '三级翻译',
        },
      },
    ],
  },
  {
    code: '16',
    slug: 'broadcasting',
    name: '播音主持专业人员',
    shortName: '播音主持',
    examLevels: [],
    lines: [
      {
        // Names per 播音主持专业人员职称评价基本标准 (2021 reform), whose lowest level is 二级.
        key: 'announcer',
        name: '播音主持',
        titles: {
          senior: '播音指导',
          'associate-senior': '主任播音员主持人',
          intermediate: '一级播音员主持人',
          assistant: '二级播音员主持人',
        },
      },
    ],
  },
  {
    code: '17',
    slug: 'accounting',
    name: '会计专业人员',
    shortName: '会计',
    examLevels: JUNIOR_AND_INTERMEDIATE,
    lines: [
      {
        key: 'accountant',
        name: '会计',
        titles: {
          senior: '正高级会计师',
          'associate-senior': '高级会计师',
          intermediate: '会计师',
          assistant: '助理会计师',
        },
      },
    ],
  },
  {
    code: '18',
    slug: 'statistics',
    name: '统计专业人员',
    shortName: '统计',
    examLevels: JUNIOR_AND_INTERMEDIATE,
    lines: [
      {
        key: 'statistician',
        name: '统计',
        titles: {
          senior: '正高级统计师',
          'associate-senior': '高级统计师',
          intermediate: '统计师',
          assistant: '助理统计师',
        },
      },
    ],
  },
  {
    code: '19',
    slug: 'economics',
    name: '经济专业人员',
    shortName: '经济',
    examLevels: JUNIOR_AND_INTERMEDIATE,
    lines: [
      {
        key: 'economist',
        name: '经济',
        titles: {
          senior: '正高级经济师',
          'associate-senior': '高级经济师',
          intermediate: '经济师',
          assistant: '助理经济师',
        },
      },
    ],
  },
  {
    code: '20',
    slug: 'laboratory',
    name: '实验技术人才',
    shortName: '实验技术',
    examLevels: [],
    lines: [
      {
        key: 'experimentalist',
        name: '实验技术',
        titles: {
          senior: '正高级实验师',
          'associate-senior': '高级实验师',
          intermediate: '实验师',
          assistant: '助理实验师',
          entry: '实验员',
        },
      },
    ],
  },
  {
    code: '21',
    slug: 'secondary-vocational-teacher',
    name: '中等职业学校教师',
    shortName: '中等职业学校教师',
    examLevels: [],
    lines: [
      {
        // 文化课 and 专业课 teachers share these names.
        key: 'lecturer',
        name: '文化课、专业课教师',
        titles: LECTURER_TITLES,
      },
      PRACTICE_INSTRUCTOR_LINE,
    ],
  },
  {
    code: '22',
    slug: 'primary-secondary-teacher',
    name: '中小学教师',
    shortName: '中小学教师',
    examLevels: [],
    lines: [
      {
        key: 'teacher',
        name: '中小学教师',
        titles: {
          senior: '正高级教师',
          'associate-senior': '高级教师',
          intermediate: '一级教师',
          assistant: '二级教师',
          entry: '三级教师',
        },
      },
    ],
  },
  {
    code: '23',
    slug: 'art',
    name: '艺术专业人员',
    shortName: '艺术',
    examLevels: [],
    // 人社部发〔2020〕68号: every specialty is graded 四级/三级/二级/一级 = 初级/中级/副高级/正高级,
    // named 级别 + 专业. The specialties below are those named in public reports of the reform;
    // the full specialty list is not confirmed.
    lines: [
      artLine('actor', '演员'),
      artLine('instrumentalist', '演奏员'),
      artLine('playwright', '编剧'),
      artLine('director', '导演（编导）'),
      artLine('conductor', '指挥'),
      artLine('composer', '作曲'),
      artLine('literary-writer', '文学创作'),
      artLine('fine-artist', '美术师'),
      artLine('stage-designer', '舞美设计师'),
      artLine('stage-technician', '舞台技术'),
      artLine('sound-engineer', '录音师'),
      artLine('film-editor', '剪辑师'),
    ],
  },
  {
    code: '24',
    slug: 'public-legal-services',
    name: '公共法律服务专业人员',
    shortName: '公共法律服务',
    examLevels: [],
    lines: [
      {
        key: 'notary',
        name: '公证员',
        titles: {
          senior: '一级公证员',
          'associate-senior': '二级公证员',
          intermediate: '三级公证员',
          assistant: '四级公证员',
        },
      },
      {
        key: 'forensic-appraiser',
        name: '司法鉴定人',
        titles: {
          senior: '正高级司法鉴定人',
          'associate-senior': '副高级司法鉴定人',
          intermediate: '中级司法鉴定人',
          assistant: '初级司法鉴定人',
        },
      },
    ],
  },
  {
    code: '25',
    slug: 'ship',
    name: '船舶专业技术人员',
    shortName: '船舶',
    examLevels: [],
    // UNCONFIRMED: GB/T 8561 names for the 驾驶 and 轮机 lines (no 正高级); the 电子电气、引航
    // lines were not encoded because their current names could not be checked.
    lines: [
      {
        key: 'deck',
        name: '驾驶',
        titles: {
          'associate-senior': '高级船长',
          intermediate: '船长（大副）',
          assistant: '二副',
          entry: '三副',
        },
      },
      {
        key: 'engine',
        name: '轮机',
        titles: {
          'associate-senior': '高级轮机长',
          intermediate: '轮机长（大管轮）',
          assistant: '二管轮',
          entry: '三管轮',
        },
      },
    ],
  },
  {
    code: '26',
    slug: 'civil-aviation-flight',
    name: '民用航空飞行技术人员',
    shortName: '民用航空飞行技术',
    examLevels: [],
    // UNCONFIRMED: after the reform 领航、通信、机械 are no longer separate; the grading
    // 一级…四级飞行员 = 正高级…助理级 follows the pattern of the other reformed series.
    lines: [
      {
        key: 'pilot',
        name: '飞行员',
        titles: {
          senior: '一级飞行员',
          'associate-senior': '二级飞行员',
          intermediate: '三级飞行员',
          assistant: '四级飞行员',
        },
      },
    ],
  },
  {
    code: '27',
    slug: 'audit',
    name: '审计专业人员',
    shortName: '审计',
    examLevels: JUNIOR_AND_INTERMEDIATE,
    lines: [
      {
        key: 'auditor',
        name: '审计',
        titles: {
          senior: '正高级审计师',
          'associate-senior': '高级审计师',
          intermediate: '审计师',
          assistant: '助理审计师',
        },
      },
    ],
  },
];
