import type { CertificateRecord } from '../../db/schema';
import type { Actor } from '../../domain/access/actor';
import type { RecordPolicy } from '../../domain/access/record-policy';
import { AppError, notFound } from '../../domain/errors';
import { isWithinRegion, regionPrefix } from '../../domain/regions';
import type { LedgerScope } from './certificates.repository';

/** What someone may do with a ledger entry; the web shows exactly these buttons. */
export type LedgerAction = 'download' | 'replace' | 'revoke';

/** Committees whose office the actor works in, found once per request by the service. */
export type OfficeCommittees = ReadonlySet<string>;

type LedgerEntry = Pick<CertificateRecord, 'regionCode' | 'committeeId' | 'status'>;

/**
 * The ledger of a jurisdiction belongs to its HR bureau, which replaces (补换) and revokes; the
 * office of the committee that conferred a title may replace its certificate; the supervisor
 * reads. Anyone else is told the certificate does not exist (DESIGN rule 4). Which committees
 * the actor's office runs is request context, so the policy is made per request.
 */
export function ledgerPolicy(office: OfficeCommittees): RecordPolicy<LedgerEntry, LedgerAction, LedgerScope> {
  return {
    /** The part of the ledger a list may show the actor; empty for roles that keep no ledger. */
    scopeOf(actor) {
      const readsRegion = actor.roles.includes('hr') || actor.roles.includes('supervisor');
      return {
        regionPrefixes: readsRegion ? [regionPrefix(actor.jurisdictionCode)] : [],
        committeeIds: actor.roles.includes('committee-office') ? [...office] : [],
      };
    },
    abilitiesOf(actor, certificate) {
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
    },
  };
}

/** The organisation whose committees' certificates the actor keeps as their office, if any. */
export function officeOrganisationOf(actor: Actor): string | null {
  return actor.roles.includes('committee-office') ? actor.organisationId : null;
}

/** Whether the actor may hold certificates of their own (found by the keyed hash of their ID number). */
export function holdsCertificates(actor: Actor): boolean {
  return actor.roles.includes('applicant');
}

type HeldCertificate = Pick<CertificateRecord, 'holderIdHash' | 'status'>;

/**
 * The holder's own certificates, issued here or imported, by the keyed hash of their ID number
 * (the scope; null when the actor holds none): downloadable while valid.
 */
export function holderPolicy(
  holderIdHash: string | null,
): RecordPolicy<HeldCertificate, 'download', string | null> {
  return {
    scopeOf: () => holderIdHash,
    abilitiesOf(_actor, certificate) {
      if (holderIdHash === null || certificate.holderIdHash !== holderIdHash) return null;
      return certificate.status === 'valid' ? ['download'] : [];
    },
  };
}

/** What a certificate outside the actor's ledger is to them. */
export const certificateNotFound = () => notFound('职称证书', 'CERTIFICATE_NOT_FOUND');

const ACTION_NAMES: Record<LedgerAction, { name: string; whenNotValid: string }> = {
  download: { name: '下载', whenNotValid: '不再提供电子证书下载' },
  replace: { name: '补换', whenNotValid: '不能补换' },
  revoke: { name: '撤销', whenNotValid: '不能撤销' },
};

/**
 * How the ledger refuses `action` (for `requireAbility`): "not found" to whoever may not see the
 * entry; a conflict once it is no longer valid (nothing may be done with it then); else "forbidden".
 */
export function ledgerRefusals(
  certificate: Pick<CertificateRecord, 'number' | 'status'>,
  action: LedgerAction,
) {
  const { name, whenNotValid } = ACTION_NAMES[action];
  return {
    hidden: certificateNotFound,
    refused: () =>
      certificate.status !== 'valid'
        ? new AppError(
            'conflict',
            'CERTIFICATE_NOT_VALID',
            `证书${certificate.number}已${certificate.status === 'revoked' ? '撤销' : '作废'}，${whenNotValid}`,
          )
        : new AppError('forbidden', 'CERTIFICATE_ACTION_FORBIDDEN', `当前账号无权${name}该证书`),
  };
}
