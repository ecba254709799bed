import type { Db } from '../../db/client';
import type { PersonRecord } from '../../db/schema';
import type { HeldTitle } from '../../domain/policy';
import { foldTitleRecords, type TitleEvidence } from '../../domain/profile/title-records';
import { type TitleVerificationView, verifyTitles } from '../../domain/profile/title-verification';
import { certificatesOfHolder } from '../certificates';
import { titlesOf } from '../people';

/**
 * The titles the system holds records of for a person: the titles on record and the ledger's
 * certificates, which belong to the holder by the keyed hash of the ID number — imported ones
 * too, which were written before the holder had an account and carry no person id.
 */
export async function titleEvidenceOf(
  db: Db,
  person: Pick<PersonRecord, 'id' | 'idNumberHash'>,
): Promise<TitleEvidence> {
  const [titles, ledger] = await Promise.all([
    titlesOf(db, person.id),
    certificatesOfHolder(db, person.idNumberHash),
  ]);
  return foldTitleRecords(titles, ledger);
}

/**
 * How each declared title stands against the records, with the records themselves: the profile
 * editor re-checks a title as it is edited, and a reviewer sees the certificate numbers.
 */
export function titleVerificationView(
  declared: readonly HeldTitle[],
  evidence: TitleEvidence,
): TitleVerificationView {
  return { ...verifyTitles(declared, evidence), records: evidence.records, revoked: evidence.revoked };
}
