import { asc, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { type SigningKeyRecord, signingKeys } from '../../db/schema';

/** Every signing key there has been, oldest first. */
export function allSigningKeys(db: Db): Promise<SigningKeyRecord[]> {
  return db.select().from(signingKeys).orderBy(asc(signingKeys.validFrom), asc(signingKeys.id));
}

/** Holds the registry's lock until the transaction ends: one process makes a key, the others wait. */
export async function lockSigningKeys(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('zhiping.signing_keys'))`);
}

/** The newest active key valid at `now`, if any. */
export async function usableSigningKey(tx: Db, now: Date): Promise<SigningKeyRecord | undefined> {
  const [usable] = await tx
    .select()
    .from(signingKeys)
    .where(
      sql`${signingKeys.status} = 'active' and ${signingKeys.validFrom} <= ${now.toISOString()} and ${signingKeys.validUntil} > ${now.toISOString()}`,
    )
    .orderBy(sql`${signingKeys.validFrom} desc`)
    .limit(1);
  return usable;
}

/** How many keys have been made (a new key's id counts on from it). */
export async function countSigningKeys(tx: Db): Promise<number> {
  const [{ n }] = (await tx.select({ n: sql<number>`count(*)::int` }).from(signingKeys)) as [{ n: number }];
  return n;
}

export async function insertSigningKey(
  tx: Db,
  values: typeof signingKeys.$inferInsert,
): Promise<SigningKeyRecord> {
  const [created] = await tx.insert(signingKeys).values(values).returning();
  return created as SigningKeyRecord;
}
