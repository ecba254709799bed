import type { Level } from '../../domain/catalogue';
import type { Degree } from '../../domain/policy/eligibility-request';
import type { PathwayVariant } from '../../domain/policy/rule-base';

const at = (clause: string) => ({ document: 'jilin-2022', clause });
const COUNTY_AND_BELOW = ['county', 'township', 'village'] as const;
/** 考试系列除外: reported as an unmet condition, so the applicant learns why. */
const NOT_EXAM = {
  id: 'not-exam-series',
  citation: at('一(四)1'),
  condition: { kind: 'not-exam-series' },
} as const;

/** 一(五)2: 30 years of front-line teaching at county-or-below schools, still teaching — both teacher measures need it. */
const TEACHING_30_YEARS = {
  id: 'rural-teacher.teaching-30-years',
  citation: at('一(五)2'),
  basis: true,
  condition: {
    kind: 'frontline-years',
    years: 30,
    areas: COUNTY_AND_BELOW,
    teaching: true,
    stillThere: true,
  },
} as const;

/** 一(五)2, both of its ways in: 高级教师 at county-or-below schools, ahead of the general measures. */
const RURAL_TEACHER = {
  citation: at('一(五)2'),
  priority: 10,
  appliesTo: { series: ['primary-secondary-teacher'], levels: ['associate-senior'] },
  standard: 'full',
} as const;

/**
 * 一(四)1: a doctor (副高) or master (中级) who signs a service contract of 3 years with a unit
 * at county level or below is recognised at that level — one measure, stated once per degree.
 */
function countyContract(
  degree: 'doctorate' | 'master',
  name: string,
  level: Level,
  degrees: readonly Degree[],
): PathwayVariant {
  return {
    id: `direct-recognition.county-contract-${degree}`,
    pathway: 'direct-recognition',
    name,
    citation: at('一(四)1'),
    appliesTo: { levels: [level] },
    standard: 'none',
    conditions: [
      NOT_EXAM,
      {
        id: `county-contract.${degree}`,
        citation: at('一(四)1'),
        basis: true,
        condition: { kind: 'degree', anyOf: degrees },
      },
      {
        id: 'county-contract',
        citation: at('一(四)1'),
        condition: { kind: 'service-contract', minYears: 3, areas: COUNTY_AND_BELOW },
      },
    ],
    effects: { directRecognition: true, outsidePostQuota: true },
  };
}

/** 一(四)1 and 一(五)2: the grassroots measures, each its own way in. */
export const JILIN_GRASSROOTS_PATHWAYS: PathwayVariant[] = [
  {
    id: 'direct-recognition.grassroots-30-years',
    pathway: 'direct-recognition',
    name: '基层一线累计满30年直接认定副高级职称',
    citation: at('一(四)1'),
    // Teachers have their own measure, 一(五)2, which governs them instead.
    appliesTo: { levels: ['associate-senior'], excludeSeries: ['primary-secondary-teacher'] },
    standard: 'full',
    conditions: [
      NOT_EXAM,
      {
        id: 'grassroots-30-years.frontline',
        citation: at('一(四)1'),
        basis: true,
        condition: {
          kind: 'frontline-years',
          years: 30,
          areas: COUNTY_AND_BELOW,
          employerKinds: ['public-institution', 'state-enterprise', 'private-enterprise', 'other'],
          stillThere: true,
        },
      },
      {
        // 聘任中级职称满10年: from the later of the intermediate title and the intermediate post
        // (grades 8–10); an enterprise has no post grades, so there from the title.
        id: 'grassroots-30-years.intermediate-10-years',
        citation: at('一(四)1'),
        condition: { kind: 'appointed-at-level', level: 'intermediate', years: 10 },
      },
    ],
    effects: { directRecognition: true, outsidePostQuota: true },
  },
  countyContract('doctorate', '博士与县以下单位签订3年服务合同认定副高级职称', 'associate-senior', [
    'doctorate',
  ]),
  countyContract('master', '硕士与县以下单位签订3年服务合同认定中级职称', 'intermediate', [
    'master',
    'doctorate',
  ]),
  {
    id: 'direct-recognition.rural-teacher',
    pathway: 'direct-recognition',
    name: '县以下学校教学一线满30年、一级教师岗位满10年直接认定高级教师',
    ...RURAL_TEACHER,
    conditions: [
      TEACHING_30_YEARS,
      {
        id: 'rural-teacher.post-10-years',
        citation: at('一(五)2'),
        condition: { kind: 'post-held', grades: [8, 9, 10], minYears: 10 },
      },
    ],
    effects: { directRecognition: true, passRateCap: 1, outsidePostQuota: true },
  },
  {
    id: 'exceptional.rural-teacher',
    pathway: 'exceptional',
    name: '县以下学校教学一线满30年、一级教师岗位不满10年破格申报高级教师',
    ...RURAL_TEACHER,
    conditions: [
      TEACHING_30_YEARS,
      {
        id: 'rural-teacher.post-under-10-years',
        citation: at('一(五)2'),
        condition: { kind: 'post-held', grades: [8, 9, 10], maxYearsExclusive: 10 },
      },
      {
        id: 'rural-teacher.appraisals',
        citation: at('一(五)2'),
        condition: { kind: 'appraisals-since-title', level: 'intermediate', atLeast: 'competent' },
      },
    ],
    effects: { passRateCap: 0.6, outsidePostQuota: true },
  },
];
