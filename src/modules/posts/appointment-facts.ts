/**
 * The facts the appointment guards read (domain/posts/appointment.ts), gathered from the
 * records: the unit's plan in force and board on the start date, the person's filed posts,
 * titles and retirement date, the 退二进一 figures, and the rules of the unit's policy set.
 */
import type { Db } from '../../db/client';
import type { AppointmentRecord, PersonRecord } from '../../db/schema';
import { statutoryRetirementDate } from '../../domain/calendar';
import {
  compareLevels,
  type Level,
  levelOfPostGrade,
  type PostGrade,
  type RegionTier,
} from '../../domain/catalogue';
import type { AppointmentFacts, AppointmentRequest, PersonPostFacts } from '../../domain/posts/appointment';
import { postRulesOf } from '../../domain/posts/post-rules';
import { policyForPlace } from '../policy';
import { titleEvidenceOf } from '../profile';
import { recordedAppointmentsOf, recordedAppointmentsOfUnit } from './appointments.repository';
import { approvedGradeFilingsOf } from './grade-filings.repository';
import { unitBoardAt } from './post-board.service';
import { regionTierOf } from './post-plan-records';
import { approvedPlanOf } from './post-plans.repository';

/** What the unit states about the person that no record holds (新增人员, 交流进入, 双肩挑…). */
export type DeclaredPersonFacts = Pick<
  PersonPostFacts,
  | 'newStaff'
  | 'exchangeEntrant'
  | 'dualRole'
  | 'introducedTalent'
  | 'fromCategory'
  | 'covidFrontlineCommended'
>;

/**
 * 规定退休时间 from the birth date and sex on record, with the gradual raise from 2025
 * (`statutoryRetirementDate`). Professional staff of public institutions are cadres, so a woman
 * follows the schedule of the former age 55 (to 58), never that of women workers (50 → 55).
 */
export function retirementDateOf(person: Pick<PersonRecord, 'birthDate' | 'gender'>): string {
  return statutoryRetirementDate(person.birthDate, person.gender === 'female' ? 'female-55' : 'male');
}

/** The filed appointment current on `day`, and since when the person holds its grade without a break. */
export function currentPost(history: readonly AppointmentRecord[], day: string) {
  const current = history.find(
    (a) => a.state === 'filed' && a.startDate <= day && (a.endDate === null || a.endDate > day),
  );
  if (!current) return null;
  let since = current.startDate;
  // An earlier appointment at the same grade ending the day this one began is the same tenure.
  for (const a of [...history].reverse())
    if (a.grade === current.grade && a.endDate === since && a.startDate < since) since = a.startDate;
  return { grade: current.grade as PostGrade, since };
}

/** The highest title level the person holds (in the post's series when the request names it). */
export async function titleLevelOf(
  db: Db,
  person: PersonRecord,
  series: string | undefined,
): Promise<Level | null> {
  const { records } = await titleEvidenceOf(db, person);
  const levels = records.filter((r) => !series || r.series === series).map((r) => r.level);
  return levels.sort(compareLevels).at(-1) ?? null;
}

/**
 * 退二进一 since the level went over quota, derived from the unit's recorded appointments (no
 * ledger table): departures are appointments at the level that ended after the plan in force
 * began and on or before the day; appointments made under the rule are those filed at the level
 * since then whose check passed on the 退二进一 note. "Since the plan began" stands for "since the
 * level went over", which the records do not date; docs/POSTS.md says so.
 */
function overQuotaFigures(recorded: readonly AppointmentRecord[], level: Level, since: string, day: string) {
  const atLevel = recorded.filter((a) => levelOfPostGrade(a.grade as PostGrade) === level);
  const departures = atLevel.filter(
    (a) => a.endDate !== null && a.endDate > since && a.endDate <= day && a.kind !== 'ending',
  ).length;
  const appointments = atLevel.filter((a) => a.startDate >= since && usedOverQuotaRule(a.findings)).length;
  return { departures, appointments };
}

const usedOverQuotaRule = (findings: unknown) =>
  Array.isArray((findings as { notes?: unknown } | null)?.notes) &&
  (findings as { notes: { key: string; note: string }[] }).notes.some((n) => n.note.includes('退二进一'));

/** The rules of the unit's policy set on the start date, read for its tier. */
export function appointmentRules(jurisdictionCode: string, day: string, tier?: string) {
  const policy = policyForPlace(jurisdictionCode, day);
  return postRulesOf(policy, (tier as RegionTier | undefined) ?? regionTierOf(jurisdictionCode));
}

/** Everything the guards read for one request of a unit about one person. */
export async function appointmentFacts(
  db: Db,
  unit: { id: string; jurisdictionCode: string },
  person: PersonRecord,
  request: AppointmentRequest,
  declared: DeclaredPersonFacts,
): Promise<{ facts: AppointmentFacts; rules: ReturnType<typeof appointmentRules>; planId: string | null }> {
  const day = request.startDate;
  const [{ plan, board }, current, history, recorded, titleLevel, gradeFilings] = await Promise.all([
    unitBoardAt(db, unit.id, day),
    approvedPlanOf(db, unit.id),
    recordedAppointmentsOf(db, person.id, unit.id),
    recordedAppointmentsOfUnit(db, unit.id),
    titleLevelOf(db, person, request.series),
    approvedGradeFilingsOf(db, person.id, unit.id),
  ]);
  const level = levelOfPostGrade(request.grade as PostGrade);
  return {
    planId: plan?.id ?? null,
    rules: appointmentRules(unit.jurisdictionCode, day, plan?.regionTier),
    facts: {
      person: {
        ...declared,
        current: currentPost(history, day),
        titleLevel,
        retirementDate: retirementDateOf(person),
        gradeFilings,
      },
      unit: {
        // Before the first plan began, the guard names the plan's first day.
        plan: plan || current ? { approved: true, effectiveFrom: (plan ?? current)!.effectiveFrom } : null,
        board,
        ...(plan && level ? { overQuota: overQuotaFigures(recorded, level, plan.effectiveFrom, day) } : {}),
      },
    },
  };
}
