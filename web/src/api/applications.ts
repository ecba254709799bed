import { loadOnce } from '../lib/load-once';
import { api, type BodyOf, call, type Page, type PageQuery, type QueryOf, type Schemas } from './client';

/**
 * One application as lists show it (`GET /applications`), with the names users read; `actions` are
 * the steps the server offers this user on it (list rows and the detail carry them, a receipt does not).
 */
export type ApplicationSummary = Omit<Schemas['ApplicationListItem'], 'actions'> & {
  actions?: ApplicationAction[];
};

export type ApplicationState = ApplicationSummary['state'];

/** `GET /applications/:id`: everything a reviewer works from, and what they may do with it. */
export type ApplicationDetail = Schemas['ApplicationDetail'];

export type ApplicationAttachment = ApplicationDetail['attachments'][number];

export type SignedCommitment = ApplicationDetail['commitments'][number];

export type CommitmentKind = SignedCommitment['kind'];

export type PublicityPeriod = ApplicationDetail['publicity'][number];

/** Only the unit handling an objection sees who raised it. */
export type Objection = ApplicationDetail['objections'][number];

export type ObjectionStatus = Objection['status'];

export type TimelineEntry = ApplicationDetail['timeline'][number];

/** An event the server lets this user fire on this application now: the buttons to show. */
export type ApplicationAction = Schemas['ApplicationAction'];

/** What the server lets this user do with the list as a whole (the page's own buttons). */
export type ApplicationListAction = Schemas['ApplicationListAction'];

type ListQuery = QueryOf<'/api/v1/applications', 'get'>;

export type ApplicationSort = NonNullable<ListQuery['sort']>;

export interface ApplicationFilters
  extends Pick<ListQuery, 'series' | 'level' | 'year' | 'keyword' | 'sort'> {
  state?: ApplicationState[];
  eligible?: boolean;
}

export const applicationsPath = '/api/v1/applications';
export const applicationsExportPath = '/api/v1/applications/export';

/** A filter as the query carries it: the states as repeated keys, yes/no as text. */
function applicationsQuery({ eligible, state, ...rest }: ApplicationFilters) {
  return { ...rest, state, eligible: eligible === undefined ? undefined : String(eligible) };
}

export function listApplications(
  query: PageQuery<ApplicationFilters>,
  signal?: AbortSignal,
): Promise<Page<ApplicationSummary> & { actions: ApplicationListAction[] }> {
  const { page, pageSize, ...filters } = query;
  return call(
    api.GET('/api/v1/applications', {
      params: { query: { ...applicationsQuery(filters), page, pageSize } },
      signal,
    }),
  );
}

export function fetchApplication(id: string, signal?: AbortSignal): Promise<ApplicationDetail> {
  return call(api.GET('/api/v1/applications/{id}', { params: { path: { id } }, signal }));
}

export type NewApplication = BodyOf<'/api/v1/applications', 'post'>;

/** What filing answers with: the summary, the rules applied and the eligibility; the rest is one GET away. */
export type ApplicationReceipt = Schemas['ApplicationReceipt'];

/** What the server will find when the application is filed now (nothing is written). */
export type ApplicationPreview = Schemas['ApplicationPreview'];

export function previewApplication(
  body: Pick<NewApplication, 'target' | 'pathway'>,
): Promise<ApplicationPreview> {
  return call(api.POST('/api/v1/applications/preview', { body }));
}

/**
 * Files an application. The same `idempotencyKey` always yields the same application, so a double
 * click or a retry after a lost answer cannot file twice.
 */
export function createApplication(body: NewApplication, idempotencyKey: string): Promise<ApplicationReceipt> {
  return call(
    api.POST('/api/v1/applications', { params: { header: { 'idempotency-key': idempotencyKey } }, body }),
  );
}

type TransitionBody = BodyOf<'/api/v1/applications/{id}/transitions', 'post'>;

/** What a workflow step may carry besides its event. */
export type TransitionInput = Omit<TransitionBody, 'event' | 'expectedVersion'>;

/** Fires one event on one application; `expectedVersion` refuses the step if someone acted meanwhile. */
export function transitionApplication(
  id: string,
  event: string,
  input: TransitionInput & { expectedVersion?: number },
): Promise<ApplicationDetail> {
  return call(
    api.POST('/api/v1/applications/{id}/transitions', {
      params: { path: { id } },
      body: { event: event as TransitionBody['event'], ...input },
    }),
  );
}

export type BulkOutcome = Schemas['BulkTransitionResult'];

/** The same event on many applications, each on its own; every outcome is reported. */
export function transitionApplications(
  ids: string[],
  event: string,
  input: Pick<TransitionInput, 'reason' | 'unitCommitment'>,
): Promise<BulkOutcome> {
  return call(
    api.POST('/api/v1/applications/transitions', {
      body: { ids, event: event as TransitionBody['event'], ...input },
    }),
  );
}

export function applicationAttachmentPath(id: string, attachmentId: string): string {
  return `${applicationsPath}/${encodeURIComponent(id)}/attachments/${encodeURIComponent(attachmentId)}`;
}

/** 职称评审表 (PDF) of one application. */
export function applicationFormPath(id: string): string {
  return `${applicationsPath}/${encodeURIComponent(id)}/form.pdf`;
}

/** A commitment's current wording, shown before it is signed. */
export type CommitmentText = Schemas['CommitmentText'];

/** The personal and unit commitment texts; they change only with a new version, so fetched once. */
export const fetchCommitments = loadOnce(() => call(api.GET('/api/v1/commitments')));

export type DispatchAgency = Schemas['DispatchAgency'];

/** The registered dispatch agencies, for dispatched staff naming theirs. */
export const fetchDispatchAgencies = loadOnce(() => call(api.GET('/api/v1/dispatch-agencies')));
