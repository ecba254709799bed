import { api, type BodyOf, call, type Page, type PageQuery, type Schemas } from './client';

// The integrity archive (诚信档案库) and complaints (投诉举报): fraud findings that revoke titles and
// ban applications, and the public's real-name complaints with their handling.

export const findingsPath = '/api/v1/integrity/findings';
export const findingsExportPath = '/api/v1/integrity/findings/export';

/** One fraud finding as the archive lists it; the ID number arrives masked only, `bannedUntil` is the last banned day. */
export type FindingRow = Schemas['Finding'];

export type FindingDetail = Schemas['FindingDetail'];

/** A page of the archive, with what the user may do with the archive as a whole (record a finding). */
export type FindingPage = Schemas['FindingPage'];

export interface FindingFilters {
  q?: string;
  bannedNow?: boolean;
}

export type NewFinding = BodyOf<'/api/v1/integrity/findings', 'post'>;

export type RecordedFinding = Schemas['RecordedFinding'];

/** A yes/no filter as the query carries it. */
const flag = (value: boolean | undefined) => (value === undefined ? undefined : value ? 'true' : 'false');

/** One page of the archive of the user's jurisdiction, with the list's filters. */
export function listFindings(query: PageQuery<FindingFilters>, signal?: AbortSignal): Promise<FindingPage> {
  const { bannedNow, ...rest } = query;
  return call(
    api.GET('/api/v1/integrity/findings', {
      params: { query: { ...rest, bannedNow: flag(bannedNow) } },
      signal,
    }),
  );
}

/** A finding in full, with its facts and evidence. */
export function fetchFinding(id: string, signal?: AbortSignal): Promise<FindingDetail> {
  return call(api.GET('/api/v1/integrity/findings/{id}', { params: { path: { id } }, signal }));
}

/** 记录失信行为: revokes the listed certificates and bans applications, all at once or not at all. */
export function recordFinding(body: NewFinding): Promise<RecordedFinding> {
  return call(api.POST('/api/v1/integrity/findings', { body }));
}

/** One complaint as the HR bureau and the supervisor see it (`reference`: 受理编号); the phone arrives masked only. */
export type ComplaintRow = Schemas['Complaint'];

export type ComplaintStatus = ComplaintRow['status'];

/** What the server accepts from this user on a complaint now. */
export type ComplaintAction = ComplaintRow['actions'][number];

export interface ComplaintFilters {
  q?: string;
  status?: ComplaintStatus;
  malicious?: boolean;
}

/** One page of the complaints addressed to the user's jurisdiction, open ones first. */
export function listComplaints(
  query: PageQuery<ComplaintFilters>,
  signal?: AbortSignal,
): Promise<Page<ComplaintRow>> {
  const { malicious, ...rest } = query;
  return call(
    api.GET('/api/v1/complaints', { params: { query: { ...rest, malicious: flag(malicious) } }, signal }),
  );
}

/** 办结: the outcome of the verification, recorded once. */
export function resolveComplaint(id: string, outcome: string): Promise<ComplaintRow> {
  return call(api.POST('/api/v1/complaints/{id}/resolve', { params: { path: { id } }, body: { outcome } }));
}

/** 标记恶意举报: with the sanction decided; closes the complaint if still open. */
export function flagMaliciousComplaint(id: string, sanction: string): Promise<ComplaintRow> {
  return call(
    api.POST('/api/v1/complaints/{id}/flag-malicious', { params: { path: { id } }, body: { sanction } }),
  );
}

/** An HR bureau that takes complaints about its jurisdiction. */
export type ComplaintRecipient = Schemas['ComplaintRecipient'];

export type NewComplaint = BodyOf<'/api/v1/public/complaints', 'post'>;

export type LodgedComplaint = Schemas['LodgedComplaint'];

/** The bureaus a complaint can be addressed to (no login needed). */
export function fetchComplaintRecipients(signal?: AbortSignal): Promise<ComplaintRecipient[]> {
  return call(api.GET('/api/v1/public/complaints/recipients', { signal }), { redirectOn401: false });
}

/** 投诉举报: real name and phone required (no login needed). */
export function lodgeComplaint(body: NewComplaint): Promise<LodgedComplaint> {
  return call(api.POST('/api/v1/public/complaints', { body }), { redirectOn401: false });
}
