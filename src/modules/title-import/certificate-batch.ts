import type { CopyInto, CopyValue, Db } from '../../db/client';
import { IMPORTED_COMMITTEE_CODE } from '../../domain/certificates';
import { allocateCertificateNumbersInBlocks, importKeysOnRecord } from '../certificates';
import { lockTitleImportWrites } from './title-import.repository';

/** The ledger columns an imported certificate fills; the rest take their defaults (status valid). */
export const IMPORTED_CERTIFICATE_COLUMNS = [
  'number',
  'holder_name',
  'holder_id_cipher',
  'holder_id_hash',
  'holder_id_masked',
  'series',
  'level',
  'specialty',
  'title_name',
  'committee_name',
  'announcement_number',
  'issued_on',
  'region_code',
  'source',
  'import_job_id',
  'import_key',
  'legacy_number',
] as const;

/**
 * A certificate ready to write: its COPY values in `IMPORTED_CERTIFICATE_COLUMNS` order with the
 * number (first) still empty — numbers are taken inside the batch's transaction, so a rolled
 * back batch takes none.
 */
export interface PreparedCertificate {
  importKey: string;
  year: number;
  values: CopyValue[];
}

/**
 * Writes one batch in the caller's bulk transaction: skips the certificates an earlier run
 * already wrote (same import key), numbers the rest per year in the region's block for
 * imported records (committee code 000), and COPYs them into the ledger.
 */
export async function writeCertificateBatch(
  tx: Db,
  copyInto: CopyInto,
  regionCode: string,
  batch: readonly PreparedCertificate[],
): Promise<{ imported: number; existing: number }> {
  if (batch.length === 0) return { imported: 0, existing: 0 };
  await lockTitleImportWrites(tx);
  const existing = await importKeysOnRecord(
    tx,
    batch.map((c) => c.importKey),
  );
  const fresh = existing.size === 0 ? batch : batch.filter((c) => !existing.has(c.importKey));

  const byYear = new Map<number, PreparedCertificate[]>();
  for (const certificate of fresh) {
    const list = byYear.get(certificate.year);
    if (list) list.push(certificate);
    else byYear.set(certificate.year, [certificate]);
  }
  const years = [...byYear];
  const numbers = await allocateCertificateNumbersInBlocks(
    tx,
    years.map(([year, certificates]) => ({
      regionCode,
      year,
      committeeCode: IMPORTED_COMMITTEE_CODE,
      count: certificates.length,
    })),
  );
  years.forEach(([, certificates], y) => {
    const block = numbers[y]!;
    for (let i = 0; i < certificates.length; i++) certificates[i]!.values[0] = block[i]!;
  });
  if (fresh.length > 0)
    await copyInto(
      'certificates',
      IMPORTED_CERTIFICATE_COLUMNS,
      fresh.map((c) => c.values),
    );
  return { imported: fresh.length, existing: batch.length - fresh.length };
}
