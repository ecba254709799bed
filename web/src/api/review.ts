import { api, type BodyOf, call, type Schemas } from './client';

// The committee office's session console (评审会议) and the expert portal (专家端). Experts reach
// their sessions only through the portal, which is blind: items by anonymous code, never a name.

/** `GET /review-sessions`: a row of the list; `seats` counts members over all groups (alternates not counted). */
export type SessionSummary = Schemas['SessionSummary'];

/** The stage of a session. */
export type SessionState = SessionSummary['status'];

/** One specialty group of the panel: seats and alternates drawn for it. */
export type Stratum = Schemas['Stratum'];

/** A step the server offers the committee office in the session's stage: the buttons to show. */
export type SessionStep = Schemas['SessionStep'];

export type Citation = Schemas['FixedResult']['citation'];

/** A fixed result: immutable once the office has fixed it. */
export type FixedResult = Schemas['FixedResult'];

export type TallyOutcomeKind = FixedResult['outcome'];

/** One application on the agenda, as the office sees it (names included); `code` is what experts know it by. */
export type AgendaItem = Schemas['AgendaItem'];

/** A seat of the panel; `attendance` is `null` until the roll call. */
export type Seat = Schemas['Seat'];

export type Recusal = Schemas['Recusal'];

/** `GET /review-sessions/:id`: the console. `actions` (the office's steps now) is empty for those who only read. */
export type SessionDetail = Schemas['SessionDetail'];

export type NewSession = BodyOf<'/api/v1/review-sessions', 'post'>;

/** What publishing the seed froze and published: what an auditor replays the draw from. */
export type PublishedSeed = Schemas['SessionSeedPublished'];

/**
 * What fixing the results would decide for one application now; the results tab reads fixed
 * results in the same shape, where whether the vote met the threshold is not kept.
 */
export type PreviewOutcome = Omit<Schemas['PreviewOutcome'], 'meetsThreshold'> &
  Partial<Pick<Schemas['PreviewOutcome'], 'meetsThreshold'>>;

/** A pass-rate group: how many passed the vote threshold may pass under the cap. */
export type PreviewGroup = Schemas['PreviewGroup'];

export type ResultsPreview = Schemas['ResultsPreview'];

export type FixedResults = Schemas['SessionResultsFixed'];

/** The path parameters of a session's own routes. */
const of = (id: string) => ({ params: { path: { id } } });

export function listSessions(signal?: AbortSignal): Promise<SessionSummary[]> {
  return call(api.GET('/api/v1/review-sessions', { signal }));
}

export function createSession(body: NewSession): Promise<{ id: string }> {
  return call(api.POST('/api/v1/review-sessions', { body }));
}

export function fetchSession(id: string, signal?: AbortSignal): Promise<SessionDetail> {
  return call(api.GET('/api/v1/review-sessions/{id}', { ...of(id), signal }));
}

export function addToAgenda(id: string, applicationIds: string[]): Promise<{ added: number }> {
  return call(api.POST('/api/v1/review-sessions/{id}/agenda', { ...of(id), body: { applicationIds } }));
}

/** Freezes the pool snapshot and the recusal inputs and publishes their SM3 with the seed. */
export function publishSeed(id: string, seed?: string): Promise<PublishedSeed> {
  return call(api.POST('/api/v1/review-sessions/{id}/seed', { ...of(id), body: seed ? { seed } : {} }));
}

export function drawPanel(id: string): Promise<{ seats: number; recusals: number }> {
  return call(api.POST('/api/v1/review-sessions/{id}/draw', of(id)));
}

export function scheduleDefence(
  id: string,
  body: { applicationId: string; at: string; place: string },
): Promise<{ applicationId: string; defenceAt: string; defencePlace: string }> {
  return call(api.POST('/api/v1/review-sessions/{id}/defence', { ...of(id), body }));
}

export function recordMinutes(
  id: string,
  body: { minutes?: string; notes?: { applicationId: string; note: string }[] },
): Promise<{ ok: boolean }> {
  return call(api.POST('/api/v1/review-sessions/{id}/minutes', { ...of(id), body }));
}

/** The roll call: those present; the server refuses without a quorum (2/3 of the members). */
export function openVoting(
  id: string,
  present: string[],
): Promise<{ attending: number; quorumRequired: number }> {
  return call(api.POST('/api/v1/review-sessions/{id}/voting/open', { ...of(id), body: { present } }));
}

export function closeVoting(id: string): Promise<{ ballots: number }> {
  return call(api.POST('/api/v1/review-sessions/{id}/voting/close', of(id)));
}

export function previewResults(id: string, signal?: AbortSignal): Promise<ResultsPreview> {
  return call(api.GET('/api/v1/review-sessions/{id}/results/preview', { ...of(id), signal }));
}

export function fixResults(id: string): Promise<FixedResults> {
  return call(api.POST('/api/v1/review-sessions/{id}/results', of(id)));
}

export function fileResults(
  id: string,
): Promise<{ filedOn: string; applications: number; overdue: boolean }> {
  return call(api.POST('/api/v1/review-sessions/{id}/filing', of(id)));
}

export function announceResults(
  id: string,
  announcementNumber: string,
): Promise<{ announcementNumber: string; conferred: number }> {
  return call(
    api.POST('/api/v1/review-sessions/{id}/announcement', { ...of(id), body: { announcementNumber } }),
  );
}

/** 评聘结合 bonuses on pass-rate groups (jilin-2022 一(二)4), before the results are fixed. */
export function setCapAdjustments(
  id: string,
  adjustments: { capGroup: string; bonusId: string; points: number }[],
): Promise<{ adjustments: { capGroup: string; bonusId: string; points: number }[] }> {
  return call(api.POST('/api/v1/review-sessions/{id}/cap-adjustments', { ...of(id), body: { adjustments } }));
}
