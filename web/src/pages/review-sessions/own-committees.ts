import type { Me } from '../../api/auth';
import type { Committee } from '../../api/committees';

/**
 * The committees a committee office hosts, for organising sessions and keeping pools: those the
 * registry names it the office of when the registry says so, else the active committees of the
 * office's own jurisdiction (the registry does not yet name the hosting office).
 */
export function ownCommittees(me: Me, committees: readonly Committee[]): Committee[] {
  const active = committees.filter((c) => c.status === 'active');
  const hosted = active.filter(
    (c) => (c as Committee & { officeOrganisationId?: string }).officeOrganisationId === me.organisation?.id,
  );
  return hosted.length > 0 ? hosted : active.filter((c) => c.regionCode === me.jurisdiction.code);
}
