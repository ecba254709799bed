import { isByExam, LEVEL_NAMES, nextLevelDown, postGradesOf } from '../../catalogue';
import type { ConditionSpec } from '../condition-spec';
import type { AppraisalResult, WorkPeriod } from '../eligibility-request';
import { AREA_NAMES } from '../names';
import {
  addMonths,
  byDate,
  continuousSince,
  cumulativeMetOn,
  cumulativeMonths,
  currentWork,
  highestTitle,
  isGrassroots,
  monthsBetween,
  postMonths,
  postPeriods,
  seniorityMetOn,
  seniorityYears,
  titleAt,
} from '../profile-facts';
import { type EvaluationContext, type Failure, MET } from './evaluation-context';

type Spec<K extends ConditionSpec['kind']> = Extract<ConditionSpec, { kind: K }>;

const APPRAISAL_RANK: Record<AppraisalResult, number> = {
  excellent: 3,
  competent: 2,
  'basically-competent': 1,
  incompetent: 0,
};
const APPRAISAL_NAMES: Record<AppraisalResult, string> = {
  excellent: '优秀',
  competent: '合格',
  'basically-competent': '基本合格',
  incompetent: '不合格',
};

const years = (months: number) => Math.floor(months / 12);

/** Evaluators of the facts that open special pathways. */

/** Evaluators of career facts: where, how long and in which post someone has worked. */
export const careerEvaluators = {
  'grassroots-experience'(spec: Spec<'grassroots-experience'>, ctx: EvaluationContext): Failure[] {
    const { work } = ctx.request.applicant;
    const required = ctx.param(spec.monthsParam);
    const months = cumulativeMonths(work, ctx.request.asOf, isGrassroots);
    if (months >= required) return MET;
    const metOn = cumulativeMetOn(work, ctx.request.asOf, isGrassroots, required);
    return [
      {
        message: `晋升高级职称须满足基层服务条件：在县及以下基层累计服务满${required}个月，现为${months}个月`,
        facts: { requiredMonths: required, actualMonths: months },
        ...(metOn ? { metOn } : {}),
      },
    ];
  },
  'frontline-years'(spec: Spec<'frontline-years'>, ctx: EvaluationContext): Failure[] {
    const { applicant, asOf } = ctx.request;
    const matches = (w: WorkPeriod) =>
      w.frontline &&
      spec.areas.includes(w.area) &&
      (!spec.employerKinds || spec.employerKinds.includes(w.employerKind)) &&
      (spec.teaching === undefined || w.teaching === spec.teaching);
    const required = spec.years ?? ctx.param(spec.yearsParam!);
    const months = cumulativeMonths(applicant.work, asOf, matches);
    const there = currentWork(applicant.work, asOf).some(matches);
    const metOn = cumulativeMetOn(applicant.work, asOf, matches, required * 12);
    const where = spec.areas.map((a) => AREA_NAMES[a]).join('、');
    const what = spec.teaching ? '教学一线工作' : '一线专业技术工作';
    const failures: Failure[] = [];
    if (months < required * 12) {
      failures.push({
        part: 'years',
        message: `须在${where}基层${what}累计满${required}年，现为${years(months)}年`,
        facts: { required, actual: years(months), actualMonths: months },
        ...(metOn ? { metOn } : {}),
      });
    }
    if (spec.stillThere && !there) {
      failures.push({
        part: 'current',
        message: `须现仍在${where}基层${what}`,
        facts: { currentlyThere: false },
      });
    }
    return failures;
  },

  'moved-to-grassroots'(spec: Spec<'moved-to-grassroots'>, ctx: EvaluationContext): Failure[] {
    const { applicant, asOf } = ctx.request;
    // Only the service since the last city job counts, and only while unbroken and still going on.
    const city = applicant.work.filter((w) => w.area === 'city' && w.from <= asOf);
    const leftCity = city.reduce<string | null>((latest, w) => {
      const end = w.to === null || w.to > asOf ? asOf : w.to;
      return latest === null || end > latest ? end : latest;
    }, null);
    const grassrootsFront = (w: WorkPeriod) => w.frontline && isGrassroots(w);
    const since = leftCity === null ? null : continuousSince(applicant.work, asOf, grassrootsFront, leftCity);
    const months = since ? monthsBetween(since, asOf) : 0;
    if (since && months >= spec.years * 12) return MET;
    const facts = { fromCity: leftCity !== null, since, months, required: spec.years };
    if (leftCity === null || since === null)
      return [
        {
          message: `须由市（州）及以上城市到县（市）乡（镇）基层一线从事专业技术工作满${spec.years}年且现仍在基层一线`,
          facts,
        },
      ];
    return [
      {
        message: `离开城市到县（市）乡（镇）基层一线连续工作须满${spec.years}年（自${since}起计算），现为${years(months)}年`,
        facts,
        metOn: addMonths(since, spec.years * 12),
      },
    ];
  },
  'appointed-at-level'(spec: Spec<'appointed-at-level'>, ctx: EvaluationContext): Failure[] {
    const { applicant, asOf, target } = ctx.request;
    const title = titleAt(applicant, asOf, target.series, spec.level);
    const name = LEVEL_NAMES[spec.level];
    if (!title) return [{ message: `须已取得并受聘${name}职称`, facts: { requiredLevel: spec.level } }];
    const grades = [...postGradesOf(spec.level)];
    // Posts of the level count from the day the title was held too (聘任: title and post both).
    const periods = postPeriods(applicant, grades)
      .map((p) => ({ ...p, from: p.from < title.obtainedOn ? title.obtainedOn : p.from }))
      .filter((p) => p.to === null || p.to > p.from);
    const enterprise = applicant.posts.length === 0;
    const months = enterprise
      ? monthsBetween(title.obtainedOn, asOf)
      : cumulativeMonths(periods, asOf, () => true);
    if (months >= spec.years * 12) return MET;
    const metOn = enterprise
      ? addMonths(title.obtainedOn, spec.years * 12)
      : cumulativeMetOn(periods, asOf, () => true, spec.years * 12);
    return [
      {
        message: `聘任${name}职称须满${spec.years}年（自取得职称与聘任${name}岗位中较晚者起算），现为${years(months)}年`,
        facts: {
          required: spec.years,
          actual: years(months),
          actualMonths: months,
          titleObtainedOn: title.obtainedOn,
        },
        ...(metOn ? { metOn } : {}),
      },
    ];
  },
  'below-title-by-exam'(_spec: Spec<'below-title-by-exam'>, ctx: EvaluationContext): Failure[] {
    const { applicant, asOf, target } = ctx.request;
    const below = nextLevelDown(target.level);
    if (!below || !isByExam(target.series, below)) return MET;
    const held = applicant.titles.filter(
      (t) => t.series === target.series && t.level === below && t.obtainedOn <= asOf,
    );
    if (held.length === 0 || held.some((t) => t.via !== 'recognition')) return MET;
    return [
      {
        message: `${LEVEL_NAMES[below]}职称在本系列实行“以考代评”，考核认定取得的不能作为申报高一级职称的依据，须通过考试取得`,
        facts: { level: below, via: 'recognition' },
      },
    ];
  },
  'frontline-now'(_spec: Spec<'frontline-now'>, ctx: EvaluationContext): Failure[] {
    const now = currentWork(ctx.request.applicant.work, ctx.request.asOf);
    if (now.some((w) => w.frontline)) return MET;
    return [
      {
        message: '须为在职在岗、在一线岗位从事技术技能工作的人员',
        facts: { working: now.length > 0, frontline: false },
      },
    ];
  },
  'current-area'(spec: Spec<'current-area'>, ctx: EvaluationContext): Failure[] {
    const now = currentWork(ctx.request.applicant.work, ctx.request.asOf);
    if (now.some((w) => spec.areas.includes(w.area))) return MET;
    return [
      {
        message: `须现在${spec.areas.map((a) => AREA_NAMES[a]).join('、')}工作`,
        facts: { required: spec.areas, actual: now.map((w) => w.area) },
      },
    ];
  },
  'newly-recruited'(spec: Spec<'newly-recruited'>, ctx: EvaluationContext): Failure[] {
    const { applicant, asOf } = ctx.request;
    const limit = ctx.param(spec.monthsParam);
    const starts = currentWork(applicant.work, asOf).map((w) => w.from);
    const latest = starts.sort().at(-1);
    const months = latest ? monthsBetween(latest, asOf) : null;
    if (months !== null && months <= limit) return MET;
    return [
      {
        message:
          months === null
            ? '须为用人单位新招聘的人员，当前无在职工作单位'
            : `须为用人单位新招聘的人员（到现单位工作不超过${limit}个月），现已工作${months}个月`,
        facts: { limitMonths: limit, monthsWithEmployer: months },
      },
    ];
  },
  'title-held'(spec: Spec<'title-held'>, ctx: EvaluationContext): Failure[] {
    const { applicant, asOf, target } = ctx.request;
    const held = spec.sameSeries
      ? titleAt(applicant, asOf, target.series, spec.level)
      : applicant.titles
          .filter((t) => t.level === spec.level && t.obtainedOn <= asOf)
          .sort((a, b) => byDate(a.obtainedOn, b.obtainedOn))[0];
    const name = LEVEL_NAMES[spec.level];
    if (!held) return [{ message: `须已取得${name}职称`, facts: { requiredLevel: spec.level } }];
    const actual = seniorityYears(held.obtainedOn, asOf);
    if (spec.minYears !== undefined && actual < spec.minYears) {
      return [
        {
          message: `取得${name}职称须满${spec.minYears}年，现为${actual}年`,
          facts: { required: spec.minYears, actual },
          metOn: seniorityMetOn(held.obtainedOn, spec.minYears),
        },
      ];
    }
    if (spec.maxYearsExclusive !== undefined && actual >= spec.maxYearsExclusive) {
      return [
        {
          message: `取得${name}职称已满${spec.maxYearsExclusive}年，应适用其他途径`,
          facts: { lessThan: spec.maxYearsExclusive, actual },
        },
      ];
    }
    return MET;
  },

  'post-held'(spec: Spec<'post-held'>, ctx: EvaluationContext): Failure[] {
    const periods = postPeriods(ctx.request.applicant, spec.grades);
    const months = cumulativeMonths(periods, ctx.request.asOf, () => true);
    const actual = years(months);
    if (spec.minYears !== undefined && months < spec.minYears * 12) {
      const metOn = cumulativeMetOn(periods, ctx.request.asOf, () => true, spec.minYears * 12);
      return [
        {
          message: `受聘相应岗位须满${spec.minYears}年，现为${actual}年`,
          facts: { grades: spec.grades, required: spec.minYears, actual },
          ...(metOn ? { metOn } : {}),
        },
      ];
    }
    if (spec.maxYearsExclusive !== undefined && months >= spec.maxYearsExclusive * 12) {
      return [
        {
          message: `受聘相应岗位已满${spec.maxYearsExclusive}年，应适用直接认定途径`,
          facts: { grades: spec.grades, actual },
        },
      ];
    }
    return MET;
  },

  'appraisals-since-title'(spec: Spec<'appraisals-since-title'>, ctx: EvaluationContext): Failure[] {
    const { applicant, asOf, target } = ctx.request;
    const held = titleAt(applicant, asOf, target.series, spec.level) ?? highestTitle(applicant, asOf);
    const from = held ? Number(held.obtainedOn.slice(0, 4)) + 1 : null;
    const to = Number(asOf.slice(0, 4)) - 1;
    if (from === null) return [{ message: `须已取得${LEVEL_NAMES[spec.level]}职称`, facts: {} }];
    const missing: number[] = [];
    const below: number[] = [];
    for (let year = from; year <= to; year++) {
      const record = applicant.annualAppraisals.find((a) => a.year === year);
      if (!record) missing.push(year);
      else if (APPRAISAL_RANK[record.result] < APPRAISAL_RANK[spec.atLeast]) below.push(year);
    }
    if (missing.length === 0 && below.length === 0) return MET;
    return [
      {
        message: `任${LEVEL_NAMES[spec.level]}以来每个年度考核须为${APPRAISAL_NAMES[spec.atLeast]}及以上等次${below.length ? `，${below.join('、')}年度未达到` : ''}${missing.length ? `，缺少${missing.join('、')}年度考核结果` : ''}`,
        facts: { belowYears: below, missingYears: missing },
      },
    ];
  },

  'service-contract'(spec: Spec<'service-contract'>, ctx: EvaluationContext): Failure[] {
    const { applicant, asOf } = ctx.request;
    const contractYears = applicant.statuses.countyServiceContractYears;
    const there = currentWork(applicant.work, asOf).some((w) => spec.areas.includes(w.area));
    const failures: Failure[] = [];
    if (contractYears < spec.minYears) {
      failures.push({
        part: 'contract',
        message: `须与县（市）及以下企事业单位签订${spec.minYears}年以上服务合同，现为${contractYears}年`,
        facts: { required: spec.minYears, actual: contractYears },
      });
    }
    if (!there)
      failures.push({
        part: 'current',
        message: '须在县（市）及以下企事业单位工作',
        facts: { currentlyThere: false },
      });
    return failures;
  },

  'covid-frontline'(spec: Spec<'covid-frontline'>, ctx: EvaluationContext): Failure[] {
    const covid = ctx.request.applicant.statuses.covidFrontline;
    const failures: Failure[] = [];
    if (spec.contact && !covid?.contact)
      failures.push({
        part: 'contact',
        message: '须为接触确诊病例和无症状感染者的疫情防控一线专业技术人员',
        facts: { contact: false },
      });
    if (spec.outstanding && !covid?.outstanding)
      failures.push({
        part: 'outstanding',
        message: '须在疫情防控一线做出突出贡献',
        facts: { outstanding: false },
      });
    if (spec.postYears) {
      const { applicant, asOf } = ctx.request;
      const held = highestTitle(applicant, asOf);
      const grades = held ? [...postGradesOf(held.level)] : [];
      const months = postMonths(applicant, asOf, grades);
      if (months < spec.postYears * 12) {
        failures.push({
          part: 'post-years',
          message: `聘任相应级别岗位须满${spec.postYears}年，现为${years(months)}年`,
          facts: { required: spec.postYears, actual: years(months) },
        });
      }
    }
    return failures;
  },
};
