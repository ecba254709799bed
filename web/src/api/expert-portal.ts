import { http } from './client';
import type { Attendance, SeatRole, SessionState } from './review';

// The expert portal (专家端): blind — items by anonymous code, never a name, a unit or a number.

const portalPath = '/api/v1/expert/sessions';

/** `GET /expert/sessions`: a session the expert sits on. */
export interface ExpertSession {
  sessionId: string;
  name: string;
  committeeName: string;
  heldOn: string;
  place: string;
  status: SessionState;
  statusName: string;
  group: string;
  role: SeatRole;
  greenChannel: boolean;
  attendance: Attendance;
}

/** The professional record of a blind item: what the applicant achieved, never who they are. */
export interface BlindRecord {
  education: { degree: string; major: string; fullTime: boolean; graduatedOn: string }[];
  titles: { series: string; level: string; obtainedOn: string; via: string }[];
  practicedSpecialty: { specialty: string; since: string } | null;
  work: { from: string; to: string | null; employerKind: string; area: string; frontline: boolean }[];
  annualAppraisals: { year: number; result: string }[];
  continuingEducation: { year: number; hours: number; professionalHours: number }[];
  achievements: { kind: string; on: string }[];
}

export interface BlindItem {
  code: string;
  group: string;
  greenChannel: boolean;
  title: string;
  pathwayName: string;
  eligibleAtFiling: boolean;
  unmetAtFiling: string[];
  record: BlindRecord | null;
  myScore: { score: number; comment: string } | null;
  /** Whether this expert has voted on it; how is never told back. */
  voted: boolean;
}

export interface ExpertItems {
  session: {
    id: string;
    name: string;
    heldOn: string;
    status: SessionState;
    statusName: string;
    canScore: boolean;
    canVote: boolean;
  };
  items: BlindItem[];
}

export type BallotChoice = 'agree' | 'disagree' | 'abstain';

const itemPath = (sessionId: string, code: string) =>
  `${portalPath}/${encodeURIComponent(sessionId)}/items/${encodeURIComponent(code)}`;

export function listMySessions(signal?: AbortSignal): Promise<ExpertSession[]> {
  return http.get<ExpertSession[]>(portalPath, { signal });
}

export function fetchMyItems(sessionId: string, signal?: AbortSignal): Promise<ExpertItems> {
  return http.get<ExpertItems>(`${portalPath}/${encodeURIComponent(sessionId)}/items`, { signal });
}

export function submitScore(
  sessionId: string,
  code: string,
  body: { score: number; comment: string },
): Promise<{ code: string; score: number }> {
  return http.post(`${itemPath(sessionId, code)}/score`, body);
}

/** 申请回避: the item leaves the expert's list; the office sees the reason. */
export function declareConflict(
  sessionId: string,
  code: string,
  detail: string,
): Promise<{ code: string; recused: boolean }> {
  return http.post(`${itemPath(sessionId, code)}/recusal`, { detail });
}

/** One ballot per item, single round: a second one is refused (409 BALLOT_ALREADY_CAST). */
export function castBallot(
  sessionId: string,
  code: string,
  choice: BallotChoice,
): Promise<{ code: string; recorded: boolean }> {
  return http.post(`${itemPath(sessionId, code)}/ballot`, { choice });
}
