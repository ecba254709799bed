import type { Level } from '../../domain/catalogue';
import type { Citation } from '../../domain/policy/citation';
import type { Degree } from '../../domain/policy/eligibility-request';
import type { BasicStandard, StandardRoute } from '../../domain/policy/rule-base';
import { ENGINEERING_REFORM, HEALTH_REFORM, TEACHER_REFORM } from './national-citations';

/**
 * Routes that differ only in the years held with the title below, by the lowest degree that
 * opens each (null: the degree alone suffices, no title below needed), in the document's order.
 */
function afterTitle(years: Partial<Record<Degree, number | null>>): StandardRoute[] {
  return Object.entries(years).map(([minDegree, titleYears]) =>
    titleYears === null ? { minDegree: minDegree as Degree } : { minDegree: minDegree as Degree, titleYears },
  );
}

/** One series' standards under its reform document, level by level in the document's order. */
function seriesStandards(
  series: string,
  citation: Citation,
  levels: Partial<Record<Level, Pick<BasicStandard, 'belowTitle' | 'routes'>>>,
): BasicStandard[] {
  return Object.entries(levels).map(([level, { belowTitle, routes }]) => ({
    series,
    level: level as Level,
    citation,
    ...(belowTitle ? { belowTitle } : {}),
    routes,
  }));
}

/**
 * National basic standards (评价基本标准) encoded so far: engineering at all five levels,
 * primary/secondary teachers at 中级 and 副高, and health at 中级, 副高 and 正高 (DOMAIN §11). A series or level not
 * listed here is answered "not in the base", never "eligible".
 */
export const NATIONAL_STANDARDS: readonly BasicStandard[] = [
  ...seriesStandards('engineering', ENGINEERING_REFORM, {
    entry: { routes: [{ minDegree: 'secondary', yearsSinceGraduation: 1 }] },
    assistant: {
      belowTitle: '技术员',
      routes: [
        { minDegree: 'master' },
        { minDegree: 'bachelor', yearsSinceGraduation: 1 },
        { minDegree: 'associate', titleYears: 2 },
        { minDegree: 'secondary', titleYears: 4 },
      ],
    },
    intermediate: {
      belowTitle: '助理工程师',
      routes: afterTitle({ doctorate: null, master: 2, associate: 4 }),
    },
    'associate-senior': {
      belowTitle: '工程师',
      routes: afterTitle({ doctorate: 2, bachelor: 5 }),
    },
    senior: {
      belowTitle: '高级工程师',
      routes: afterTitle({ bachelor: 5 }),
    },
  }),
  ...seriesStandards('primary-secondary-teacher', TEACHER_REFORM, {
    intermediate: {
      belowTitle: '二级教师',
      routes: afterTitle({ doctorate: null, master: 2, bachelor: 4, associate: 5 }),
    },
    'associate-senior': {
      belowTitle: '一级教师',
      routes: afterTitle({ doctorate: 2, bachelor: 5 }),
    },
  }),
  ...seriesStandards('health', HEALTH_REFORM, {
    intermediate: {
      belowTitle: '医师（药师、护师、技师）',
      routes: afterTitle({ doctorate: null, master: 2, bachelor: 4, associate: 6, secondary: 7 }),
    },
    'associate-senior': {
      belowTitle: '主治（主管）医师',
      routes: [
        { minDegree: 'doctorate', titleYears: 2 },
        { minDegree: 'master', titleYears: 4 },
        { minDegree: 'bachelor', titleYears: 5 },
        // 大专 only for staff of county-level and lower institutions.
        { minDegree: 'associate', titleYears: 7, onlyAtGrassroots: true },
      ],
    },
    senior: {
      belowTitle: '副主任医师（药师、护师、技师）',
      routes: afterTitle({ bachelor: 5 }),
    },
  }),
];
