import { http, type Page } from './client';
import type { Citation } from './eligibility';

// The integrity archive (诚信档案库) and complaints (投诉举报): fraud findings that revoke titles and
// ban applications, and the public's real-name complaints with their handling.

export const findingsPath = '/api/v1/integrity/findings';
export const findingsExportPath = '/api/v1/integrity/findings/export';

/** One fraud finding as the archive lists it; the ID number arrives masked only. */
export interface FindingRow {
  id: string;
  personName: string;
  personIdMasked: string;
  regionCode: string;
  regionName: string;
  authorityName: string;
  decisionNumber: string;
  decidedOn: string;
  banYears: number;
  /** The last banned day, inclusive. */
  bannedUntil: string;
  bannedNow: boolean;
  citation: Citation;
  revokedCertificates: string[];
  recordedAt: string;
}

export interface FindingDetail extends FindingRow {
  facts: string;
  evidence: string;
}

export interface FindingFilters {
  q?: string;
  bannedNow?: boolean;
}

export interface NewFinding {
  personName: string;
  idNumber: string;
  regionCode: string;
  decisionNumber: string;
  decidedOn: string;
  facts: string;
  evidence: string;
  certificateNumbers: string[];
}

export interface RecordedFinding {
  id: string;
  banYears: number;
  bannedUntil: string;
  citation: Citation;
  revokedCertificates: string[];
}

/** One page of the archive of the user's jurisdiction, with the list's filters. */
export function listFindings(
  query: FindingFilters & { page: number; pageSize: number },
  signal?: AbortSignal,
): Promise<Page<FindingRow>> {
  return http.get<Page<FindingRow>>(findingsPath, { query: { ...query }, signal });
}

/** A finding in full, with its facts and evidence. */
export function fetchFinding(id: string, signal?: AbortSignal): Promise<FindingDetail> {
  return http.get<FindingDetail>(`${findingsPath}/${encodeURIComponent(id)}`, { signal });
}

/** 记录失信行为: revokes the listed certificates and bans applications, all at once or not at all. */
export function recordFinding(body: NewFinding): Promise<RecordedFinding> {
  return http.post<RecordedFinding>(findingsPath, body);
}

export type ComplaintStatus = 'open' | 'resolved';
export type ComplaintAction = 'resolve' | 'flag-malicious';

/** One complaint as the HR bureau and the supervisor see it; the phone arrives masked only. */
export interface ComplaintRow {
  id: string;
  /** 受理编号, the complainant's reference. */
  reference: string;
  complainantName: string;
  phoneMasked: string;
  regionCode: string;
  regionName: string;
  subject: string;
  content: string;
  status: ComplaintStatus;
  statusName: string;
  outcome: string | null;
  malicious: boolean;
  sanction: string | null;
  submittedAt: string;
  handledAt: string | null;
  /** What the server accepts from this user on this complaint now. */
  actions: ComplaintAction[];
}

export interface ComplaintFilters {
  q?: string;
  status?: ComplaintStatus;
  malicious?: boolean;
}

const complaintsPath = '/api/v1/complaints';

/** One page of the complaints addressed to the user's jurisdiction, open ones first. */
export function listComplaints(
  query: ComplaintFilters & { page: number; pageSize: number },
  signal?: AbortSignal,
): Promise<Page<ComplaintRow>> {
  return http.get<Page<ComplaintRow>>(complaintsPath, { query: { ...query }, signal });
}

/** 办结: the outcome of the verification, recorded once. */
export function resolveComplaint(id: string, outcome: string): Promise<ComplaintRow> {
  return http.post<ComplaintRow>(`${complaintsPath}/${encodeURIComponent(id)}/resolve`, { outcome });
}

/** 标记恶意举报: with the sanction decided; closes the complaint if still open. */
export function flagMaliciousComplaint(id: string, sanction: string): Promise<ComplaintRow> {
  return http.post<ComplaintRow>(`${complaintsPath}/${encodeURIComponent(id)}/flag-malicious`, { sanction });
}

/** An HR bureau that takes complaints about its jurisdiction. */
export interface ComplaintRecipient {
  regionCode: string;
  regionName: string;
  bureauName: string;
}

export interface NewComplaint {
  complainantName: string;
  phone: string;
  regionCode: string;
  subject: string;
  content: string;
}

export interface LodgedComplaint {
  id: string;
  reference: string;
  receivedAt: string;
  regionName: string;
}

/** The bureaus a complaint can be addressed to (no login needed). */
export function fetchComplaintRecipients(signal?: AbortSignal): Promise<ComplaintRecipient[]> {
  return http.get<ComplaintRecipient[]>('/api/v1/public/complaints/recipients', {
    signal,
    redirectOn401: false,
  });
}

/** 投诉举报: real name and phone required (no login needed). */
export function lodgeComplaint(body: NewComplaint): Promise<LodgedComplaint> {
  return http.post<LodgedComplaint>('/api/v1/public/complaints', body, { redirectOn401: false });
}
