import { http } from './client';

/** One person on public notice (公示), the name masked: 李＊远. */
export interface PublicNotice {
  id: string;
  kind: 'unit' | 'dispatch' | 'result';
  maskedName: string;
  unitName: string;
  /** The unit that published the notice and handles objections to it. */
  publisher: string;
  organisationId: string;
  targetTitle: string;
  startsOn: string;
  endsOn: string;
}

/** The notices in their period today (no login needed). */
export function fetchPublicNotices(signal?: AbortSignal): Promise<{ today: string; items: PublicNotice[] }> {
  return http.get('/api/v1/public/publicity', { signal, redirectOn401: false });
}

export interface NewObjection {
  complainantName: string;
  contact: string;
  content: string;
}

/** 异议: real name and contact required (no login needed). */
export function lodgeObjection(
  noticeId: string,
  objection: NewObjection,
): Promise<{ id: string; status: string; createdAt: string }> {
  return http.post(`/api/v1/public/publicity/${encodeURIComponent(noticeId)}/objections`, objection, {
    redirectOn401: false,
  });
}

export interface ObjectionResolution {
  status: 'upheld' | 'dismissed';
  outcome: string;
}

/** The publishing unit records what it found (异议核实处理结果). */
export function resolveObjection(id: string, resolution: ObjectionResolution): Promise<unknown> {
  return http.post(`/api/v1/objections/${encodeURIComponent(id)}/resolution`, resolution);
}

/** 公示表 (PDF) of the caller's own unit's notices in their period today. */
export const noticesPdfPath = '/api/v1/publicity/notices.pdf';
