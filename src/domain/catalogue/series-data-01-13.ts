import { JUNIOR_AND_INTERMEDIATE, type SeriesDefinition } from './series-definition';
import {
  KEEPER_TITLES,
  LECTURER_TITLES,
  PRACTICE_INSTRUCTOR_LINE,
  RESEARCHER_LINE,
} from './shared-title-lines';

/** Series 01–13 of the national list (高等学校教师 … 技工院校教师). */
export const SERIES_01_TO_13: readonly SeriesDefinition[] = [
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
    lines: [RESEARCHER_LINE],
  },
  {
    code: '03',
    slug: 'natural-science-research',
    name: '自然科学研究人员',
    shortName: '自然科学研究',
    examLevels: [],
    lines: [RESEARCHER_LINE],
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
        titles: KEEPER_TITLES,
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
        titles: KEEPER_TITLES,
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
        titles: LECTURER_TITLES,
      },
      PRACTICE_INSTRUCTOR_LINE,
    ],
  },
];
