import type { Citation } from '../policy/citation';
import { citeSuffix } from './review-citations';

/**
 * The Liaoning city documents' clause on the private-enterprise through-train (民营企业职称评审
 * “直通车”: 随时申报、单独评价、一年多评), used only when an application's own policy set opens
 * no such pathway and so has no clause of its own to cite.
 */
export const THROUGH_TRAIN_CITATIONS: readonly Citation[] = [
  { document: 'anshan-2023', clause: '三' },
  { document: 'liaoyang-2023', clause: '五' },
  { document: 'liaoning-city-2025-draft', clause: '4' },
];

/**
 * The deadline a through-train session (直通车专场) keeps: 随时申报、一年多评 lifts the annual
 * meeting's 11月底 deadline, but the review still stays within the application year (不跨年度).
 */
export const THROUGH_TRAIN_SESSION_DEADLINE = '12-31';

/** The month-day by which a session must be held: the policy's own for an annual meeting, 12-31 for a through-train session. */
export function sessionDeadlineFor(throughTrainSession: boolean, policyDeadline: string): string {
  return throughTrainSession ? THROUGH_TRAIN_SESSION_DEADLINE : policyDeadline;
}

/**
 * The clause a policy set's through-train pathway cites (anshan-2023 三, liaoyang-2023 五,
 * liaoning-city-2025-draft 4), or null where the set opens no through-train.
 */
export function throughTrainCitation(
  pathways: readonly { pathway: string; citation: Citation }[],
): Citation | null {
  return pathways.find((p) => p.pathway === 'through-train')?.citation ?? null;
}

/** What a through-train message cites: the governing document's own clause, else all three city documents'. */
export function throughTrainClauses(citation: Citation | null): readonly Citation[] {
  return citation ? [citation] : THROUGH_TRAIN_CITATIONS;
}

/**
 * Why this application may not go onto this session's agenda under 单独评价 (null = it may):
 * through-train applications are evaluated in their own sessions, and those sessions review
 * nothing else. `citation` is the clause of the application's governing document.
 */
export function throughTrainAgendaProblem(
  app: { number: string; throughTrain: boolean },
  throughTrainSession: boolean,
  citation: Citation | null,
): string | null {
  if (app.throughTrain === throughTrainSession) return null;
  const cite = citeSuffix(throughTrainClauses(citation));
  return app.throughTrain
    ? `申报${app.number}为民营企业职称评审“直通车”申报，须单独评价，只能列入直通车专场${cite}`
    : `申报${app.number}不是民营企业职称评审“直通车”申报，不能列入直通车专场（直通车专场单独评价直通车申报）${cite}`;
}
