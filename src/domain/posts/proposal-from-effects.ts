/**
 * What a conferred title proposes for the person's post (issue 20, Deliver 3; docs/POSTS.md
 * "Outside-quota proposals from eligibility effects"): a special post when the pathway's effects
 * put it outside the quota or name a grade, else — where the series is 评聘结合 — an ordinary
 * appointment at the title's level for the unit to complete.
 */
import {
  isPostGrade,
  type Level,
  levelName,
  levelOfPostGrade,
  levelRank,
  lowestGradeOf,
  type PostGrade,
  postGradeName,
} from '../catalogue';
import type { Citation } from '../policy/citation';
import type { Effects } from '../policy/rule-base';
import type { AppointmentKind } from './appointment';
import type { Cited } from './post-rules';

/** Where an appointment comes from (`appointments.source`): the unit's own, or a proposal from a title. */
export const APPOINTMENT_SOURCE_NAMES = {
  unit: '单位申请',
  'eligibility-effect': '职称途径特设岗位',
  'combined-review': '评聘结合',
  'self-declared': '本人申报（未核实）',
} as const;
export type AppointmentSource = keyof typeof APPOINTMENT_SOURCE_NAMES;
export const APPOINTMENT_SOURCES = Object.keys(APPOINTMENT_SOURCE_NAMES) as AppointmentSource[];

/** The sources of proposals a conferred title makes. */
export type ProposalSource = Extract<AppointmentSource, 'eligibility-effect' | 'combined-review'>;

/** The conferred title and what its evaluation stored, as the proposal reads them. */
export interface ConferredTitleFacts {
  readonly series: string;
  readonly level: Level;
  /** The chosen pathway's effects, as stored with the application. */
  readonly effects: Partial<Pick<Effects, 'outsidePostQuota' | 'postGrade'>>;
  /** The chosen pathway's basis (name and clause): the proposal's reason and citation. */
  readonly basis: { readonly name: string; readonly citation: Citation } | null;
  /**
   * The status now of the policy set the effects come from: a draft's effects (the 2025
   * 征求意见稿's competition winners) never decide until the draft is adopted (DOMAIN §4).
   */
  readonly effectsPolicyStatus: 'in-force' | 'draft';
  /** `appointment.combined.<series>` of the unit's policy set on the day (undefined: 评聘分开). */
  readonly combined?: Cited<boolean>;
  /** The professional post the person holds in the unit now, if any. */
  readonly currentGrade: PostGrade | null;
}

/** The appointment a conferred title proposes: a draft the unit completes and takes up the chain. */
export interface AppointmentProposal {
  readonly source: ProposalSource;
  readonly kind: AppointmentKind;
  readonly grade: PostGrade;
  readonly level: Level;
  readonly boardKind: 'special' | 'normal';
  readonly reason: string;
  readonly citations: readonly Citation[];
}

/** The grade an effect names, when it is a real grade (a stored 0 or 14 proposes the level's lowest). */
function namedGrade(postGrade: number | null | undefined): PostGrade | null {
  return isPostGrade(postGrade) ? postGrade : null;
}

/**
 * The proposal for a conferred title, or null when none is due: a special post (outside the
 * total, the top grade and the ratios — board kind `special`) at `postGrade` or the lowest grade
 * of the title's level when the pathway carries `outsidePostQuota` or `postGrade`; else, in a
 * 评聘结合 series, a first appointment or one to the new level at its lowest grade, unless the
 * person already holds a post at that level or above (nothing to propose).
 */
export function proposalFromEffects(title: ConferredTitleFacts): AppointmentProposal | null {
  const { effects, basis } = title;
  const grade = namedGrade(effects.postGrade);
  const fromEffects =
    title.effectsPolicyStatus === 'in-force' && (effects.outsidePostQuota === true || grade !== null);
  if (fromEffects) {
    const at = grade ?? lowestGradeOf(title.level);
    const how = basis ? `依“${basis.name}”` : '依职称评审途径';
    return {
      source: 'eligibility-effect',
      kind: 'special',
      grade: at,
      level: levelOfPostGrade(at)!,
      boardKind: 'special',
      reason: `${how}取得${levelName(title.level)}职称，按特设岗位聘用到${postGradeName(at)}，不占单位岗位总量和结构比例`,
      citations: basis ? [basis.citation] : [],
    };
  }
  if (title.combined?.value !== true) return null;
  const lowest = lowestGradeOf(title.level);
  const held = title.currentGrade;
  const heldLevel = held === null ? null : levelOfPostGrade(held)!;
  if (heldLevel && levelRank(heldLevel) >= levelRank(title.level)) return null;
  return {
    source: 'combined-review',
    kind: held === null ? 'first' : 'new-level',
    grade: lowest,
    level: title.level,
    boardKind: 'normal',
    reason: `评聘结合：经评审取得${levelName(title.level)}职称，拟聘用到${postGradeName(lowest)}（由单位确认聘用类型和等级）`,
    citations: [title.combined.citation],
  };
}
