/**
 * The organisations module's public interface. Almost every use case checks an organisation
 * (its kind, its status, its jurisdiction) inside its own transaction, so the organisation
 * reads are public here; units build their views and schemas on the organisation's.
 */
export { organisationSchema, unitStatusFilter } from './organisation-schemas';
export { type DepartmentRef, organisationView, organisationViews } from './organisation-view';
export {
  competentHrBureau,
  departmentsOf,
  findOrganisation,
  findOrganisationByCreditCode,
  findOrganisationsByIds,
  listOrganisations,
  type OrganisationSort,
} from './organisations.repository';
export type { OrganisationsService } from './organisations.service';
