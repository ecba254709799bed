import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { formatCertificateNumber } from '../../domain/certificates';

/** A numbering block and how many numbers to take from it. */
export interface BlockRequest {
  regionCode: string;
  year: number;
  committeeCode: string;
  count: number;
}

type BlockRow = { region_code: string; year: number; committee_code: string; last: number };

const blockKey = (b: { regionCode: string; year: number; committeeCode: string }) =>
  `${b.regionCode}|${b.year}|${b.committeeCode}`;

/**
 * Takes numbers from several blocks in one statement — a historical import numbers each batch
 * across decades of years, and one round trip per year would dominate its transaction. The
 * same upsert as `allocateCertificateNumbers`, one row per block; blocks are locked in a fixed
 * order (region, year, committee code), so two callers cannot deadlock on them. Returns each
 * block's numbers, in the order of `requests`.
 */
export async function allocateCertificateNumbersInBlocks(
  tx: Db,
  requests: readonly BlockRequest[],
): Promise<string[][]> {
  const blocks = requests.filter((b) => b.count > 0).sort((a, b) => blockKey(a).localeCompare(blockKey(b)));
  if (blocks.length === 0) return requests.map(() => []);
  if (new Set(blocks.map(blockKey)).size !== blocks.length)
    throw new Error('同一编号区段在一次分配中出现了两次');
  const result = await tx.execute<BlockRow>(sql`
    insert into certificate_sequences (region_code, year, committee_code, last)
    values ${sql.join(
      blocks.map((b) => sql`(${b.regionCode}, ${b.year}, ${b.committeeCode}, ${b.count})`),
      sql`, `,
    )}
    on conflict (region_code, year, committee_code)
    do update set last = certificate_sequences.last + excluded.last
    returning region_code, year, committee_code, last`);
  const lastOf = new Map(
    (result as unknown as { rows: BlockRow[] }).rows.map((r) => [
      blockKey({ regionCode: r.region_code, year: Number(r.year), committeeCode: r.committee_code }),
      Number(r.last),
    ]),
  );
  return requests.map((block) => {
    if (block.count <= 0) return [];
    const first = lastOf.get(blockKey(block))! - block.count + 1;
    return Array.from({ length: block.count }, (_, i) =>
      formatCertificateNumber({ ...block, sequence: first + i }),
    );
  });
}

/**
 * Takes `count` consecutive numbers from one block (jurisdiction, year, committee code) in the
 * caller's transaction. The upsert locks the block's row until commit, so two issuers never get
 * the same sequence and a rolled-back issue leaves no gap taken.
 */
export async function allocateCertificateNumbers(
  tx: Db,
  block: { regionCode: string; year: number; committeeCode: string },
  count: number,
): Promise<string[]> {
  const [numbers] = await allocateCertificateNumbersInBlocks(tx, [{ ...block, count }]);
  return numbers ?? [];
}
