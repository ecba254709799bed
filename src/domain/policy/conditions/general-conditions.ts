import type { ConditionSpec } from '../condition-spec';
import { RESIDENCE_NAMES } from '../names';
import { addMonths, isGoingOn } from '../profile-facts';
import { type EvaluationContext, type Failure, MET } from './evaluation-context';

type Spec<K extends ConditionSpec['kind']> = Extract<ConditionSpec, { kind: K }>;

/** Conditions every application must meet, whatever the pathway. */
export const generalEvaluators = {
  'not-retired'(_spec: Spec<'not-retired'>, ctx: EvaluationContext): Failure[] {
    return ctx.request.applicant.retired
      ? [{ message: '已退休人员不得申报职称评审', facts: { retired: true } }]
      : [];
  },

  'not-banned'(_spec: Spec<'not-banned'>, ctx: EvaluationContext): Failure[] {
    const until = ctx.request.applicant.integrity.bannedUntil;
    if (!until || until < ctx.request.asOf) return MET;
    return [
      {
        message: `因弄虚作假被记入诚信档案，${until}前不得申报职称评审`,
        facts: { bannedUntil: until },
      },
    ];
  },

  'has-employer'(_spec: Spec<'has-employer'>, ctx: EvaluationContext): Failure[] {
    const { work } = ctx.request.applicant;
    const asOf = ctx.request.asOf;
    for (const w of work) if (isGoingOn(w, asOf)) return MET;
    return [
      { message: '须在本人人事（劳动）关系所在单位申报，当前无在职工作单位', facts: { currentEmployers: 0 } },
    ];
  },

  'one-application-per-year'(_spec: Spec<'one-application-per-year'>, ctx: EvaluationContext): Failure[] {
    const others = ctx.request.applicant.applicationsThisYear;
    if (others.length === 0) return MET;
    return [
      {
        message: `每名专业技术人员同一年度只能申报一次、一个系列（专业）的职称，本年度已有${others.length}项申报`,
        facts: { applicationsThisYear: others.length },
      },
    ];
  },

  residence(spec: Spec<'residence'>, ctx: EvaluationContext): Failure[] {
    const residence = ctx.request.applicant.residence;
    if (spec.allowed.includes(residence)) return MET;
    return [
      {
        message: `${RESIDENCE_NAMES[residence] ?? residence}不在本政策允许申报的范围内`,
        facts: { residence, allowed: spec.allowed },
      },
    ];
  },

  'continuing-education'(_spec: Spec<'continuing-education'>, ctx: EvaluationContext): Failure[] {
    const requiredFrom = ctx.param('ce.requiredFromYear');
    const year = Number(ctx.request.asOf.slice(0, 4));
    if (requiredFrom === null || year < requiredFrom) return MET;
    const hours = ctx.param('ce.hoursPerYear');
    const share = ctx.param('ce.professionalShare');
    const checkedYear = year - 1;
    const record = ctx.request.applicant.continuingEducation.find((c) => c.year === checkedYear);
    if (!record) {
      return [
        {
          part: 'missing',
          message: `${checkedYear}年无继续教育学时记录，须完成不少于${hours}学时（其中专业科目不少于三分之二）`,
          facts: { year: checkedYear, required: hours, actual: 0 },
        },
      ];
    }
    const actual = record.hours;
    const professional = record.professionalHours;
    const requiredProfessional = Math.ceil(hours * share);
    if (actual >= hours && professional >= requiredProfessional) return MET;
    // One condition, one entry: both shortfalls are named in its message.
    const short = [
      actual < hours ? `总学时须不少于${hours}学时，现为${actual}学时` : '',
      professional < requiredProfessional
        ? `专业科目学时须不少于${requiredProfessional}学时（总学时的三分之二），现为${professional}学时`
        : '',
    ].filter(Boolean);
    return [
      {
        message: `${checkedYear}年继续教育学时未达标：${short.join('；')}`,
        facts: {
          year: checkedYear,
          requiredHours: hours,
          actualHours: actual,
          requiredProfessionalHours: requiredProfessional,
          actualProfessionalHours: professional,
        },
      },
    ];
  },

  'social-insurance'(_spec: Spec<'social-insurance'>, ctx: EvaluationContext): Failure[] {
    // No period set (a text that says only "一定时期"): the office reviews the record itself.
    const required = ctx.param('socialInsurance.minMonths');
    const record = ctx.request.applicant.socialInsurance;
    if (required === null || !record || record.monthsWithCurrentEmployer >= required) return MET;
    const actual = record.monthsWithCurrentEmployer;
    return [
      {
        message: `须在申报单位连续缴纳社会保险满${required}个月，现为${actual}个月`,
        facts: { required, actual },
        metOn: addMonths(ctx.request.asOf, required - actual),
      },
    ];
  },
};
