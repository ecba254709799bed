import type { Db } from '../../db/client';
import { findSeries, type Level, levelName, titleName } from '../../domain/catalogue';
import { IMPORTED_COMMITTEE_CODE } from '../../domain/certificates';
import { maskIdNumber } from '../../domain/identifiers';
import { provinceCodeOf, regionFullName } from '../../domain/regions';
import type { FieldCipher } from '../../platform/crypto';
import { allocateCertificateNumbersInBlocks } from '../certificates';
import { insertCertificates } from './demo.repository';
import type { DemoDataset } from './demo-dataset';

const PROVINCE_ABBREVIATIONS: Record<string, string> = { '210000': '辽', '220000': '吉' };

/**
 * The demo people's titles as certificates from the historical archive (committee code 000),
 * so the ledger, 我的证书 and public verification have something to show from the first start.
 */
export async function seedDemoCertificates(
  tx: Db,
  data: DemoDataset,
  refs: { personIds: Map<string, string>; cipher: FieldCipher },
): Promise<number> {
  const rows = data.persons.flatMap((p) => {
    const region = provinceCodeOf(p.jurisdictionCode) ?? p.jurisdictionCode;
    return p.titles.map((t, i) => ({ person: p, title: t, region, order: i }));
  });
  const blocks = new Map<string, typeof rows>();
  for (const row of rows) {
    const key = `${row.region}|${row.title.obtainedOn.slice(0, 4)}`;
    blocks.set(key, [...(blocks.get(key) ?? []), row]);
  }
  // Every (province, year) block numbered in one statement.
  const entries = [...blocks];
  const numbered = await allocateCertificateNumbersInBlocks(
    tx,
    entries.map(([key, block]) => {
      const [regionCode, year] = key.split('|') as [string, string];
      return { regionCode, year: Number(year), committeeCode: IMPORTED_COMMITTEE_CODE, count: block.length };
    }),
  );
  const values = [];
  for (const [b, [key, block]] of entries.entries()) {
    const [regionCode, year] = key.split('|') as [string, string];
    const numbers = numbered[b] ?? [];
    for (const [i, { person, title }] of block.entries()) {
      const level = title.level as Level;
      const series = findSeries(title.series);
      values.push({
        number: numbers[i] as string,
        holderName: person.name,
        holderIdCipher: refs.cipher.encrypt(person.idNumber),
        holderIdHash: refs.cipher.lookupHash(person.idNumber),
        holderIdMasked: maskIdNumber(person.idNumber),
        personId: refs.personIds.get(person.key) ?? null,
        series: title.series,
        level: title.level,
        specialty: title.specialty,
        titleName: titleName(title.series, level) ?? levelName(level),
        committeeName: `${regionFullName(regionCode) ?? ''}${series?.shortName ?? ''}${levelName(level)}职称评审委员会`,
        announcementNumber: `${PROVINCE_ABBREVIATIONS[regionCode] ?? ''}人社〔${year}〕${(Number(year) % 50) + 10}号`,
        issuedOn: title.obtainedOn,
        regionCode,
        source: 'import' as const,
        legacyNumber: null,
      });
    }
  }
  await insertCertificates(tx, values);
  return values.length;
}
