import { api, type BodyOf, call, type PageLoader, type QueryOf, type Schemas } from './client';
import type { OrganisationRow } from './organisations';

export type UnitRegistrationForm = BodyOf<'/api/v1/public/unit-registrations', 'post'>;

/** The kinds of unit that register themselves. */
export type RegistrableUnitKind = UnitRegistrationForm['kind'];

export type UnitRegistered = Schemas['UnitRegistered'];

/** 单位注册 (no login needed): the unit and its administrator account, both waiting for the HR bureau. */
export function registerUnit(form: UnitRegistrationForm): Promise<UnitRegistered> {
  return call(api.POST('/api/v1/public/unit-registrations', { body: form }));
}

export type DepartmentOption = Schemas['DepartmentOption'];

/** The competent departments a unit of the region may choose: the region's own and those above it. */
export function listDepartments(regionCode: string, signal?: AbortSignal): Promise<DepartmentOption[]> {
  return call(api.GET('/api/v1/public/departments', { params: { query: { regionCode } }, signal }));
}

/** A registered unit under review, with what the current user may do with it, as the server says. */
export type UnitRow = Schemas['UnitRegistration'];

export type UnitActions = UnitRow['actions'];

export type DispatchRelation = Schemas['DispatchRelation'];

export type UnitDetail = Schemas['UnitRegistrationDetail'];

type ListQuery = QueryOf<'/api/v1/unit-registrations', 'get'>;

export type UnitSort = NonNullable<ListQuery['sort']>;

export type UnitFilters = Pick<ListQuery, 'q' | 'status' | 'kind' | 'sort'>;

export const unitRegistrationsPath = '/api/v1/unit-registrations';
export const unitRegistrationsExportPath = '/api/v1/unit-registrations/export';

export const listUnitRegistrations: PageLoader<UnitFilters, UnitRow> = (query, signal) =>
  call(api.GET('/api/v1/unit-registrations', { params: { query }, signal }));

export function fetchUnitRegistration(id: string, signal?: AbortSignal): Promise<UnitDetail> {
  return call(api.GET('/api/v1/unit-registrations/{id}', { params: { path: { id } }, signal }));
}

export function approveUnit(id: string): Promise<UnitDetail> {
  return call(api.POST('/api/v1/unit-registrations/{id}/approve', { params: { path: { id } } }));
}

export function returnUnit(id: string, note: string): Promise<UnitDetail> {
  return call(
    api.POST('/api/v1/unit-registrations/{id}/return', { params: { path: { id } }, body: { note } }),
  );
}

/** Sets (or, with null, clears) the unit's competent department. */
export function setUnitDepartment(id: string, departmentId: string | null): Promise<OrganisationRow> {
  return call(
    api.PUT('/api/v1/organisations/{id}/department', { params: { path: { id } }, body: { departmentId } }),
  );
}

export function listDispatchRelations(agencyId: string, signal?: AbortSignal): Promise<DispatchRelation[]> {
  return call(
    api.GET('/api/v1/organisations/{id}/dispatch-relations', { params: { path: { id: agencyId } }, signal }),
  );
}

/** Adds the unit (by credit code or id) the agency dispatches staff to. */
export function addDispatchRelation(agencyId: string, unit: string): Promise<DispatchRelation[]> {
  return call(
    api.POST('/api/v1/organisations/{id}/dispatch-relations', {
      params: { path: { id: agencyId } },
      body: { unit },
    }),
  );
}

export function endDispatchRelation(agencyId: string, unitId: string): Promise<DispatchRelation[]> {
  return call(
    api.DELETE('/api/v1/organisations/{id}/dispatch-relations/{unitId}', {
      params: { path: { id: agencyId, unitId } },
    }),
  );
}
