import { http, type Page } from './client';

export type OrganisationKind =
  | 'employer'
  | 'hr-bureau'
  | 'department'
  | 'committee-office'
  | 'dispatch-agency'
  | 'other';

export type EmployerKind =
  | 'public-institution'
  | 'state-enterprise'
  | 'private-enterprise'
  | 'government'
  | 'military'
  | 'other';

export type UnitStatus = 'approved' | 'pending' | 'returned';

export interface OrganisationRow {
  id: string;
  name: string;
  kind: OrganisationKind;
  creditCode: string;
  employerKind: EmployerKind | null;
  jurisdiction: { code: string; name: string };
  /** The review status of a self-registered unit; `approved` for every other organisation. */
  status: UnitStatus;
  /** The competent department (主管部门) the unit's applications go through. */
  department: { id: string; name: string } | null;
  address: string | null;
  /** The contact a registered unit gave (phone masked). */
  contact: { name: string; phoneMasked: string | null } | null;
  createdAt: string;
}

export type OrganisationSort = 'name' | '-name' | 'createdAt' | '-createdAt';

export interface OrganisationFilters {
  q?: string;
  kind?: OrganisationKind;
  status?: UnitStatus;
  jurisdiction?: string;
  sort?: OrganisationSort;
}

export interface OrganisationInput {
  name: string;
  kind: OrganisationKind;
  creditCode: string;
  employerKind: EmployerKind | null;
  jurisdictionCode: string;
}

export const organisationsPath = '/api/v1/organisations';
export const organisationsExportPath = '/api/v1/organisations/export';

export function listOrganisations(
  query: OrganisationFilters & { page: number; pageSize: number },
  signal?: AbortSignal,
): Promise<Page<OrganisationRow>> {
  return http.get<Page<OrganisationRow>>(organisationsPath, { query: { ...query }, signal });
}

export function createOrganisation(input: OrganisationInput): Promise<OrganisationRow> {
  return http.post<OrganisationRow>(organisationsPath, input);
}

export function updateOrganisation(
  id: string,
  changes: Partial<OrganisationInput>,
): Promise<OrganisationRow> {
  return http.patch<OrganisationRow>(`${organisationsPath}/${encodeURIComponent(id)}`, changes);
}
