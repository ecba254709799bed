import { artLine } from './art-lines';
import type { Level } from './levels';

/**
 * One ladder of title names inside a series (e.g. 卫生技术's 医、药、护、技 lines, or 新闻's
 * 记者 and 编辑). A level the line does not have is simply absent.
 */
export interface TitleLineDefinition {
  /** Stable English key, unique within the series. */
  key: string;
  /** Chinese name of the line, e.g. '护理'. */
  name: string;
  titles: Partial<Record<Level, string>>;
  /**
   * Levels of this line obtained by exam, when they differ from the series' own
   * `examLevels` (used for 计算机技术与软件, which is by exam at every level).
   */
  examLevels?: readonly Level[];
}

export interface SeriesDefinition {
  /** 2-digit series code. */
  code: string;
  /** Stable English slug used in the API (CONTRACTS §1). */
  slug: string;
  /** Official series name as in the 人社部 list, e.g. '工程技术人员'. */
  name: string;
  /** Short name used in prose, e.g. '工程技术'. */
  shortName: string;
  /** Levels obtained by national exam instead of review (以考代评). */
  examLevels: readonly Level[];
  lines: readonly TitleLineDefinition[];
}

// Levels of 初级 + 中级, the 以考代评 span of the exam series (DOMAIN §3).
const JUNIOR_AND_INTERMEDIATE: readonly Level[] = ['intermediate', 'assistant', 'entry'];

/**
 * The 27 national title series, in the order of 人社部专业技术人员管理司
 * 《职称系列（专业）各层级名称》(2021-11-02); `code` is the position in that list, 01–27.
 * No official 2-digit code table was found; the 2024 职称名称 table published by 新疆人社
 * (xjzcsq.com) numbers 系列代码 01 高等学校教师 … 08 出版专业人员 the same way, which is the
 * corroboration for 01–08.
 *
 * Level names: rows 1–13 are as printed in the 2021 list (seen in a reprint); the rest
 * follow each series' reform document where one could be checked:
 * 体育 人社部发〔2020〕76号 (and 黑龙江 运动防护师 standard for its names), 翻译 (湖南/云南
 * standards reprinting the national 统一职称名称), 会计/统计/经济/审计 (初级只设助理级),
 * 艺术 人社部发〔2020〕68号, 公共法律服务 人社部发〔2021〕59号, 实验技术 人社部发〔2021〕62号,
 * 中等职业学校教师 (reform opinion reprint). Lines marked UNCONFIRMED could not be checked
 * against a reprint of the national text and follow GB/T 8561 names.
 */
export const SERIES_DEFINITIONS: readonly SeriesDefinition[] = [
  {
    code: '01',
    slug: 'higher-education-teacher',
    name: '高等学校教师',
    shortName: '高等学校教师',
    examLevels: [],
    lines: [
      {
        key: 'teacher',
        name: '高等学校教师',
        titles: { senior: '教授', 'associate-senior': '副教授', intermediate: '讲师', assistant: '助教' },
      },
    ],
  },
  {
    code: '02',
    slug: 'social-science-research',
    name: '哲学社会科学研究人员',
    shortName: '哲学社会科学研究',
    examLevels: [],
    lines: [
      {
        key: 'researcher',
        name: '研究',
        titles: {
          senior: '研究员',
          'associate-senior': '副研究员',
          intermediate: '助理研究员',
          assistant: '研究实习员',
        },
      },
    ],
  },
  {
    code: '03',
    slug: 'natural-science-research',
    name: '自然科学研究人员',
    shortName: '自然科学研究',
    examLevels: [],
    lines: [
      {
        key: 'researcher',
        name: '研究',
        titles: {
          senior: '研究员',
          'associate-senior': '副研究员',
          intermediate: '助理研究员',
          assistant: '研究实习员',
        },
      },
    ],
  },
  {
    code: '04',
    slug: 'health',
    name: '卫生技术人员',
    shortName: '卫生技术',
    // 初、中级 by the national 卫生专业技术资格考试 for all four lines.
    examLevels: JUNIOR_AND_INTERMEDIATE,
    lines: [
      {
        // The 2021 list prints the intermediate title as 主治（主管）医师: 主管医师 is the name used
        // in public-health lines. The primary name is kept here.
        key: 'physician',
        name: '医疗',
        titles: {
          senior: '主任医师',
          'associate-senior': '副主任医师',
          intermediate: '主治医师',
          assistant: '医师',
          entry: '医士',
        },
      },
      {
        key: 'pharmacist',
        name: '药学',
        titles: {
          senior: '主任药师',
          'associate-senior': '副主任药师',
          intermediate: '主管药师',
          assistant: '药师',
          entry: '药士',
        },
      },
      {
        key: 'nurse',
        name: '护理',
        titles: {
          senior: '主任护师',
          'associate-senior': '副主任护师',
          intermediate: '主管护师',
          assistant: '护师',
          entry: '护士',
        },
      },
      {
        key: 'technician',
        name: '技术',
        titles: {
          senior: '主任技师',
          'associate-senior': '副主任技师',
          intermediate: '主管技师',
          assistant: '技师',
          entry: '技士',
        },
      },
    ],
  },
  {
    code: '05',
    slug: 'engineering',
    name: '工程技术人员',
    shortName: '工程技术',
    examLevels: [],
    lines: [
      {
        key: 'engineer',
        name: '工程技术',
        titles: {
          senior: '正高级工程师',
          'associate-senior': '高级工程师',
          intermediate: '工程师',
          assistant: '助理工程师',
          entry: '技术员',
        },
      },
      {
        // 计算机技术与软件专业技术资格（水平）考试 (国人部发〔2003〕39号): its qualifications are
        // engineering titles (初级 → 技术员/助理工程师, 中级 → 工程师, 高级 → 高级工程师), obtained
        // by exam at every level and with no 正高级. The national list has no separate series for
        // it, so it is modelled as a line of engineering with its own exam levels.
        key: 'computer-software',
        name: '计算机技术与软件',
        titles: {
          'associate-senior': '高级工程师',
          intermediate: '工程师',
          assistant: '助理工程师',
          entry: '技术员',
        },
        examLevels: ['associate-senior', 'intermediate', 'assistant', 'entry'],
      },
    ],
  },
  {
    code: '06',
    slug: 'agriculture',
    name: '农业技术人员',
    shortName: '农业技术',
    examLevels: [],
    lines: [
      {
        key: 'agronomy',
        name: '农艺',
        titles: {
          senior: '正高级农艺师',
          'associate-senior': '高级农艺师',
          intermediate: '农艺师',
          assistant: '助理农艺师',
          entry: '农业技术员',
        },
      },
      {
        key: 'animal-husbandry',
        name: '畜牧',
        titles: {
          senior: '正高级畜牧师',
          'associate-senior': '高级畜牧师',
          intermediate: '畜牧师',
          assistant: '助理畜牧师',
        },
      },
      {
        key: 'veterinary',
        name: '兽医',
        titles: {
          senior: '正高级兽医师',
          'associate-senior': '高级兽医师',
          intermediate: '兽医师',
          assistant: '助理兽医师',
        },
      },
      { key: 'extension', name: '农业技术推广', titles: { senior: '农业技术推广研究员' } },
    ],
  },
  {
    code: '07',
    slug: 'journalism',
    name: '新闻专业人员',
    shortName: '新闻',
    examLevels: [],
    lines: [
      {
        key: 'reporter',
        name: '记者',
        titles: {
          senior: '高级记者',
          'associate-senior': '主任记者',
          intermediate: '记者',
          assistant: '助理记者',
        },
      },
      {
        key: 'editor',
        name: '编辑',
        titles: {
          senior: '高级编辑',
          'associate-senior': '主任编辑',
          intermediate: '编辑',
          assistant: '助理编辑',
        },
      },
    ],
  },
  {
    code: '08',
    slug: 'publishing',
    name: '出版专业人员',
    shortName: '出版',
    examLevels: [],
    lines: [
      {
        key: 'editor',
        name: '编辑',
        titles: { senior: '编审', 'associate-senior': '副编审', intermediate: '编辑', assistant: '助理编辑' },
      },
    ],
  },
  {
    code: '09',
    slug: 'library',
    name: '图书资料专业人员',
    shortName: '图书资料',
    examLevels: [],
    lines: [
      {
        key: 'librarian',
        name: '图书资料',
        titles: {
          senior: '研究馆员',
          'associate-senior': '副研究馆员',
          intermediate: '馆员',
          assistant: '助理馆员',
          entry: '管理员',
        },
      },
    ],
  },
  {
    code: '10',
    slug: 'cultural-relics',
    name: '文物博物专业人员',
    shortName: '文物博物',
    examLevels: [],
    lines: [
      {
        key: 'curator',
        name: '文物博物',
        titles: {
          senior: '研究馆员',
          'associate-senior': '副研究馆员',
          intermediate: '馆员',
          assistant: '助理馆员',
        },
      },
    ],
  },
  {
    code: '11',
    slug: 'archives',
    name: '档案专业人员',
    shortName: '档案',
    examLevels: [],
    lines: [
      {
        key: 'archivist',
        name: '档案',
        titles: {
          senior: '研究馆员',
          'associate-senior': '副研究馆员',
          intermediate: '馆员',
          assistant: '助理馆员',
          entry: '管理员',
        },
      },
    ],
  },
  {
    code: '12',
    slug: 'arts-and-crafts',
    name: '工艺美术专业人员',
    shortName: '工艺美术',
    examLevels: [],
    lines: [
      {
        key: 'craft-artist',
        name: '工艺美术',
        titles: {
          senior: '正高级工艺美术师',
          'associate-senior': '高级工艺美术师',
          intermediate: '工艺美术师',
          assistant: '助理工艺美术师',
          entry: '工艺美术员',
        },
      },
    ],
  },
  {
    code: '13',
    slug: 'technical-school-teacher',
    name: '技工院校教师',
    shortName: '技工院校教师',
    examLevels: [],
    lines: [
      {
        key: 'lecturer',
        name: '理论课教师',
        titles: {
          senior: '正高级讲师',
          'associate-senior': '高级讲师',
          intermediate: '讲师',
          assistant: '助理讲师',
        },
      },
      {
        key: 'practice-instructor',
        name: '实习指导教师',
        titles: {
          senior: '正高级实习指导教师',
          'associate-senior': '高级实习指导教师',
          intermediate: '一级实习指导教师',
          assistant: '二级实习指导教师',
          entry: '三级实习指导教师',
        },
      },
    ],
  },
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
        titles: {
          senior: '正高级讲师',
          'associate-senior': '高级讲师',
          intermediate: '讲师',
          assistant: '助理讲师',
        },
      },
      {
        key: 'practice-instructor',
        name: '实习指导教师',
        titles: {
          senior: '正高级实习指导教师',
          'associate-senior': '高级实习指导教师',
          intermediate: '一级实习指导教师',
          assistant: '二级实习指导教师',
          entry: '三级实习指导教师',
        },
      },
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
