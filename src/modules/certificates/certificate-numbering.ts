import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { formatCertificateNumber } from '../../domain/certificates';

/**
 * Takes `count` consecutive numbers from the block (jurisdiction, year, committee code) in
 * the caller's transaction. The upsert locks the block's row until commit, so two issuers
 * never get the same sequence and a rolled-back issue leaves no gap taken.
 */
export async function allocateCertificateNumbers(
  tx: Db,
  block: { regionCode: string; year: number; committeeCode: string },
  count: number,
): Promise<string[]> {
  if (count <= 0) return [];
  const result = await tx.execute<{ last: number }>(sql`
    insert into certificate_sequences (region_code, year, committee_code, last)
    values (${block.regionCode}, ${block.year}, ${block.committeeCode}, ${count})
    on conflict (region_code, year, committee_code)
    do update set last = certificate_sequences.last + ${count}
    returning last`);
  const rows = (result as unknown as { rows: { last: number }[] }).rows;
  const last = Number(rows[0]?.last);
  const first = last - count + 1;
  return Array.from({ length: count }, (_, i) => formatCertificateNumber({ ...block, sequence: first + i }));
}
