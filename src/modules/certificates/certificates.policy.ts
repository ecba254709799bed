import type { CertificateRecord } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import { isWithinRegion, regionPrefix } from '../../domain/regions';
import type { LedgerScope } from './certificates.repository';

/** What someone may do with a ledger entry; the web shows exactly these buttons. */
export type LedgerAction = 'download' | 'replace' | 'revoke';

/** Committees whose office the actor works in, found once per request by the service. */
export type OfficeCommittees = ReadonlySet<string>;

/**
 * The ledger of a jurisdiction belongs to its HR bureau, which replaces (补换) and revokes; the
 * office of the committee that conferred a title may replace its certificate; the supervisor
 * reads. Anyone else is told the certificate does not exist (DESIGN rule 4).
 */
export function ledgerActions(
  actor: Actor,
  certificate: Pick<CertificateRecord, 'regionCode' | 'committeeId' | 'status'>,
  office: OfficeCommittees,
): LedgerAction[] | null {
  const inRegion = isWithinRegion(certificate.regionCode, actor.jurisdictionCode);
  const hr = actor.roles.includes('hr') && inRegion;
  const ownOffice =
    actor.roles.includes('committee-office') &&
    certificate.committeeId !== null &&
    office.has(certificate.committeeId);
  const supervisor = actor.roles.includes('supervisor') && inRegion;
  if (!hr && !ownOffice && !supervisor) return null;
  const valid = certificate.status === 'valid';
  const actions: LedgerAction[] = valid ? ['download'] : [];
  if (valid && (hr || ownOffice)) actions.push('replace');
  if (valid && hr) actions.push('revoke');
  return actions;
}

/** The part of the ledger a list may show the actor; empty for roles that keep no ledger. */
export function ledgerScope(actor: Actor, office: OfficeCommittees): LedgerScope {
  const readsRegion = actor.roles.includes('hr') || actor.roles.includes('supervisor');
  return {
    regionPrefixes: readsRegion ? [regionPrefix(actor.jurisdictionCode)] : [],
    committeeIds: actor.roles.includes('committee-office') ? [...office] : [],
  };
}
