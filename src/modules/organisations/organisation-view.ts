import type { OrganisationRecord } from '../../db/schema';
import { findRegion } from '../../domain/regions';

/** The shape every client sees for an organisation. */
export function organisationView(row: OrganisationRecord) {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    creditCode: row.creditCode,
    employerKind: row.employerKind,
    jurisdiction: {
      code: row.jurisdictionCode,
      name: findRegion(row.jurisdictionCode)?.name ?? row.jurisdictionCode,
    },
    createdAt: row.createdAt.toISOString(),
  };
}

export type OrganisationView = ReturnType<typeof organisationView>;
