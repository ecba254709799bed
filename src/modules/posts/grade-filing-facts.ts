/**
 * What a grade filing's checks read, from the records: the route the unit's policy set takes
 * to the grade, the grade's vacancy on the board of the planned day, and each candidate's post
 * and title on record (domain/posts/grade-filing.ts).
 */
import type { Db } from '../../db/client';
import { type PostGrade, postGradeName } from '../../domain/catalogue';
import { invalidInput } from '../../domain/errors';
import {
  checkGradeFiling,
  type FilingCandidate,
  type GradeFilingRoute,
  gradeFilingRouteFor,
} from '../../domain/posts/grade-filing';
import { findPerson } from '../people';
import { appointmentRules, currentPost, titleLevelOf } from './appointment-facts';
import { recordedAppointmentsOf } from './appointments.repository';
import type { CandidateColumns } from './grade-filings.repository';
import { unitBoardAt } from './post-board.service';

type Unit = { id: string; jurisdictionCode: string };

/** The unit's set's route to `grade` on `day`: 400 where the set fills no such grade by a filing. */
export function filingRouteOf(unit: Unit, grade: number, day: string) {
  const rules = appointmentRules(unit.jurisdictionCode, day);
  const route = gradeFilingRouteFor(rules.documents, grade);
  if (!route)
    throw invalidInput(
      [
        {
          path: 'targetGrade',
          message: `本单位适用的政策未规定经省人社厅评定备案聘用${postGradeName(grade)}岗位（辽宁各市为二级岗位，吉林为三级、二级岗位）`,
        },
      ],
      'GRADE_FILING_INVALID_INPUT',
    );
  return { rules, route };
}

/** Each listed person's post in the unit and highest title on `day`: 400 for anyone not on the unit's record. */
export async function candidateColumns(
  db: Db,
  unitId: string,
  personIds: readonly string[],
  day: string,
): Promise<CandidateColumns[]> {
  const problems: { path: string; message: string }[] = [];
  const columns: CandidateColumns[] = [];
  for (const [position, personId] of personIds.entries()) {
    const person = await findPerson(db, personId);
    if (!person || person.organisationId !== unitId) {
      problems.push({ path: `candidates.${position}`, message: '参评人员不存在或不是本单位人员' });
      continue;
    }
    const [history, titleLevel] = await Promise.all([
      recordedAppointmentsOf(db, personId, unitId),
      titleLevelOf(db, person, undefined),
    ]);
    const current = currentPost(history, day);
    columns.push({
      personId,
      position,
      currentGrade: current?.grade ?? null,
      currentSince: current?.since ?? null,
      titleLevel,
      passed: null,
      result: null,
    });
  }
  if (problems.length) throw invalidInput(problems, 'GRADE_FILING_INVALID_INPUT');
  return columns;
}

/** The vacancy of the route's grade on the planned day, and the set's interval before it. */
export async function filingContext(db: Db, unit: Unit, route: GradeFilingRoute, day: string) {
  const { rules } = filingRouteOf(unit, route.targetGrade, day);
  const { board } = await unitBoardAt(db, unit.id, day);
  const interval = rules.intervalMonths.get(route.targetGrade);
  return {
    route,
    vacancy: board.grades.get(route.targetGrade)?.vacant ?? 0,
    asOf: day,
    ...(interval ? { interval } : {}),
  };
}

/** A stored candidate as the checks read it. */
export const asFilingCandidate = (c: CandidateColumns & { name: string }): FilingCandidate => ({
  name: c.name,
  current:
    c.currentGrade !== null && c.currentSince !== null
      ? { grade: c.currentGrade as PostGrade, since: c.currentSince }
      : null,
  titleLevel: c.titleLevel as FilingCandidate['titleLevel'],
  ...(c.passed !== null ? { passed: c.passed } : {}),
});

/** Every failing item of a filing now: its route, the vacancy of the planned day and the candidates. */
export async function checkFiling(
  db: Db,
  unit: Unit,
  filing: { targetGrade: number; plannedDate: string },
  candidates: readonly (CandidateColumns & { name: string })[],
  stage: 'plan' | 'report' = 'plan',
) {
  const { route } = filingRouteOf(unit, filing.targetGrade, filing.plannedDate);
  const context = await filingContext(db, unit, route, filing.plannedDate);
  return {
    route,
    vacancy: context.vacancy,
    problems: checkGradeFiling(candidates.map(asFilingCandidate), context, stage),
  };
}
