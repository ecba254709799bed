import { LEVEL_NAMES, levelRank, nextLevelUp } from '../../catalogue';
import type { ConditionSpec } from '../condition-spec';
import type { SkillLevel } from '../eligibility-request';
import { ACHIEVEMENT_NAMES, EMPLOYER_KIND_NAMES, SKILL_NAMES } from '../names';
import {
  addMonths,
  currentWork,
  DEGREE_NAMES,
  highestDegree,
  highestTitle,
  monthsBetween,
} from '../profile-facts';
import { type EvaluationContext, type Failure, MET } from './evaluation-context';

type Spec<K extends ConditionSpec['kind']> = Extract<ConditionSpec, { kind: K }>;

/** Evaluators of the facts that open special pathways. */
export const pathwayEvaluators = {
  'no-level-skip'(_spec: Spec<'no-level-skip'>, ctx: EvaluationContext): Failure[] {
    return pathwayEvaluators['target-next-level']({ kind: 'target-next-level' }, ctx);
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
    const practiced = applicant.practicedSpecialty;
    const required = ctx.param(spec.longPracticeParam);
    const practicedYears =
      practiced?.specialty === wanted
        ? Math.floor(monthsBetween(practiced.since, ctx.request.asOf) / 12)
        : null;
    if (!restricted && practicedYears !== null && practicedYears >= required) return MET;
    const facts = {
      target: wanted,
      majors,
      practiced: practiced?.specialty ?? null,
      practicedSince: practiced?.since ?? null,
      restricted,
    };
    if (!restricted && practicedYears !== null)
      return [
        {
          message: `申报专业「${wanted}」与所学专业（${majors.join('、')}）不一致，按长期从事的专业申报须从事该专业满${required}年，现为${practicedYears}年`,
          facts: { ...facts, required, actual: practicedYears },
          metOn: addMonths(practiced!.since, required * 12),
        },
      ];
    return [
      {
        message: restricted
          ? `申报专业「${wanted}」涉及公共安全或人身健康，须按所学专业申报（所学专业：${majors.join('、')}）`
          : `申报专业「${wanted}」与所学专业（${majors.join('、')}）不一致，且不是本人长期从事的专业`,
        facts,
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
    if (held.length > 0 && (!spec.sameOrCloseSpecialty || held.some((a) => a.sameOrCloseSpecialty !== false)))
      return MET;
    if (held.length > 0)
      return [
        {
          part: 'field',
          message: `被举荐人须与举荐人深耕的专业领域一致或相近，且属本团队、本行业、本系统（${spec.anyOf.map((k) => ACHIEVEMENT_NAMES[k] ?? k).join('或')}）`,
          facts: { required: spec.anyOf, sameOrCloseSpecialty: false },
        },
      ];
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
      .map(([skill]) => SKILL_NAMES[skill as SkillLevel]);
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

  'talent-category'(spec: Spec<'talent-category'>, ctx: EvaluationContext): Failure[] {
    const category = ctx.request.applicant.statuses.talentCategory;
    if (category && spec.anyOf.includes(category)) return MET;
    return [
      { message: `须为${spec.anyOf.join('、')}类人才`, facts: { required: spec.anyOf, actual: category } },
    ];
  },
};
