import type { CertificateRecord } from '../../db/schema';
import { findSeries, type Level, levelName } from '../../domain/catalogue';
import { maskPersonName } from '../../domain/identifiers';

/** The series' and level's Chinese names, as certificates and verification show them. */
export function catalogueNames(c: Pick<CertificateRecord, 'series' | 'level'>) {
  return {
    seriesName: findSeries(c.series)?.shortName ?? c.series,
    levelName: levelName(c.level as Level) ?? c.level,
  };
}

/** A ledger entry for staff and for its holder: the ID number only masked. */
export function ledgerEntryView(c: CertificateRecord) {
  return {
    id: c.id,
    number: c.number,
    status: c.status,
    holderName: c.holderName,
    holderIdNumberMasked: c.holderIdMasked,
    series: c.series,
    ...catalogueNames(c),
    level: c.level,
    specialty: c.specialty,
    titleName: c.titleName,
    committeeName: c.committeeName,
    announcementNumber: c.announcementNumber,
    issuedOn: c.issuedOn,
    regionCode: c.regionCode,
    source: c.source,
    legacyNumber: c.legacyNumber,
    revokedOn: c.revokedOn,
    revokedReason: c.revokedReason,
    revokedAuthority: c.revokedAuthority,
  };
}

/**
 * What anyone may learn by number (CONTRACTS §4): validity and the title, the holder's name
 * masked, no identifier. A replaced (voided) certificate is no longer valid and reads as
 * revoked, from the day it was voided.
 */
export function publicCertificateView(
  c: Pick<
    CertificateRecord,
    | 'number'
    | 'status'
    | 'holderName'
    | 'titleName'
    | 'series'
    | 'level'
    | 'specialty'
    | 'committeeName'
    | 'announcementNumber'
    | 'issuedOn'
    | 'revokedOn'
  >,
) {
  const names = catalogueNames(c);
  return {
    number: c.number,
    status: c.status === 'valid' ? ('valid' as const) : ('revoked' as const),
    holder: maskPersonName(c.holderName, '*'),
    title: c.titleName,
    series: names.seriesName,
    level: names.levelName,
    specialty: c.specialty,
    committee: c.committeeName,
    announcement: c.announcementNumber,
    issuedOn: c.issuedOn,
    ...(c.status === 'valid' ? {} : { revokedOn: c.revokedOn ?? c.issuedOn }),
  };
}

export type PublicCertificate = ReturnType<typeof publicCertificateView>;
