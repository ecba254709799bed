import type { CommitmentKind, CommitmentText } from '../../../src/domain/applications/commitment-texts';
import type { HeldTitle } from '../../../src/domain/policy/eligibility-request';
import type { TitleVerificationView } from '../../../src/domain/profile/title-verification';
import type { ApplicationState } from '../../../src/domain/workflow/application-states';
import { loadOnce } from '../lib/load-once';
import type { Role } from './auth';
import { http, type Page } from './client';
import type { EligibilityResult, Pathway } from './eligibility';
import type { LevelCode } from './reference';

export type { ApplicationState, CommitmentKind };

/** One application as lists show it (`GET /applications`), with the names users read. */
export interface ApplicationSummary {
  id: string;
  number: string;
  year: number;
  personName: string;
  employerName: string;
  series: string;
  seriesName: string;
  level: LevelCode;
  levelName: string;
  specialty: string;
  /** 高级工程师（通信工程） */
  title: string;
  pathway: Pathway;
  pathwayName: string;
  state: ApplicationState;
  stateName: string;
  eligible: boolean;
  dispatched: boolean;
  unitPublicityEndsOn: string | null;
  dispatchPublicityEndsOn: string | null;
  submittedAt: string | null;
  updatedAt: string;
  version: number;
  /** The steps the server offers this user on the application (list rows and the detail). */
  actions?: ApplicationAction[];
}

export interface ApplicationAttachment {
  id: string;
  kind: string;
  fileName: string;
  contentType: string;
  size: number;
  sm3: string;
}

export interface SignedCommitment {
  kind: CommitmentKind;
  title: string;
  textVersion: string;
  textSm3: string;
  signedBy: string;
  signedAt: string;
}

export interface PublicityPeriod {
  id: string;
  kind: 'unit' | 'dispatch' | 'result';
  startsOn: string;
  endsOn: string;
}

export type ObjectionStatus = 'open' | 'upheld' | 'dismissed';

export interface Objection {
  id: string;
  noticeKind: 'unit' | 'dispatch' | 'result';
  status: ObjectionStatus;
  content: string;
  outcome: string | null;
  createdAt: string;
  handledAt: string | null;
  /** Only the unit handling the objection sees who raised it. */
  complainantName: string | null;
  contact: string | null;
  canResolve: boolean;
}

export interface TimelineEntry {
  event: string;
  toState: ApplicationState;
  toStateName: string;
  actorRoleName: string;
  actorName: string;
  organisationName: string | null;
  reason: string | null;
  occurredAt: string;
}

/** An event the server lets this user fire on this application now: the buttons to show. */
export interface ApplicationAction {
  event: string;
  name: string;
}

/** `GET /applications/:id`: everything a reviewer works from, and what they may do with it. */
export interface ApplicationDetail extends ApplicationSummary {
  idNumberMasked: string;
  dispatchAgencyName: string | null;
  departmentName: string | null;
  committee: { id: string; name: string; entrusted: boolean } | null;
  policy: { id: string; name: string; note: string | null };
  eligibility: EligibilityResult;
  /** The titles the applicant declares in the profile (the 评审表 prints the same). */
  applicant?: { titles: HeldTitle[] };
  /** How each of those titles stands against the system's records. */
  verification?: TitleVerificationView;
  lastReason: string | null;
  returnedByCommittee: boolean;
  attachments: ApplicationAttachment[];
  commitments: SignedCommitment[];
  publicity: PublicityPeriod[];
  objections: Objection[];
  timeline: TimelineEntry[];
  /** The roles in which the user stands to this application. */
  roles: Role[];
  actions: ApplicationAction[];
}

export type ApplicationSort =
  | 'number'
  | 'submittedAt'
  | 'updatedAt'
  | 'name'
  | 'state'
  | `-${'number' | 'submittedAt' | 'updatedAt' | 'name' | 'state'}`;

export interface ApplicationFilters {
  state?: ApplicationState[];
  series?: string;
  level?: LevelCode;
  year?: number;
  keyword?: string;
  eligible?: boolean;
  sort?: ApplicationSort;
}

export const applicationsPath = '/api/v1/applications';
export const applicationsExportPath = '/api/v1/applications/export';

export function listApplications(
  query: ApplicationFilters & { page: number; pageSize: number },
  signal?: AbortSignal,
): Promise<Page<ApplicationSummary>> {
  return http.get<Page<ApplicationSummary>>(applicationsPath, { query: { ...query }, signal });
}

export function fetchApplication(id: string, signal?: AbortSignal): Promise<ApplicationDetail> {
  return http.get<ApplicationDetail>(`${applicationsPath}/${encodeURIComponent(id)}`, { signal });
}

export interface NewApplication {
  target: { series: string; level: LevelCode; specialty: string };
  pathway: Pathway;
  attachmentIds: string[];
  dispatchAgencyId: string | null;
  submit: boolean;
  personalCommitment: boolean;
}

/** What filing answers with: the summary, the rules applied and the eligibility; the rest is one GET away. */
export type ApplicationReceipt = ApplicationSummary & Pick<ApplicationDetail, 'policy' | 'eligibility'>;

/** What the server will find when the application is filed now (nothing is written). */
export interface ApplicationPreview {
  today: string;
  policy: { id: string; name: string; note: string | null };
  eligibility: EligibilityResult;
  problems: { code: string; message: string; citation: { document: string; clause: string } }[];
}

export function previewApplication(
  body: Pick<NewApplication, 'target' | 'pathway'>,
): Promise<ApplicationPreview> {
  return http.post<ApplicationPreview>(`${applicationsPath}/preview`, body);
}

/**
 * Files an application. The same `idempotencyKey` always yields the same application, so a double
 * click or a retry after a lost answer cannot file twice.
 */
export function createApplication(body: NewApplication, idempotencyKey: string): Promise<ApplicationReceipt> {
  return http.post<ApplicationReceipt>(applicationsPath, body, {
    headers: { 'idempotency-key': idempotencyKey },
  });
}

/** What a workflow step may carry besides its event. */
export interface TransitionInput {
  reason?: string | null;
  personalCommitment?: boolean;
  unitCommitment?: boolean;
  committeeId?: string | null;
  entrusted?: boolean;
}

/** Fires one event on one application; `expectedVersion` refuses the step if someone acted meanwhile. */
export function transitionApplication(
  id: string,
  event: string,
  input: TransitionInput & { expectedVersion?: number },
): Promise<ApplicationDetail> {
  return http.post<ApplicationDetail>(`${applicationsPath}/${encodeURIComponent(id)}/transitions`, {
    event,
    ...input,
  });
}

export interface BulkOutcome {
  succeeded: number;
  failed: number;
  results: { id: string; ok: boolean; state?: ApplicationState; message?: string }[];
}

/** The same event on many applications, each on its own; every outcome is reported. */
export function transitionApplications(
  ids: string[],
  event: string,
  input: Pick<TransitionInput, 'reason' | 'unitCommitment'>,
): Promise<BulkOutcome> {
  return http.post<BulkOutcome>(`${applicationsPath}/transitions`, { ids, event, ...input });
}

export function applicationAttachmentPath(id: string, attachmentId: string): string {
  return `${applicationsPath}/${encodeURIComponent(id)}/attachments/${encodeURIComponent(attachmentId)}`;
}

/** 职称评审表 (PDF) of one application. */
export function applicationFormPath(id: string): string {
  return `${applicationsPath}/${encodeURIComponent(id)}/form.pdf`;
}

/** A commitment's current wording, shown before it is signed. */
export type { CommitmentText };

/** The personal and unit commitment texts; they change only with a new version, so fetched once. */
export const fetchCommitments = loadOnce(() => http.get<CommitmentText[]>('/api/v1/commitments'));

export interface DispatchAgency {
  id: string;
  name: string;
  jurisdictionCode: string;
}

/** The registered dispatch agencies, for dispatched staff naming theirs. */
export const fetchDispatchAgencies = loadOnce(() => http.get<DispatchAgency[]>('/api/v1/dispatch-agencies'));
