import type {
  BindingSource,
  BindingStatus,
  EmploymentRelation,
} from '../../../src/domain/accounts/employment-relation';
import { http, type Page } from './client';

export type { BindingSource, BindingStatus, EmploymentRelation };

interface NamedUnit {
  id: string;
  name: string;
}

/** A binding's own facts, as the person and the unit both see them. */
interface BindingFacts {
  id: string;
  relation: EmploymentRelation;
  dispatchAgency: NamedUnit | null;
  startedOn: string;
  endedOn: string | null;
  status: BindingStatus;
  source: BindingSource;
  requestedAt: string;
  decidedAt: string | null;
  /** Why the unit refused, or why an administrator unlinked it. */
  reason: string | null;
}

/** A binding in the person's own history. */
export interface PersonBinding extends BindingFacts {
  organisation: NamedUnit & { creditCode: string };
  actions: 'withdraw'[];
}

/** Where the person is bound now, what waits for the unit, and everything before. */
export interface MyEmployment {
  current: {
    /** `null` for an employer recorded before bindings existed. */
    bindingId: string | null;
    organisation: NamedUnit & { creditCode: string; regionName: string };
    relation: EmploymentRelation | null;
    dispatchAgency: NamedUnit | null;
    since: string | null;
  } | null;
  pending: PersonBinding | null;
  history: PersonBinding[];
}

export interface BindingRequest {
  creditCode?: string;
  organisationId?: string;
  relation: EmploymentRelation;
  dispatchAgencyId?: string | null;
  startedOn: string;
}

/** An approved employer offered by the request form's search. */
export interface EmployerChoice {
  id: string;
  name: string;
  creditCode: string;
  regionName: string;
}

/** A binding as the unit sees it (ID number masked). */
export interface UnitBinding extends BindingFacts {
  person: { name: string; idNumberMasked: string };
  actions: ('confirm' | 'refuse')[];
}

export type UnitBindingSort = 'requestedAt' | '-requestedAt' | 'startedOn' | '-startedOn';

export interface UnitBindingFilters {
  status?: BindingStatus;
  q?: string;
  sort?: UnitBindingSort;
}

export const bindingRequestsPath = '/api/v1/employer/binding-requests';
export const bindingRequestsExportPath = '/api/v1/employer/binding-requests/export';

export function fetchMyEmployment(signal?: AbortSignal): Promise<MyEmployment> {
  return http.get<MyEmployment>('/api/v1/me/employment', { signal });
}

export function requestBinding(request: BindingRequest): Promise<PersonBinding> {
  return http.post<PersonBinding>('/api/v1/me/employment-bindings', request);
}

export function withdrawBinding(id: string): Promise<PersonBinding> {
  return http.post<PersonBinding>(`/api/v1/me/employment-bindings/${encodeURIComponent(id)}/withdraw`);
}

export function searchEmployers(q: string, signal?: AbortSignal): Promise<EmployerChoice[]> {
  return http.get<EmployerChoice[]>('/api/v1/employers', { query: { q }, signal });
}

export function listBindingRequests(
  query: UnitBindingFilters & { page: number; pageSize: number },
  signal?: AbortSignal,
): Promise<Page<UnitBinding>> {
  return http.get<Page<UnitBinding>>(bindingRequestsPath, { query: { ...query }, signal });
}

export function confirmBinding(id: string): Promise<UnitBinding> {
  return http.post<UnitBinding>(`${bindingRequestsPath}/${encodeURIComponent(id)}/confirm`);
}

export function refuseBinding(id: string, reason: string): Promise<UnitBinding> {
  return http.post<UnitBinding>(`${bindingRequestsPath}/${encodeURIComponent(id)}/refuse`, { reason });
}

/** An administrator's correction of a wrong binding. */
export function unlinkBinding(id: string, reason: string): Promise<{ id: string; endedOn: string | null }> {
  return http.post(`/api/v1/admin/employment-bindings/${encodeURIComponent(id)}/unlink`, { reason });
}
