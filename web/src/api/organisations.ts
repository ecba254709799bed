import { api, type BodyOf, call, type PageLoader, type QueryOf, type Schemas } from './client';

/**
 * An organisation as the server answers with it: with its review status (a self-registered unit's;
 * `approved` for every other), its competent department (主管部门) and a registered unit's contact (phone masked).
 */
export type OrganisationRow = Schemas['Organisation'];

export type OrganisationKind = OrganisationRow['kind'];

export type EmployerKind = NonNullable<OrganisationRow['employerKind']>;

export type UnitStatus = OrganisationRow['status'];

type ListQuery = QueryOf<'/api/v1/organisations', 'get'>;

export type OrganisationSort = NonNullable<ListQuery['sort']>;

export type OrganisationFilters = Pick<ListQuery, 'q' | 'kind' | 'status' | 'jurisdiction' | 'sort'>;

export type OrganisationInput = BodyOf<'/api/v1/organisations', 'post'>;

export const organisationsPath = '/api/v1/organisations';
export const organisationsExportPath = '/api/v1/organisations/export';

export const listOrganisations: PageLoader<OrganisationFilters, OrganisationRow> = (query, signal) =>
  call(api.GET('/api/v1/organisations', { params: { query }, signal }));

export function createOrganisation(input: OrganisationInput): Promise<OrganisationRow> {
  return call(api.POST('/api/v1/organisations', { body: input }));
}

export function updateOrganisation(
  id: string,
  changes: Partial<OrganisationInput>,
): Promise<OrganisationRow> {
  return call(api.PATCH('/api/v1/organisations/{id}', { params: { path: { id } }, body: changes }));
}
