import { api, type BodyOf, call, type Schemas } from './client';

/** One person on public notice (公示), the name masked: 李＊远; `publisher` handles objections to it. */
export type PublicNotice = Schemas['PublicNotice'];

/** The notices in their period today (no login needed). */
export function fetchPublicNotices(signal?: AbortSignal): Promise<Schemas['PublicNotices']> {
  return call(api.GET('/api/v1/public/publicity', { signal }), { redirectOn401: false });
}

export type NewObjection = BodyOf<'/api/v1/public/publicity/{id}/objections', 'post'>;

/** 异议: real name and contact required (no login needed). */
export function lodgeObjection(
  noticeId: string,
  objection: NewObjection,
): Promise<{ id: string; status: string; createdAt: string }> {
  return call(
    api.POST('/api/v1/public/publicity/{id}/objections', {
      params: { path: { id: noticeId } },
      body: objection,
    }),
    { redirectOn401: false },
  );
}

export type ObjectionResolution = BodyOf<'/api/v1/objections/{id}/resolution', 'post'>;

/** The publishing unit records what it found (异议核实处理结果). */
export function resolveObjection(id: string, resolution: ObjectionResolution): Promise<unknown> {
  return call(api.POST('/api/v1/objections/{id}/resolution', { params: { path: { id } }, body: resolution }));
}

/** 公示表 (PDF) of the caller's own unit's notices in their period today. */
export const noticesPdfPath = '/api/v1/publicity/notices.pdf';
