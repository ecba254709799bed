import { api, type BodyOf, call, type PageLoader, type QueryOf, type Schemas } from './client';

/** A post plan (岗位设置方案) with its structure check and what the current user may do with it. */
export type PostPlan = Schemas['PostPlan'];

export type PostPlanProblem = Schemas['PostPlanProblem'];

/** What the unit's wizard sends: every figure of the plan and its first day. */
export type PostPlanDraft = BodyOf<'/api/v1/post-plans', 'post'>;

export type PostBoard = Schemas['PostBoard'];

type ListQuery = QueryOf<'/api/v1/post-plans', 'get'>;

export type PostPlanFilters = Pick<ListQuery, 'state' | 'year' | 'organisationId' | 'sort'>;

export const postPlansExportPath = '/api/v1/post-plans/export';

export const listPostPlans: PageLoader<PostPlanFilters, PostPlan> = (query, signal) =>
  call(api.GET('/api/v1/post-plans', { params: { query }, signal }));

export function fetchPostPlan(id: string, signal?: AbortSignal): Promise<PostPlan> {
  return call(api.GET('/api/v1/post-plans/{id}', { params: { path: { id } }, signal }));
}

export function createPostPlan(draft: PostPlanDraft): Promise<PostPlan> {
  return call(api.POST('/api/v1/post-plans', { body: draft }));
}

export function updatePostPlan(id: string, draft: PostPlanDraft): Promise<PostPlan> {
  return call(api.PATCH('/api/v1/post-plans/{id}', { params: { path: { id } }, body: draft }));
}

/** 报送: refused (422) with every failing item while any structure rule is broken. */
export function submitPostPlan(id: string): Promise<PostPlan> {
  return call(api.POST('/api/v1/post-plans/{id}/submit', { params: { path: { id } }, body: {} }));
}

export function reviewPostPlan(id: string): Promise<PostPlan> {
  return call(api.POST('/api/v1/post-plans/{id}/review', { params: { path: { id } }, body: { note: null } }));
}

export function returnPostPlan(id: string, reasons: string[]): Promise<PostPlan> {
  return call(api.POST('/api/v1/post-plans/{id}/return', { params: { path: { id } }, body: { reasons } }));
}

export function approvePostPlan(id: string, approvalDocument: string): Promise<PostPlan> {
  return call(
    api.POST('/api/v1/post-plans/{id}/approve', { params: { path: { id } }, body: { approvalDocument } }),
  );
}

/** The 审核表 (.xlsx) of one plan, for `downloadFile`. */
export const postPlanReviewFormPath = (id: string) =>
  `/api/v1/post-plans/${encodeURIComponent(id)}/review-form`;

/** The same 审核表 as a printable PDF, for `downloadFile`. */
export const postPlanReviewPdfPath = (id: string) =>
  `/api/v1/post-plans/${encodeURIComponent(id)}/review-form.pdf`;

export function fetchPostBoard(
  unitId: string,
  asOf: string | undefined,
  signal?: AbortSignal,
): Promise<PostBoard> {
  return call(
    api.GET('/api/v1/post-boards/{unitId}', {
      params: { path: { unitId }, query: asOf ? { asOf } : {} },
      signal,
    }),
  );
}
