import type { Level, PostGrade } from '../catalogue';
import type { PostBoard } from './post-board';

/** The kinds of appointment (聘用) of DOMAIN §8. */
export const APPOINTMENT_KINDS = [
  'first',
  'within-level',
  'new-level',
  'transfer-in',
  'conversion',
  'borrowed',
  'special',
  'regularisation',
  'lowering',
  'ending',
] as const;

export type AppointmentKind = (typeof APPOINTMENT_KINDS)[number];

export const APPOINTMENT_KIND_NAMES: Readonly<Record<AppointmentKind, string>> = {
  first: '首次聘用',
  'within-level': '层级内晋升等级',
  'new-level': '晋升上一层级',
  'transfer-in': '调入人员聘用',
  conversion: '管理、工勤岗位人员转聘专业技术岗位',
  borrowed: '借用高级别空余岗位聘用',
  special: '特设岗位聘用',
  regularisation: '转正定级',
  lowering: '降低岗位等级',
  ending: '解除聘用',
};

/** What the unit proposes. */
export interface AppointmentRequest {
  readonly kind: AppointmentKind;
  /** The grade to hold (for `ending`, the grade being left). */
  readonly grade: number;
  /** The title level the post is for, when the form names it: the grade must belong to it. */
  readonly level?: Level;
  /** First day of the appointment (or of the change), YYYY-MM-DD. */
  readonly startDate: string;
  /** The series of the post (e.g. 'health'); borrowing by an exchange entrant compares it. */
  readonly series?: string;
  /** Borrowed: the higher grade whose vacant post is used, and that post's series. */
  readonly borrowFromGrade?: number;
  readonly borrowFromSeries?: string;
  /** Special, lowering, ending: why (特设事由, 考核不合格, 合同期满…). */
  readonly reason?: string;
  /** Special: the approval of HR of prefecture level or above (document number). */
  readonly approvalDocument?: string;
  /** 先聘后评: the date by which the title must be obtained (liaoyang-2023 §七). */
  readonly titleDueDate?: string;
  /** New staff placed without a vacancy because of institutional reform (因机构改革等特殊需要). */
  readonly institutionalReform?: boolean;
  /** An approved shortening of the interval, in months, where the set allows it (2025-draft #23). */
  readonly intervalShortenedMonths?: number;
  /**
   * Months the person held the same grade as a contract or dispatched worker managed like the
   * unit's staff, before joining its establishment by open recruitment (2025-draft #23 原聘用资历);
   * stated by the unit, counted where the set allows it.
   */
  readonly priorContractServiceMonths?: number;
}

/** The person's facts the guards read. */
export interface PersonPostFacts {
  /** The professional post held in this unit now, if any. */
  readonly current?: { readonly grade: PostGrade; readonly since: string } | null;
  /** The highest title level held in the post's series (null: none). */
  readonly titleLevel: Level | null;
  /** Newly recruited or transferred in (新增人员). */
  readonly newStaff: boolean;
  /** Entered the unit through staff exchange (通过人员交流方式进入). */
  readonly exchangeEntrant: boolean;
  /** Holds a management post as well (双肩挑). */
  readonly dualRole: boolean;
  /** An introduced expert or team member (引进的海外专家、科研团队), who may be 先聘后评. */
  readonly introducedTalent: boolean;
  /** For a conversion: the category the person comes from. */
  readonly fromCategory?: 'management' | 'support';
  /**
   * Commended for an outstanding contribution on the COVID front line (疫情防控一线做出突出贡献),
   * as the unit states it: jilin-2022 二(三)'s direct appointment to the next grade (guard-exemptions.ts).
   */
  readonly covidFrontlineCommended?: boolean;
  /** 规定退休时间. */
  readonly retirementDate?: string;
  /** Grades the provincial HR bureau approved for the person by a grade filing (passed, 备案核准). */
  readonly gradeFilings?: readonly { readonly grade: PostGrade; readonly approvalDocument: string }[];
}

/** The unit's facts the guards read. */
export interface UnitPostFacts {
  /** The approved plan in force, or null when the unit has none. */
  readonly plan: { readonly approved: boolean; readonly effectiveFrom: string } | null;
  /** The board on the request's start date (computePostBoard). */
  readonly board: PostBoard;
  /**
   * 退二进一 bookkeeping for the target's level since it went over quota: departures (people
   * who left the level) and appointments already made under the rule.
   */
  readonly overQuota?: { readonly departures: number; readonly appointments: number };
  /** A conversion scheme (转聘工作方案) approved by the competent department. */
  readonly conversionSchemeApproved?: boolean;
}

export interface AppointmentFacts {
  readonly person: PersonPostFacts;
  readonly unit: UnitPostFacts;
}
