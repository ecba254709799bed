import type { PolicyLayer } from '../../domain/policy/rule-base';
import { JILIN_GRASSROOTS_PATHWAYS } from './jilin-2022-grassroots';
import { JILIN_QUALIFICATION_MAPPING } from './jilin-qualification-mapping';

const DOC = 'jilin-2022';
const at = (clause: string) => ({ document: DOC, clause });
const HIGHER_ED = 'higher-education-teacher';

/** 一(一)2: series in which high-skill workers may enter title review. */
const SKILLS_BRIDGE_SERIES = [
  'engineering',
  'agriculture',
  'arts-and-crafts',
  'cultural-relics',
  'laboratory',
  'art',
  'sports',
  'technical-school-teacher',
];

/** 吉林省人社厅 2022年全省职称工作 (seeds/004). */
export const JILIN_2022: PolicyLayer = {
  id: DOC,
  name: '吉林省2022年全省职称工作',
  extends: 'jilin',
  status: 'in-force',
  effectiveFrom: '2022-01-01',
  jurisdictions: ['220000'],
  parameters: [
    // 三(三): 从2023年开始，将继续教育学时纳入职称申报的必备条件.
    { key: 'ce.requiredFromYear', value: 2023, citation: at('三(三)') },
    // 一(二)4: all Jilin universities are 评聘结合; base pass ratios (institution bonuses are per-committee data).
    { key: `passRate.cap.${HIGHER_ED}.senior`, value: 0.45, citation: at('一(二)4') },
    { key: `passRate.cap.${HIGHER_ED}.associate-senior`, value: 0.55, citation: at('一(二)4') },
    { key: `passRate.cap.${HIGHER_ED}.intermediate`, value: 0.7, citation: at('一(二)4') },
  ],
  general: [
    { id: 'continuing-education', citation: at('三(三)'), condition: { kind: 'continuing-education' } },
    // 六(一): 对破格申报的专业技术人员要严格要求，原则上不得越级破格 — every 破格 in Jilin.
    {
      id: 'no-level-skip',
      citation: at('六(一)'),
      pathways: ['exceptional'],
      condition: { kind: 'no-level-skip' },
    },
  ],
  pathways: [
    {
      id: 'regular',
      pathway: 'regular',
      name: '正常申报',
      citation: { document: 'national', clause: '评价基本标准' },
      standard: 'full',
      conditions: [],
      seniorityReductions: [
        {
          // 城市到县乡基层一线满3年且仍在基层：提前2年申报，单独评定，特设岗位聘任.
          years: 2,
          when: { kind: 'moved-to-grassroots', years: 3 },
          citation: at('一(四)1'),
          effects: { separateEvaluation: true, outsidePostQuota: true },
        },
        // 接触确诊病例和无症状感染者的疫情防控一线专业技术人员可提前一年申报.
        { years: 1, when: { kind: 'covid-frontline', contact: true }, citation: at('二(三)') },
      ],
    },
    {
      id: 'regular.covid-outstanding',
      pathway: 'regular',
      name: '疫情防控一线突出贡献人员单独组织、单设比例评定上一级职称',
      citation: at('二(三)'),
      standard: 'full',
      conditions: [
        {
          id: 'covid-outstanding',
          citation: at('二(三)'),
          condition: { kind: 'covid-frontline', outstanding: true, postYears: 3 },
        },
        {
          id: 'covid-outstanding.next-level',
          citation: at('二(三)'),
          condition: { kind: 'target-next-level' },
        },
      ],
      effects: { separateEvaluation: true },
    },
    ...JILIN_GRASSROOTS_PATHWAYS,
    {
      id: 'exceptional.postdoc',
      pathway: 'exceptional',
      name: '出站博士后直接申报评定副高级职称',
      citation: at('二(一)'),
      appliesTo: { levels: ['associate-senior'] },
      standard: 'none',
      conditions: [
        {
          id: 'postdoc',
          citation: at('二(一)'),
          condition: { kind: 'achievement', anyOf: ['postdoc-completed'] },
        },
      ],
    },
    {
      id: 'direct-recognition.talent-cde',
      pathway: 'direct-recognition',
      name: 'C、D类及业绩贡献特别突出的E类人才直接评定高级职称',
      citation: at('二(一)'),
      appliesTo: { levels: ['associate-senior', 'senior'] },
      standard: 'none',
      conditions: [
        {
          id: 'talent-category',
          citation: at('二(一)'),
          condition: { kind: 'talent-category', anyOf: ['C', 'D', 'E'] },
        },
      ],
      effects: { directRecognition: true, separateEvaluation: true },
    },
    {
      id: 'direct-recognition.talent-ab',
      pathway: 'direct-recognition',
      name: 'A、B类人才特设直聘一二级专业技术岗位',
      citation: at('二(一)'),
      appliesTo: { levels: ['senior'] },
      standard: 'none',
      conditions: [
        {
          id: 'talent-category',
          citation: at('二(一)'),
          condition: { kind: 'talent-category', anyOf: ['A', 'B'] },
        },
      ],
      effects: { directRecognition: true, outsidePostQuota: true, postGrade: 2 },
    },
    {
      id: 'skills-bridge',
      pathway: 'skills-bridge',
      name: '高技能人才与专业技术人才职业发展贯通',
      citation: at('一(一)2'),
      appliesTo: { series: SKILLS_BRIDGE_SERIES },
      standard: 'none',
      conditions: [
        {
          id: 'skills-bridge.skill-level',
          citation: at('一(一)2'),
          condition: {
            kind: 'skill-level',
            mapping: {
              'senior-worker': 'assistant',
              technician: 'intermediate',
              'senior-technician': 'associate-senior',
              'principal-technician': 'senior',
            },
          },
        },
      ],
    },
    {
      id: 'qualification-mapping',
      pathway: 'qualification-mapping',
      name: '职业资格与职称对应（不再重复评价）',
      citation: at('一(一)2'),
      standard: 'none',
      conditions: [
        {
          id: 'qualification-mapping',
          citation: at('一(一)2'),
          condition: { kind: 'qualification-mapping', mapping: JILIN_QUALIFICATION_MAPPING },
        },
      ],
      effects: { directRecognition: true },
    },
  ],
};
