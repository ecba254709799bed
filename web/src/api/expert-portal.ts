import { api, call, type Schemas } from './client';

// The expert portal (专家端): blind — items by anonymous code, never a name, a unit or a number.

/** `GET /expert/sessions`: a session the expert sits on. */
export type ExpertSession = Schemas['ExpertSession'];

/** The professional record of a blind item: what the applicant achieved, never who they are. */
export type BlindRecord = Schemas['BlindRecord'];

/** An item by its anonymous code; `voted` says whether this expert has voted on it, never how. */
export type BlindItem = Schemas['BlindItem'];

export type ExpertItems = Schemas['ExpertItems'];

export type BallotChoice = 'agree' | 'disagree' | 'abstain';

/** What the server answers to a score, a recusal or a ballot: the item's code and that it took. */
export type ScoreAnswer = { code: string; score: number };
export type RecusalAnswer = { code: string; recused: boolean };
export type BallotAnswer = { code: string; recorded: boolean };

/** A request about one item of a session: its path, and what the expert sends about it. */
const onItem = <B>(sessionId: string, code: string, body: B) => ({
  params: { path: { id: sessionId, code } },
  body,
});

export function listMySessions(signal?: AbortSignal): Promise<ExpertSession[]> {
  return call(api.GET('/api/v1/expert/sessions', { signal }));
}

export function fetchMyItems(sessionId: string, signal?: AbortSignal): Promise<ExpertItems> {
  return call(api.GET('/api/v1/expert/sessions/{id}/items', { params: { path: { id: sessionId } }, signal }));
}

export function submitScore(
  sessionId: string,
  code: string,
  body: { score: number; comment: string },
): Promise<ScoreAnswer> {
  return call(api.POST('/api/v1/expert/sessions/{id}/items/{code}/score', onItem(sessionId, code, body)));
}

/** 申请回避: the item leaves the expert's list; the office sees the reason. */
export function declareConflict(sessionId: string, code: string, detail: string): Promise<RecusalAnswer> {
  return call(
    api.POST('/api/v1/expert/sessions/{id}/items/{code}/recusal', onItem(sessionId, code, { detail })),
  );
}

/** One ballot per item, single round: a second one is refused (409 BALLOT_ALREADY_CAST). */
export function castBallot(sessionId: string, code: string, choice: BallotChoice): Promise<BallotAnswer> {
  return call(
    api.POST('/api/v1/expert/sessions/{id}/items/{code}/ballot', onItem(sessionId, code, { choice })),
  );
}
