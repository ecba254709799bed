import type { SessionState } from '../../../src/domain/review/session-states';
import type { TallyOutcomeKind } from '../../../src/domain/review/vote-tally';
import { http } from './client';

export type { SessionState, TallyOutcomeKind };

// The committee office's session console (评审会议) and the expert portal (专家端). Experts reach
// their sessions only through the portal, which is blind: items by anonymous code, never a name.

const sessionsPath = '/api/v1/review-sessions';

const sessionPath = (id: string) => `${sessionsPath}/${encodeURIComponent(id)}`;

/** One specialty group of the panel: seats and alternates drawn for it. */
export interface Stratum {
  group: string;
  seats: number;
  alternates: number;
  /** The green channel's 3 senior experts, who decide only green-channel applications. */
  greenChannel?: boolean;
}

/** `GET /review-sessions`: a row of the list. */
export interface SessionSummary {
  id: string;
  name: string;
  committeeId: string;
  committeeName: string;
  year: number;
  heldOn: string;
  place: string;
  status: SessionState;
  statusName: string;
  /** Members over all groups (alternates not counted). */
  seats: number;
  /** 民营企业职称评审“直通车”专场: reviews through-train applications only. */
  throughTrain: boolean;
}

/** A step the server offers the committee office in the session's stage: the buttons to show. */
export interface SessionStep {
  step:
    | 'agenda'
    | 'publish-seed'
    | 'draw'
    | 'schedule-defence'
    | 'open-voting'
    | 'close-voting'
    | 'preview'
    | 'cap-adjustments'
    | 'fix-results'
    | 'file'
    | 'announce';
  name: string;
}

export type Citation = { document: string; clause: string } | null;

/** A fixed result: immutable once the office has fixed it. */
export interface FixedResult {
  capGroup: string;
  attending: number;
  required: number;
  agree: number;
  disagree: number;
  abstain: number;
  rank: number | null;
  outcome: TallyOutcomeKind;
  passed: boolean;
  reason: string;
  citation: Citation;
  fixedAt: string;
}

/** One application on the agenda, as the office sees it (names included). */
export interface AgendaItem {
  applicationId: string;
  number: string;
  /** The anonymous code experts know the application by. */
  code: string;
  group: string;
  greenChannel: boolean;
  personName: string;
  employerName: string;
  title: string;
  pathwayName: string;
  state: string;
  stateName: string;
  defenceAt: string | null;
  defencePlace: string | null;
  deliberationNote: string | null;
  scoreCount: number;
  averageScore: number | null;
  comments: { expertName: string; score: number; comment: string }[];
  ballotsCast: number;
  /** The counts, once voting has closed. */
  tally: { agree: number; disagree: number; abstain: number } | null;
  result: FixedResult | null;
}

export type SeatRole = 'member' | 'alternate';
export type Attendance = 'present' | 'absent' | null;

export interface Seat {
  expertId: string;
  name: string;
  unitName: string;
  level: string;
  specialty: string;
  privateSector: boolean;
  group: string;
  role: SeatRole;
  order: number;
  /** `null` until the roll call. */
  attendance: Attendance;
}

export interface Recusal {
  expertId: string;
  expertName: string | null;
  applicationId: string;
  code: string | null;
  reason: string;
  reasonName: string;
  detail: string;
  /** draw | expert | office */
  source: string;
}

/** `GET /review-sessions/:id`: the console. `steps` is empty for those who only read. */
export interface SessionDetail {
  id: string;
  name: string;
  committeeId: string;
  committeeName: string;
  year: number;
  heldOn: string;
  place: string;
  status: SessionState;
  statusName: string;
  /** 民营企业职称评审“直通车”专场: reviews through-train applications only. */
  throughTrain: boolean;
  version: number;
  steps: SessionStep[];
  strata: Stratum[];
  /** 评聘结合 bonuses set on pass-rate groups (jilin-2022 一(二)4). */
  capAdjustments: { capGroup: string; bonusId: string; points: number }[];
  specialtyGroups: unknown;
  draw: {
    seed: string | null;
    seedPublishedAt: string | null;
    poolHash: string | null;
    inputsHash: string | null;
    drawnAt: string | null;
  };
  agenda: AgendaItem[];
  seats: Seat[];
  recusals: Recusal[];
  voting: {
    quorumRequired: number | null;
    attending: number | null;
    openedAt: string | null;
    closedAt: string | null;
  };
  results: {
    fixedAt: string | null;
    digest: string | null;
    publicityEndsOn: string | null;
    filingDueOn: string | null;
    filedOn: string | null;
    filingOverdue: boolean;
    announcementNumber: string | null;
    announcedOn: string | null;
  };
  minutes: string;
}

export interface NewSession {
  committeeId: string;
  name: string;
  heldOn: string;
  place: string;
  strata: Stratum[];
  /** 直通车专场: any day of the year (not by 11-30), only through-train applications. */
  throughTrain?: boolean;
}

/** What publishing the seed froze and published: what an auditor replays the draw from. */
export interface PublishedSeed {
  seed: string;
  poolHash: string;
  inputsHash: string;
  poolSize: number;
}

/** What fixing the results would decide for one application now. */
export interface PreviewOutcome {
  applicationId: string;
  code: string;
  number: string;
  personName: string;
  capGroup: string;
  attending: number;
  required: number;
  counts: { agree: number; disagree: number; abstain: number };
  meetsThreshold?: boolean;
  rank: number | null;
  outcome: TallyOutcomeKind;
  passed: boolean;
  reason: string;
  citation: Citation;
  greenChannel?: boolean;
}

/** A pass-rate group: how many passed the vote threshold may pass under the cap. */
export interface PreviewGroup {
  capGroup: string;
  candidates: number;
  /** The cap as a share (0.3 = 30%); `null` when no cap applies. */
  rate: number | null;
  /** The most who may pass (rounded down); `null` when no cap applies. */
  limit: number | null;
  passed: number;
  citation: Citation;
}

export interface ResultsPreview {
  outcomes: PreviewOutcome[];
  groups: PreviewGroup[];
}

export interface FixedResults {
  digest: string;
  passed: number;
  failed: number;
  publicityEndsOn: string;
  filingDueOn: string;
}

export function listSessions(signal?: AbortSignal): Promise<SessionSummary[]> {
  return http.get<SessionSummary[]>(sessionsPath, { signal });
}

export function createSession(body: NewSession): Promise<{ id: string }> {
  return http.post<{ id: string }>(sessionsPath, body);
}

export function fetchSession(id: string, signal?: AbortSignal): Promise<SessionDetail> {
  return http.get<SessionDetail>(sessionPath(id), { signal });
}

export function addToAgenda(id: string, applicationIds: string[]): Promise<{ added: number }> {
  return http.post<{ added: number }>(`${sessionPath(id)}/agenda`, { applicationIds });
}

/** Freezes the pool snapshot and the recusal inputs and publishes their SM3 with the seed. */
export function publishSeed(id: string, seed?: string): Promise<PublishedSeed> {
  return http.post<PublishedSeed>(`${sessionPath(id)}/seed`, seed ? { seed } : {});
}

export function drawPanel(id: string): Promise<{ seats: number; recusals: number }> {
  return http.post<{ seats: number; recusals: number }>(`${sessionPath(id)}/draw`);
}

export function scheduleDefence(
  id: string,
  body: { applicationId: string; at: string; place: string },
): Promise<{ applicationId: string; defenceAt: string; defencePlace: string }> {
  return http.post(`${sessionPath(id)}/defence`, body);
}

export function recordMinutes(
  id: string,
  body: { minutes?: string; notes?: { applicationId: string; note: string }[] },
): Promise<{ ok: boolean }> {
  return http.post<{ ok: boolean }>(`${sessionPath(id)}/minutes`, body);
}

/** The roll call: those present; the server refuses without a quorum (2/3 of the members). */
export function openVoting(
  id: string,
  present: string[],
): Promise<{ attending: number; quorumRequired: number }> {
  return http.post(`${sessionPath(id)}/voting/open`, { present });
}

export function closeVoting(id: string): Promise<{ ballots: number }> {
  return http.post<{ ballots: number }>(`${sessionPath(id)}/voting/close`);
}

export function previewResults(id: string, signal?: AbortSignal): Promise<ResultsPreview> {
  return http.get<ResultsPreview>(`${sessionPath(id)}/results/preview`, { signal });
}

export function fixResults(id: string): Promise<FixedResults> {
  return http.post<FixedResults>(`${sessionPath(id)}/results`);
}

export function fileResults(
  id: string,
): Promise<{ filedOn: string; applications: number; overdue: boolean }> {
  return http.post(`${sessionPath(id)}/filing`);
}

export function announceResults(
  id: string,
  announcementNumber: string,
): Promise<{ announcementNumber: string; conferred: number }> {
  return http.post(`${sessionPath(id)}/announcement`, { announcementNumber });
}

/** 评聘结合 bonuses on pass-rate groups (jilin-2022 一(二)4), before the results are fixed. */
export function setCapAdjustments(
  id: string,
  adjustments: { capGroup: string; bonusId: string; points: number }[],
): Promise<{ adjustments: { capGroup: string; bonusId: string; points: number }[] }> {
  return http.post(`${sessionPath(id)}/cap-adjustments`, { adjustments });
}
