import type { Db } from '../../db/client';
import type { ApplicationRecord, CertificateRecord, CommitteeRecord } from '../../db/schema';
import type { Level } from '../../domain/catalogue';
import { titleName } from '../../domain/catalogue';
import { committeeCodeOf } from '../../domain/certificates';
import type { AuditLog } from '../audit';
import { findPersons } from '../people';
import { recordCertificateEvents } from './certificate-events';
import { allocateCertificateNumbers } from './certificate-numbering.repository';
import { insertCertificates } from './certificates.repository';

/**
 * Issues one certificate per conferred application, in the announcement's transaction: the
 * numbers come from the committee's block for the year (jurisdiction = the committee's
 * region), the holder's identity is copied from the person as it is stored (already
 * encrypted), and each issue is a ledger event and an audit event.
 */
export async function issueCertificates(
  tx: Db,
  deps: { audit: AuditLog },
  actorUserId: string,
  input: {
    committee: Pick<CommitteeRecord, 'id' | 'name' | 'regionCode' | 'serial'>;
    announcementNumber: string;
    issuedOn: string;
    applications: readonly ApplicationRecord[];
  },
): Promise<CertificateRecord[]> {
  const apps = input.applications;
  if (apps.length === 0) return [];
  const holders = await findPersons(
    tx,
    apps.map((a) => a.personId),
  );
  const byId = new Map(holders.map((p) => [p.id, p]));
  const numbers = await allocateCertificateNumbers(
    tx,
    {
      regionCode: input.committee.regionCode,
      year: Number(input.issuedOn.slice(0, 4)),
      committeeCode: committeeCodeOf(input.committee.serial),
    },
    apps.length,
  );
  const rows = apps.map((app, i) => {
    const holder = byId.get(app.personId);
    if (!holder) throw new Error(`申报 ${app.number} 的申报人不存在`);
    return {
      number: numbers[i] as string,
      holderName: holder.name,
      holderIdCipher: holder.idNumberCipher,
      holderIdHash: holder.idNumberHash,
      holderIdMasked: holder.idNumberMasked,
      personId: holder.id,
      applicationId: app.id,
      series: app.series,
      level: app.level,
      specialty: app.specialty,
      titleName: titleName(app.series, app.level as Level) ?? app.level,
      committeeId: input.committee.id,
      committeeName: input.committee.name,
      announcementNumber: input.announcementNumber,
      issuedOn: input.issuedOn,
      regionCode: input.committee.regionCode,
      source: 'review' as const,
    };
  });
  const issued = await insertCertificates(tx, rows);
  await recordCertificateEvents(tx, deps.audit, actorUserId, issued, {
    kind: 'issued',
    action: 'certificate.issued',
    ledger: { data: { announcementNumber: input.announcementNumber } },
    audited: (c) => ({ number: c.number, applicationId: c.applicationId }),
  });
  return issued;
}
