import type { Level } from '../../domain/catalogue';
import type { ConditionSpec } from '../../domain/policy/condition-spec';
import { appointmentCombinedKey, passRateCapKey } from '../../domain/policy/parameter-registry';
import type { ConditionRule, PathwayVariant, PolicyLayer } from '../../domain/policy/rule-base';
import { REGULAR_PATHWAY } from '../national/national.policy';
import { SKILLS_BRIDGE_SERIES, skillsBridgeConditions } from '../national/skills-bridge';
import { JILIN_GRASSROOTS_PATHWAYS } from './jilin-2022-grassroots';
import { JILIN_QUALIFICATION_MAPPING } from './jilin-qualification-mapping';

const DOC = 'jilin-2022';
const at = (clause: string) => ({ document: DOC, clause });
const HIGHER_ED = 'higher-education-teacher';

/** 二(一): what makes a person eligible for one of its measures (a postdoc, a doctorate, a talent category). */
const measureBasis = (id: string, condition: ConditionSpec) => ({
  id,
  citation: at('二(一)'),
  basis: true as const,
  condition,
});

/**
 * 二(一)'s 破格 measures: straight to a level, with the exception they make to 六(一)'s
 * "原则上不得越级破格" stated by waiving it.
 */
const skippingMeasure = (
  id: string,
  name: string,
  levels: readonly Level[],
  conditions: readonly ConditionRule[],
): PathwayVariant => ({
  id: `exceptional.${id}`,
  pathway: 'exceptional',
  name,
  citation: at('二(一)'),
  appliesTo: { levels },
  standard: 'none',
  waives: ['no-level-skip'],
  conditions,
});

/** 二(一): the 业绩贡献（特别）突出 that several of its measures ask on top of their basis. */
const outstanding = (id: string) => ({
  id,
  citation: at('二(一)'),
  condition: { kind: 'achievement', anyOf: ['outstanding-contribution'] } as const,
});

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
    {
      key: appointmentCombinedKey(HIGHER_ED),
      value: true,
      citation: at('一(二)4'),
      note: '省内高等院校全部纳入职称评聘结合制度改革范围',
    },
    { key: passRateCapKey(true, 'senior', HIGHER_ED), value: 0.45, citation: at('一(二)4') },
    { key: passRateCapKey(true, 'associate-senior', HIGHER_ED), value: 0.55, citation: at('一(二)4') },
    { key: passRateCapKey(true, 'intermediate', HIGHER_ED), value: 0.7, citation: at('一(二)4') },
  ],
  qualificationTitles: { citation: at('一(一)2'), mapping: JILIN_QUALIFICATION_MAPPING },
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
      ...REGULAR_PATHWAY,
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
          basis: true,
          condition: { kind: 'covid-frontline', outstanding: true, postYears: 3 },
        },
        {
          // 评定上一级职称; 参加年度正常评审通过的人员不再单独激励 — someone who already holds
          // the next level has nothing left to evaluate separately.
          id: 'covid-outstanding.next-level',
          citation: at('二(三)'),
          condition: { kind: 'target-next-level' },
        },
      ],
      // 单独组织、单设比例: its own group with a ratio the provincial bureau sets, not the general cap.
      effects: { separateEvaluation: true, passRateCap: null },
    },
    ...JILIN_GRASSROOTS_PATHWAYS,
    skippingMeasure(
      'postdoc',
      '出站博士后直接申报评定副高级职称',
      ['associate-senior'],
      [measureBasis('postdoc', { kind: 'achievement', anyOf: ['postdoc-completed'] })],
    ),
    skippingMeasure(
      'doctorate-outstanding',
      '业绩贡献突出的博士直接申报评定副高级职称',
      ['associate-senior'],
      [
        measureBasis('doctorate-outstanding.degree', { kind: 'degree', anyOf: ['doctorate'] }),
        outstanding('doctorate-outstanding.contribution'),
      ],
    ),
    skippingMeasure(
      'postdoc-senior',
      '业绩成果特别突出的出站博士后跨级申报评定正高级职称',
      ['senior'],
      [
        measureBasis('postdoc-senior.postdoc', { kind: 'achievement', anyOf: ['postdoc-completed'] }),
        outstanding('postdoc-senior.contribution'),
      ],
    ),
    {
      // 直接评定高级职称，单独聘任、单独管理 — evaluated by its own procedure (盲审初评、答辩复评、
      // 专家共议、结果公示), appointed apart; 单独聘任 is not 单独评审.
      id: 'direct-recognition.talent-cd',
      pathway: 'direct-recognition',
      name: 'C、D类人才直接评定高级职称',
      citation: at('二(一)'),
      appliesTo: { levels: ['associate-senior', 'senior'] },
      standard: 'none',
      conditions: [measureBasis('talent-category', { kind: 'talent-category', anyOf: ['C', 'D'] })],
      effects: { directRecognition: true },
    },
    {
      id: 'direct-recognition.talent-e',
      pathway: 'direct-recognition',
      name: '业绩贡献特别突出的E类人才直接评定高级职称',
      citation: at('二(一)'),
      appliesTo: { levels: ['associate-senior', 'senior'] },
      standard: 'none',
      conditions: [
        measureBasis('talent-category.e', { kind: 'talent-category', anyOf: ['E'] }),
        outstanding('talent-category.e-outstanding'),
      ],
      effects: { directRecognition: true },
    },
    {
      // A、B类: a special direct appointment to post grades 1–2 (an effect on posts), not a
      // title evaluation; grade 1 is a national special post, so the unit appoints to grade 2.
      id: 'direct-recognition.talent-ab',
      pathway: 'direct-recognition',
      name: '业绩贡献特别突出的A、B类人才特设直聘一二级专业技术岗位（岗位聘任，非职称评审）',
      citation: at('二(一)'),
      appliesTo: { levels: ['senior'] },
      standard: 'none',
      conditions: [
        measureBasis('talent-category.ab', { kind: 'talent-category', anyOf: ['A', 'B'] }),
        outstanding('talent-category.ab-outstanding'),
      ],
      effects: { directRecognition: false, outsidePostQuota: true, postGrade: 2 },
    },
    {
      id: 'skills-bridge',
      pathway: 'skills-bridge',
      name: '高技能人才与专业技术人才职业发展贯通',
      citation: at('一(一)2'),
      appliesTo: { series: SKILLS_BRIDGE_SERIES },
      standard: 'none',
      conditions: skillsBridgeConditions(at('一(一)2')),
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
          basis: true,
          condition: { kind: 'qualification-mapping', mapping: JILIN_QUALIFICATION_MAPPING },
        },
      ],
      effects: { directRecognition: true },
    },
  ],
};
