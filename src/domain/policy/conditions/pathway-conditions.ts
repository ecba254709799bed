import { LEVEL_NAMES, levelRank, nextLevelUp, postGradesOf } from '../../catalogue';
import type { ConditionSpec } from '../condition-spec';
import type { AppraisalResult, WorkPeriod } from '../eligibility-request';
import { ACHIEVEMENT_NAMES, EMPLOYER_KIND_NAMES, SKILL_NAMES } from '../names';
import {
  byDate,
  cumulativeMetOn,
  cumulativeMonths,
  currentWork,
  DEGREE_NAMES,
  highestDegree,
  highestTitle,
  isGrassroots,
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
const AREA_NAMES: Record<string, string> = {
  city: '城市',
  county: '县（市）',
  township: '乡（镇）',
  village: '村',
};

const years = (months: number) => Math.floor(months / 12);

/** Evaluators of the facts that open special pathways. */
export const pathwayEvaluators = {
  'no-level-skip'(_spec: Spec<'no-level-skip'>, ctx: EvaluationContext): Failure[] {
    return pathwayEvaluators['target-next-level']({ kind: 'target-next-level' }, ctx);
  },

  'no-posts'(_spec: Spec<'no-posts'>, ctx: EvaluationContext): Failure[] {
    if (ctx.request.applicant.posts.length === 0) return MET;
    return [
      {
        message: '已受聘事业单位专业技术岗位，按岗位聘任年限计算',
        facts: { posts: ctx.request.applicant.posts.length },
      },
    ];
  },

  specialty(spec: Spec<'specialty'>, ctx: EvaluationContext): Failure[] {
    const { target, applicant } = ctx.request;
    const wanted = target.specialty;
    const majors = applicant.education.map((e) => e.major).filter((m): m is string => Boolean(m));
    // Nothing to compare: the reviewing office checks it on the documents.
    if (!wanted || majors.length === 0) return MET;
    const keywords = spec.fieldKeywords[target.series] ?? [];
    const studied = majors.some((m) => m === wanted || keywords.some((k) => m.includes(k)));
    if (studied) return MET;
    const restricted =
      spec.restrictedSeries.includes(target.series) ||
      spec.restrictedKeywords.some((k) => wanted.includes(k));
    if (!restricted && applicant.practicedSpecialty?.specialty === wanted) return MET;
    return [
      {
        message: restricted
          ? `申报专业「${wanted}」涉及公共安全或人身健康，须按所学专业申报（所学专业：${majors.join('、')}）`
          : `申报专业「${wanted}」与所学专业（${majors.join('、')}）不一致，且不是本人长期从事的专业`,
        facts: {
          target: wanted,
          majors,
          practiced: applicant.practicedSpecialty?.specialty ?? null,
          restricted,
        },
      },
    ];
  },

  'not-exam-series'(_spec: Spec<'not-exam-series'>, ctx: EvaluationContext): Failure[] {
    const { series } = ctx.request.target;
    if (!ctx.isExamSeries(series)) return MET;
    return [{ message: '该途径不适用于考试系列（以考代评）', facts: { series } }];
  },

  'target-next-level'(spec: Spec<'target-next-level'>, ctx: EvaluationContext): Failure[] {
    const { target, applicant, asOf } = ctx.request;
    const held = highestTitle(applicant, asOf, target.series);
    if (!held) return MET;
    const next = nextLevelUp(held.level);
    if (next === target.level || (spec.orSenior && target.level === 'senior')) return MET;
    return [
      {
        message:
          levelRank(target.level) <= levelRank(held.level)
            ? `已取得${LEVEL_NAMES[held.level]}职称，不能申报同级或更低层级`
            : `原则上不得越级申报，应申报${next ? LEVEL_NAMES[next] : ''}职称`,
        facts: { held: held.level, target: target.level },
      },
    ];
  },

  'grassroots-experience'(spec: Spec<'grassroots-experience'>, ctx: EvaluationContext): Failure[] {
    const { work } = ctx.request.applicant;
    const months = cumulativeMonths(work, ctx.request.asOf, isGrassroots);
    if (months > spec.moreThanMonths) return MET;
    const metOn = cumulativeMetOn(work, ctx.request.asOf, isGrassroots, spec.moreThanMonths + 1);
    return [
      {
        message: `晋升高级职称须具有基层服务经历（在县及以下基层累计超过${spec.moreThanMonths}个月），现为${months}个月`,
        facts: { requiredMoreThanMonths: spec.moreThanMonths, actualMonths: months },
        ...(metOn ? { metOn } : {}),
      },
    ];
  },

  recommendations(spec: Spec<'recommendations'>, ctx: EvaluationContext): Failure[] {
    const valid = ctx.request.applicant.recommendations.filter(
      (r) =>
        levelRank(r.byLevel) >= levelRank(spec.byLevel) &&
        (!spec.sameOrCloseSpecialty || r.sameOrCloseSpecialty),
    ).length;
    if (valid >= spec.min) return MET;
    return [
      {
        message: `须有${spec.min}名以上具备${LEVEL_NAMES[spec.byLevel]}职称的同行专家推荐，现有${valid}名`,
        facts: { required: spec.min, actual: valid },
      },
    ];
  },

  achievement(spec: Spec<'achievement'>, ctx: EvaluationContext): Failure[] {
    const held = ctx.request.applicant.achievements.filter(
      (a) => spec.anyOf.includes(a.kind) && (!a.on || a.on <= ctx.request.asOf),
    );
    if (held.length > 0) return MET;
    return [
      {
        message: `须具备：${spec.anyOf.map((k) => ACHIEVEMENT_NAMES[k] ?? k).join('或')}`,
        facts: { required: spec.anyOf },
      },
    ];
  },

  'skill-level'(spec: Spec<'skill-level'>, ctx: EvaluationContext): Failure[] {
    const levels = ctx.request.applicant.achievements
      .filter((a) => a.kind === 'skill-level' && a.level)
      .map((a) => a.level!);
    if (levels.some((l) => spec.mapping[l] === ctx.request.target.level)) return MET;
    const needed = Object.entries(spec.mapping)
      .filter(([, level]) => level === ctx.request.target.level)
      .map(([skill]) => SKILL_NAMES[skill]);
    return [
      {
        message: needed.length
          ? `申报${LEVEL_NAMES[ctx.request.target.level]}职称须具备${needed.join('或')}职业技能等级`
          : `${LEVEL_NAMES[ctx.request.target.level]}职称无对应的职业技能等级`,
        facts: { held: levels, target: ctx.request.target.level },
      },
    ];
  },

  'qualification-mapping'(spec: Spec<'qualification-mapping'>, ctx: EvaluationContext): Failure[] {
    const { target, applicant } = ctx.request;
    const names = applicant.achievements
      .filter((a) => a.kind === 'professional-qualification' && a.name)
      .map((a) => a.name!);
    if (
      spec.mapping.some(
        (m) => names.includes(m.name) && m.series === target.series && m.level === target.level,
      )
    )
      return MET;
    return [
      {
        message: '未持有与申报系列和层级对应的职业资格（《吉林省部分专业技术类职业资格与职称对应目录》）',
        facts: { qualifications: names },
      },
    ];
  },

  status(_spec: Spec<'status'>, ctx: EvaluationContext): Failure[] {
    const s = ctx.request.applicant.statuses;
    if (s.returnee || s.partyGovTransfer || s.militaryTransfer) return MET;
    return [
      {
        message:
          '“一步到位”仅适用于海外归国人员、党政机关交流或部队转业安置到企事业单位从事专业技术工作的人员',
        facts: {
          returnee: s.returnee,
          partyGovTransfer: s.partyGovTransfer,
          militaryTransfer: s.militaryTransfer,
        },
      },
    ];
  },

  'one-step-unused'(_spec: Spec<'one-step-unused'>, ctx: EvaluationContext): Failure[] {
    return ctx.request.applicant.statuses.oneStepUsed
      ? [{ message: '“一步到位”政策只能享受一次，已使用过', facts: { oneStepUsed: true } }]
      : [];
  },

  'employer-kind'(spec: Spec<'employer-kind'>, ctx: EvaluationContext): Failure[] {
    const kinds = currentWork(ctx.request.applicant.work, ctx.request.asOf).map((w) => w.employerKind);
    if (kinds.some((k) => spec.anyOf.includes(k))) return MET;
    return [
      {
        message: `该途径要求现工作单位为${spec.anyOf.map((k) => EMPLOYER_KIND_NAMES[k] ?? k).join('或')}`,
        facts: { required: spec.anyOf, actual: kinds },
      },
    ];
  },

  'target-level'(spec: Spec<'target-level'>, ctx: EvaluationContext): Failure[] {
    if (spec.anyOf.includes(ctx.request.target.level)) return MET;
    return [
      {
        message: `该途径仅适用于${spec.anyOf.map((l) => LEVEL_NAMES[l]).join('、')}职称`,
        facts: { allowed: spec.anyOf, target: ctx.request.target.level },
      },
    ];
  },

  degree(spec: Spec<'degree'>, ctx: EvaluationContext): Failure[] {
    const held = highestDegree(ctx.request.applicant, ctx.request.asOf);
    if (spec.anyOf.includes(held)) return MET;
    return [
      {
        message: `须具备${spec.anyOf.map((d) => DEGREE_NAMES[d]).join('或')}学历（学位）`,
        facts: { required: spec.anyOf, actual: held },
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
    const months = cumulativeMonths(applicant.work, asOf, matches);
    const there = currentWork(applicant.work, asOf).some(matches);
    const metOn = cumulativeMetOn(applicant.work, asOf, matches, spec.years * 12);
    const where = spec.areas.map((a) => AREA_NAMES[a]).join('、');
    const what = spec.teaching ? '教学一线工作' : '一线专业技术工作';
    const failures: Failure[] = [];
    if (months < spec.years * 12) {
      failures.push({
        part: 'years',
        message: `须在${where}基层${what}累计满${spec.years}年，现为${years(months)}年`,
        facts: { required: spec.years, actual: years(months), actualMonths: months },
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
    const cameFromCity = applicant.work.some((w) => w.area === 'city');
    const grassrootsFront = (w: WorkPeriod) => w.frontline && (w.area === 'county' || w.area === 'township');
    const months = cumulativeMonths(applicant.work, asOf, grassrootsFront);
    const there = currentWork(applicant.work, asOf).some(grassrootsFront);
    if (cameFromCity && there && months >= spec.years * 12) return MET;
    return [
      {
        message: `须由城市到县（市）乡（镇）基层一线从事专业技术工作满${spec.years}年且仍在基层一线`,
        facts: { fromCity: cameFromCity, months, currentlyThere: there },
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

  'talent-category'(spec: Spec<'talent-category'>, ctx: EvaluationContext): Failure[] {
    const category = ctx.request.applicant.statuses.talentCategory;
    if (category && spec.anyOf.includes(category)) return MET;
    return [
      { message: `须为${spec.anyOf.join('、')}类人才`, facts: { required: spec.anyOf, actual: category } },
    ];
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
