import { http, type Page } from './client';
import type { EmployerKind, OrganisationRow, UnitStatus } from './organisations';

/** The kinds of unit that register themselves. */
export type RegistrableUnitKind = 'employer' | 'dispatch-agency';

export interface UnitRegistrationForm {
  creditCode: string;
  name: string;
  kind: RegistrableUnitKind;
  employerKind?: EmployerKind;
  regionCode: string;
  address: string;
  contactName: string;
  contactPhone: string;
  code: string;
  username: string;
  password: string;
  departmentId?: string | null;
  /** A dispatch agency's units, by credit code. */
  dispatchesTo?: string[];
}

export interface UnitRegistered {
  organisationId: string;
  username: string;
  status: 'pending';
  resubmitted: boolean;
}

/** 单位注册 (no login needed): the unit and its administrator account, both waiting for the HR bureau. */
export function registerUnit(form: UnitRegistrationForm): Promise<UnitRegistered> {
  return http.post<UnitRegistered>('/api/v1/public/unit-registrations', form);
}

export interface DepartmentOption {
  id: string;
  name: string;
  jurisdiction: { code: string; name: string };
}

/** The competent departments a unit of the region may choose: the region's own and those above it. */
export function listDepartments(regionCode: string, signal?: AbortSignal): Promise<DepartmentOption[]> {
  return http.get<DepartmentOption[]>('/api/v1/public/departments', { query: { regionCode }, signal });
}

/** What the current user may do with the unit, as the server says. */
export interface UnitActions {
  approve: boolean;
  return: boolean;
  editRelations: boolean;
}

export interface UnitRow extends OrganisationRow {
  statusName: string;
  reviewedAt: string | null;
  reviewNote: string | null;
  actions: UnitActions;
}

export interface DispatchRelation {
  id: string;
  unit: { id: string; name: string; creditCode: string };
  status: 'pending' | 'approved' | 'ended';
  statusName: string;
  createdAt: string;
  decidedAt: string | null;
}

export interface UnitDetail extends UnitRow {
  account: { username: string; status: string } | null;
  dispatchRelations: DispatchRelation[];
}

export type UnitSort = 'createdAt' | '-createdAt' | 'name' | '-name';

export interface UnitFilters {
  q?: string;
  status?: UnitStatus;
  kind?: RegistrableUnitKind;
  sort?: UnitSort;
}

export const unitRegistrationsPath = '/api/v1/unit-registrations';
export const unitRegistrationsExportPath = '/api/v1/unit-registrations/export';

export function listUnitRegistrations(
  query: UnitFilters & { page: number; pageSize: number },
  signal?: AbortSignal,
): Promise<Page<UnitRow>> {
  return http.get<Page<UnitRow>>(unitRegistrationsPath, { query: { ...query }, signal });
}

export function fetchUnitRegistration(id: string, signal?: AbortSignal): Promise<UnitDetail> {
  return http.get<UnitDetail>(`${unitRegistrationsPath}/${encodeURIComponent(id)}`, { signal });
}

export function approveUnit(id: string): Promise<UnitDetail> {
  return http.post<UnitDetail>(`${unitRegistrationsPath}/${encodeURIComponent(id)}/approve`);
}

export function returnUnit(id: string, note: string): Promise<UnitDetail> {
  return http.post<UnitDetail>(`${unitRegistrationsPath}/${encodeURIComponent(id)}/return`, { note });
}

const organisationPath = (id: string) => `/api/v1/organisations/${encodeURIComponent(id)}`;

/** Sets (or, with null, clears) the unit's competent department. */
export function setUnitDepartment(id: string, departmentId: string | null): Promise<OrganisationRow> {
  return http.put<OrganisationRow>(`${organisationPath(id)}/department`, { departmentId });
}

export function listDispatchRelations(agencyId: string, signal?: AbortSignal): Promise<DispatchRelation[]> {
  return http.get<DispatchRelation[]>(`${organisationPath(agencyId)}/dispatch-relations`, { signal });
}

/** Adds the unit (by credit code or id) the agency dispatches staff to. */
export function addDispatchRelation(agencyId: string, unit: string): Promise<DispatchRelation[]> {
  return http.post<DispatchRelation[]>(`${organisationPath(agencyId)}/dispatch-relations`, { unit });
}

export function endDispatchRelation(agencyId: string, unitId: string): Promise<DispatchRelation[]> {
  return http.delete<DispatchRelation[]>(
    `${organisationPath(agencyId)}/dispatch-relations/${encodeURIComponent(unitId)}`,
  );
}
