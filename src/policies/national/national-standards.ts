import type { BasicStandard } from '../../domain/policy/rule-base';
import { ENGINEERING_REFORM, HEALTH_REFORM, TEACHER_REFORM } from './national-citations';

/**
 * National basic standards (评价基本标准) encoded so far: engineering at all five levels,
 * primary/secondary teachers at 中级 and 副高, and health at 中级, 副高 and 正高 (DOMAIN §11). A series or level not
 * listed here is answered "not in the base", never "eligible".
 */
export const NATIONAL_STANDARDS: readonly BasicStandard[] = [
  {
    series: 'engineering',
    level: 'entry',
    citation: ENGINEERING_REFORM,
    routes: [{ minDegree: 'secondary', yearsSinceGraduation: 1 }],
  },
  {
    series: 'engineering',
    level: 'assistant',
    citation: ENGINEERING_REFORM,
    belowTitle: '技术员',
    routes: [
      { minDegree: 'master' },
      { minDegree: 'bachelor', yearsSinceGraduation: 1 },
      { minDegree: 'associate', titleYears: 2 },
      { minDegree: 'secondary', titleYears: 4 },
    ],
  },
  {
    series: 'engineering',
    level: 'intermediate',
    citation: ENGINEERING_REFORM,
    belowTitle: '助理工程师',
    routes: [
      { minDegree: 'doctorate' },
      { minDegree: 'master', titleYears: 2 },
      { minDegree: 'associate', titleYears: 4 },
    ],
  },
  {
    series: 'engineering',
    level: 'associate-senior',
    citation: ENGINEERING_REFORM,
    belowTitle: '工程师',
    routes: [
      { minDegree: 'doctorate', titleYears: 2 },
      { minDegree: 'bachelor', titleYears: 5 },
    ],
  },
  {
    series: 'engineering',
    level: 'senior',
    citation: ENGINEERING_REFORM,
    belowTitle: '高级工程师',
    routes: [{ minDegree: 'bachelor', titleYears: 5 }],
  },
  {
    series: 'primary-secondary-teacher',
    level: 'intermediate',
    citation: TEACHER_REFORM,
    belowTitle: '二级教师',
    routes: [
      { minDegree: 'doctorate' },
      { minDegree: 'master', titleYears: 2 },
      { minDegree: 'bachelor', titleYears: 4 },
      { minDegree: 'associate', titleYears: 5 },
    ],
  },
  {
    series: 'primary-secondary-teacher',
    level: 'associate-senior',
    citation: TEACHER_REFORM,
    belowTitle: '一级教师',
    routes: [
      { minDegree: 'doctorate', titleYears: 2 },
      { minDegree: 'bachelor', titleYears: 5 },
    ],
  },
  {
    series: 'health',
    level: 'intermediate',
    citation: HEALTH_REFORM,
    belowTitle: '医师（药师、护师、技师）',
    routes: [
      { minDegree: 'doctorate' },
      { minDegree: 'master', titleYears: 2 },
      { minDegree: 'bachelor', titleYears: 4 },
      { minDegree: 'associate', titleYears: 6 },
      { minDegree: 'secondary', titleYears: 7 },
    ],
  },
  {
    series: 'health',
    level: 'associate-senior',
    citation: HEALTH_REFORM,
    belowTitle: '主治（主管）医师',
    routes: [
      { minDegree: 'doctorate', titleYears: 2 },
      { minDegree: 'master', titleYears: 4 },
      { minDegree: 'bachelor', titleYears: 5 },
      // 大专 only for staff of county-level and lower institutions.
      { minDegree: 'associate', titleYears: 7, onlyAtGrassroots: true },
    ],
  },
  {
    series: 'health',
    level: 'senior',
    citation: HEALTH_REFORM,
    belowTitle: '副主任医师（药师、护师、技师）',
    routes: [{ minDegree: 'bachelor', titleYears: 5 }],
  },
];
