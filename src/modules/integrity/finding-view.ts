import type { FraudFindingRecord } from '../../db/schema';
import { isBannedOn } from '../../domain/integrity/ban-period';
import { regionFullName } from '../../domain/regions';
import type { ExcelColumn } from '../../platform/excel';
import { POLICY_LAYERS } from '../../policies';

/** A finding as staff read it in the archive: the ID number masked, never in clear. */
export function findingView(row: FraudFindingRecord, today: string) {
  return {
    id: row.id,
    personName: row.personName,
    personIdMasked: row.personIdMasked,
    regionCode: row.regionCode,
    regionName: regionFullName(row.regionCode) ?? row.regionCode,
    authorityName: row.authorityName,
    decisionNumber: row.decisionNumber,
    decidedOn: row.decidedOn,
    banYears: row.banYears,
    bannedUntil: row.bannedUntil,
    bannedNow: isBannedOn(row.bannedUntil, today) && row.decidedOn <= today,
    citation: row.citation,
    revokedCertificates: row.revokedCertificates,
    recordedAt: row.recordedAt.toISOString(),
  };
}

/** The full record: the facts and the evidence besides the list's columns. */
export function findingDetail(row: FraudFindingRecord, today: string) {
  return { ...findingView(row, today), facts: row.facts, evidence: row.evidence };
}

export type FindingView = ReturnType<typeof findingView>;

/** The columns of the archive's Excel 一览表 (失信行为记录), masked like the screen. */
export const FINDING_COLUMNS: ExcelColumn<FindingView>[] = [
  { header: '姓名', width: 12, value: (f) => f.personName },
  { header: '身份证号码', width: 22, value: (f) => f.personIdMasked },
  { header: '所在地区', width: 24, value: (f) => f.regionName },
  { header: '认定机关', width: 30, value: (f) => f.authorityName },
  { header: '决定文号', width: 24, value: (f) => f.decisionNumber },
  { header: '认定日期', width: 12, value: (f) => f.decidedOn },
  { header: '禁止申报年限', width: 12, value: (f) => f.banYears },
  { header: '禁止申报至', width: 12, value: (f) => f.bannedUntil },
  { header: '当前状态', width: 10, value: (f) => (f.bannedNow ? '禁止申报期内' : '已期满') },
  { header: '撤销证书', width: 48, value: (f) => f.revokedCertificates.join('、') },
  {
    header: '依据',
    width: 36,
    value: (f) =>
      `${POLICY_LAYERS.get(f.citation.document)?.name ?? f.citation.document} ${f.citation.clause}`,
  },
];
