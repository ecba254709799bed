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

// 岗位聘用 (appointments): the unit's drafts and proposals, the department's and the bureau's queues.

/** An appointment with its last check and what the current user may do with it. */
export type Appointment = Schemas['Appointment'];

/** The guards' answer: every failing rule with its reason and clauses, the earliest date when only time is missing. */
export type AppointmentCheck = Schemas['AppointmentCheck'];

export type AppointmentFinding = Schemas['AppointmentFinding'];

/** What the unit's form sends: the request and what the unit states about the person. */
export type AppointmentDraft = BodyOf<'/api/v1/appointments', 'post'>;

type AppointmentQuery = QueryOf<'/api/v1/appointments', 'get'>;

export type AppointmentFilters = Pick<
  AppointmentQuery,
  'state' | 'organisationId' | 'personId' | 'grade' | 'sort'
>;

export const appointmentsExportPath = '/api/v1/appointments/export';

export const listAppointments: PageLoader<AppointmentFilters, Appointment> = (query, signal) =>
  call(api.GET('/api/v1/appointments', { params: { query }, signal }));

export function fetchAppointment(id: string, signal?: AbortSignal): Promise<Appointment> {
  return call(api.GET('/api/v1/appointments/{id}', { params: { path: { id } }, signal }));
}

/** The dry run the form calls as the user types: nothing is written. */
export function checkAppointment(draft: AppointmentDraft, signal?: AbortSignal): Promise<AppointmentCheck> {
  return call(api.POST('/api/v1/appointments/check', { body: draft, signal }));
}

export function createAppointment(draft: AppointmentDraft): Promise<Appointment> {
  return call(api.POST('/api/v1/appointments', { body: draft }));
}

export function updateAppointment(id: string, draft: AppointmentDraft): Promise<Appointment> {
  return call(api.PATCH('/api/v1/appointments/{id}', { params: { path: { id } }, body: draft }));
}

/**
 * 提交公示: 422 with every finding (nothing changes); when only time is missing the refusal names
 * the earliest date, and proposing again with `acceptEarliestDate` moves the start there and publicises.
 */
export function proposeAppointment(id: string, acceptEarliestDate = false): Promise<Appointment> {
  return call(
    api.POST('/api/v1/appointments/{id}/propose', {
      params: { path: { id } },
      body: acceptEarliestDate ? { acceptEarliestDate } : {},
    }),
  );
}

export function reviewAppointment(id: string): Promise<Appointment> {
  return call(
    api.POST('/api/v1/appointments/{id}/review', { params: { path: { id } }, body: { note: null } }),
  );
}

export function returnAppointment(id: string, reasons: string[]): Promise<Appointment> {
  return call(api.POST('/api/v1/appointments/{id}/return', { params: { path: { id } }, body: { reasons } }));
}

export function fileAppointment(id: string, approvalDocument: string): Promise<Appointment> {
  return call(
    api.POST('/api/v1/appointments/{id}/file', { params: { path: { id } }, body: { approvalDocument } }),
  );
}

/** 解除聘用: an `ending` draft of the filed appointment, which goes up the chain like any other. */
export function endAppointment(id: string, endDate: string, reason: string): Promise<Appointment> {
  return call(
    api.POST('/api/v1/appointments/{id}/end', { params: { path: { id } }, body: { endDate, reason } }),
  );
}

/** A person's appointments the user may see, in the order they began. */
export function fetchPostHistory(personId: string, signal?: AbortSignal): Promise<Appointment[]> {
  return call(api.GET('/api/v1/post-histories/{personId}', { params: { path: { personId } }, signal }));
}

/** 岗位监测: a region's (or a department's units') post figures and the lists HR asks about. */
export type PostMonitoring = Schemas['PostMonitoring'];
export type PostMonitoringListItem = Schemas['PostMonitoringListItem'];
export type PostMonitoringFilters = Pick<
  QueryOf<'/api/v1/post-monitoring', 'get'>,
  'regionCode' | 'asOf' | 'kind' | 'level'
>;
/** The lists of the monitor, as the route's path names them. */
export type PostMonitoringList = 'over-quota' | 'idle-vacancies' | 'special-posts' | 'without-plan';

export function fetchPostMonitoring(
  filters: PostMonitoringFilters,
  signal?: AbortSignal,
): Promise<PostMonitoring> {
  return call(
    api.GET('/api/v1/post-monitoring', { params: { query: { ...filters, pageSize: 10 } }, signal }),
  );
}

export function listPostMonitoring(
  list: PostMonitoringList,
  query: QueryOf<'/api/v1/post-monitoring/lists/{list}', 'get'>,
  signal?: AbortSignal,
) {
  return call(api.GET('/api/v1/post-monitoring/lists/{list}', { params: { path: { list }, query }, signal }));
}

export const postStatisticsExportPath = '/api/v1/post-monitoring/statistics/export';
export const postChangesExportPath = '/api/v1/post-monitoring/changes/export';

/** A grade filing (二级岗位评定备案; Jilin's 正高 grades 3 and 2) with its check and the user's actions. */
export type GradeFiling = Schemas['GradeFiling'];
export type GradeFilingDraft = BodyOf<'/api/v1/grade-filings', 'post'>;
export type GradeFilingOptions = Schemas['GradeFilingOptions'];
export type GradeFilingReport = BodyOf<'/api/v1/grade-filings/{id}/report', 'post'>;
export type GradeFilingFilters = Pick<
  QueryOf<'/api/v1/grade-filings', 'get'>,
  'state' | 'targetGrade' | 'sort'
>;

export const gradeFilingsExportPath = '/api/v1/grade-filings/export';

export const listGradeFilings: PageLoader<GradeFilingFilters, GradeFiling> = (query, signal) =>
  call(api.GET('/api/v1/grade-filings', { params: { query }, signal }));

export function fetchGradeFiling(id: string, signal?: AbortSignal): Promise<GradeFiling> {
  return call(api.GET('/api/v1/grade-filings/{id}', { params: { path: { id } }, signal }));
}

/** What the unit's form shows for a grade and a day: clauses, quota and vacancy, its staff at the grade below. */
export function fetchGradeFilingOptions(
  targetGrade: 2 | 3,
  plannedDate: string,
): Promise<GradeFilingOptions> {
  return call(api.GET('/api/v1/grade-filings/options', { params: { query: { targetGrade, plannedDate } } }));
}

export function createGradeFiling(draft: GradeFilingDraft): Promise<GradeFiling> {
  return call(api.POST('/api/v1/grade-filings', { body: draft }));
}

export function updateGradeFiling(id: string, draft: GradeFilingDraft): Promise<GradeFiling> {
  return call(api.PATCH('/api/v1/grade-filings/{id}', { params: { path: { id } }, body: draft }));
}

/** 评前沟通: refused (422) with every failing item while the candidate list breaks a rule. */
export function communicateGradeFiling(id: string): Promise<GradeFiling> {
  return call(api.POST('/api/v1/grade-filings/{id}/communicate', { params: { path: { id } }, body: {} }));
}

export function acknowledgeGradeFiling(id: string, note: string | null): Promise<GradeFiling> {
  return call(
    api.POST('/api/v1/grade-filings/{id}/acknowledge', { params: { path: { id } }, body: { note } }),
  );
}

export function reportGradeFiling(id: string, report: GradeFilingReport): Promise<GradeFiling> {
  return call(api.POST('/api/v1/grade-filings/{id}/report', { params: { path: { id } }, body: report }));
}

export function returnGradeFiling(id: string, reasons: string[]): Promise<GradeFiling> {
  return call(api.POST('/api/v1/grade-filings/{id}/return', { params: { path: { id } }, body: { reasons } }));
}

export function approveGradeFiling(id: string, approvalDocument: string): Promise<GradeFiling> {
  return call(
    api.POST('/api/v1/grade-filings/{id}/approve', { params: { path: { id } }, body: { approvalDocument } }),
  );
}
