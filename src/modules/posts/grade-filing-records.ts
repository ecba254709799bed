/**
 * Loading a grade filing as the policy judges it, and its view: the pieces the filing
 * services and steps share.
 */
import type { Db } from '../../db/client';
import type { Actor } from '../../domain/access/actor';
import { presentAll } from '../../domain/access/record-policy';
import { isLevel, levelName, postGradeName } from '../../domain/catalogue';
import {
  GRADE_FILING_STATE_NAMES,
  type GradeFilingEvent,
  type GradeFilingState,
} from '../../domain/posts/grade-filing-workflow';
import { gradeFilingPolicy, gradeFilingRefusals } from './grade-filings.policy';
import { type FilingCandidateRow, type FilingRow, findGradeFiling } from './grade-filings.repository';
import { recordFor } from './post-plan-records';

/** The filing, once the actor's abilities on it include `event` (404, 409 or 403 otherwise). */
export async function loadGradeFilingFor(db: Db, actor: Actor, id: string, event: GradeFilingEvent) {
  return recordFor<FilingRow, GradeFilingEvent>(
    gradeFilingPolicy,
    gradeFilingRefusals,
    actor,
    await findGradeFiling(db, id),
    event,
  );
}

const titleName = (level: string | null) => (level && isLevel(level) ? levelName(level) : null);

export const candidateView = (c: FilingCandidateRow) => ({
  personId: c.personId,
  name: c.name,
  currentGrade: c.currentGrade,
  currentGradeName: c.currentGrade !== null ? postGradeName(c.currentGrade) : null,
  currentSince: c.currentSince,
  titleLevel: c.titleLevel,
  titleLevelName: titleName(c.titleLevel),
  passed: c.passed,
  result: c.result,
});

const iso = (d: Date | null) => d?.toISOString() ?? null;

function filingView({ filing: f, unit, candidates }: FilingRow) {
  return {
    id: f.id,
    unit: { id: unit.id, name: unit.name },
    targetGrade: f.targetGrade,
    targetGradeName: postGradeName(f.targetGrade),
    state: f.state,
    stateName: GRADE_FILING_STATE_NAMES[f.state as GradeFilingState] ?? f.state,
    standard: f.standard,
    plannedDate: f.plannedDate,
    vacancy: f.vacancy,
    acknowledgement: f.acknowledgement,
    evaluatedOn: f.evaluatedOn,
    reportNote: f.reportNote,
    approvalDocument: f.approvalDocument,
    returnReasons: f.returnReasons ?? [],
    candidates: candidates.map(candidateView),
    communicatedAt: iso(f.communicatedAt),
    reportedAt: iso(f.reportedAt),
    approvedAt: iso(f.approvedAt),
    updatedAt: f.updatedAt.toISOString(),
    check: null,
  };
}

const actionsOf = (events: readonly GradeFilingEvent[]) => ({
  edit: events.includes('edit'),
  communicate: events.includes('communicate'),
  acknowledge: events.includes('acknowledge'),
  report: events.includes('report'),
  return: events.includes('return'),
  approve: events.includes('approve'),
});

/** Filings as the API answers them, each with its `actions` from the policy. */
export function presentGradeFilings(actor: Actor, rows: readonly FilingRow[]) {
  return presentAll(gradeFilingPolicy, actor, rows, filingView).map(({ actions, ...view }) => ({
    ...view,
    actions: actionsOf(actions),
  }));
}
