import { api, type BodyOf, call, type PageLoader, type QueryOf, type Schemas } from './client';

/** A binding in the person's own history. */
export type PersonBinding = Schemas['PersonBinding'];

/** staff 在编, contract 合同制, dispatch 劳务派遣. */
export type EmploymentRelation = PersonBinding['relation'];

export type BindingStatus = PersonBinding['status'];

export type BindingSource = PersonBinding['source'];

/** Where the person is bound now (`bindingId` null for an employer recorded before bindings existed), what waits for the unit, and everything before. */
export type MyEmployment = Schemas['MyEmployment'];

export type BindingRequest = BodyOf<'/api/v1/me/employment-bindings', 'post'>;

/** An approved employer offered by the request form's search. */
export type EmployerChoice = Schemas['EmployerChoice'];

/** A binding as the unit sees it (ID number masked). */
export type UnitBinding = Schemas['UnitBinding'];

type ListQuery = QueryOf<'/api/v1/employer/binding-requests', 'get'>;

export type UnitBindingSort = NonNullable<ListQuery['sort']>;

export type UnitBindingFilters = Pick<ListQuery, 'status' | 'q' | 'sort'>;

export const bindingRequestsPath = '/api/v1/employer/binding-requests';
export const bindingRequestsExportPath = '/api/v1/employer/binding-requests/export';

export function fetchMyEmployment(signal?: AbortSignal): Promise<MyEmployment> {
  return call(api.GET('/api/v1/me/employment', { signal }));
}

export function requestBinding(request: BindingRequest): Promise<PersonBinding> {
  return call(api.POST('/api/v1/me/employment-bindings', { body: request }));
}

export function withdrawBinding(id: string): Promise<PersonBinding> {
  return call(api.POST('/api/v1/me/employment-bindings/{id}/withdraw', { params: { path: { id } } }));
}

export function searchEmployers(q: string, signal?: AbortSignal): Promise<EmployerChoice[]> {
  return call(api.GET('/api/v1/employers', { params: { query: { q } }, signal }));
}

export const listBindingRequests: PageLoader<UnitBindingFilters, UnitBinding> = (query, signal) =>
  call(api.GET('/api/v1/employer/binding-requests', { params: { query }, signal }));

export function confirmBinding(id: string): Promise<UnitBinding> {
  return call(api.POST('/api/v1/employer/binding-requests/{id}/confirm', { params: { path: { id } } }));
}

export function refuseBinding(id: string, reason: string): Promise<UnitBinding> {
  return call(
    api.POST('/api/v1/employer/binding-requests/{id}/refuse', { params: { path: { id } }, body: { reason } }),
  );
}

/** An administrator's correction of a wrong binding. */
export function unlinkBinding(id: string, reason: string): Promise<{ id: string; endedOn: string | null }> {
  return call(
    api.POST('/api/v1/admin/employment-bindings/{id}/unlink', { params: { path: { id } }, body: { reason } }),
  );
}

/** The unit's confirmed staff, searched by name (the appointment form's picker). */
export function searchStaff(q: string, signal?: AbortSignal): Promise<UnitBinding[]> {
  return call(
    api.GET('/api/v1/employer/staff', {
      params: { query: { q: q || undefined, page: 1, pageSize: 20 } },
      signal,
    }),
  ).then((page) => page.items);
}
