/**
 * Which of the titles a person declares are backed by the system's records (已核验) and which
 * are only declared (本人申报), and which records the person has not declared.
 *
 * A declared title is verified by a record of the same series and level obtained on the very
 * same day. There is no tolerance on the date: the engine counts seniority (任职年限) from it,
 * so a date a day off can move when someone becomes eligible — anything but the recorded date
 * is the person's claim. The way of obtaining it (评审/考试/认定/职业资格) must agree where the
 * record states one (titles on record do, the ledger does not): 以考代评 rules read it.
 * Editing a verified title so it no longer matches is allowed; it simply becomes declared.
 */
import type { HeldTitle, TitleVia } from '../policy/eligibility-request';
import { type RevokedTitle, type TitleEvidence, type TitleRecord, titleKey } from './title-records';

/** How one declared title stands. */
export interface TitleCheck {
  /** The title's position in the declared list. */
  index: number;
  verified: boolean;
  /** The record behind it, or `declared` when none is. */
  source: TitleRecord['source'] | 'declared';
  recordId?: string;
  certificateNumber?: string;
  /** Set when the declared title is one whose certificate was revoked. */
  revoked?: { certificateNumber: string; revokedOn: string | null };
}

export interface TitleVerification {
  titles: TitleCheck[];
  /** Records no declared title matches, oldest first: titles the person holds but did not declare. */
  unclaimedRecords: TitleRecord[];
}

/** The verification with the evidence it was made from, as the API answers: clients re-check edits with it. */
export type TitleVerificationView = TitleVerification & TitleEvidence;

const viaAgrees = (record: TitleRecord, via: TitleVia) => record.via === null || record.via === via;

/**
 * Matches declared titles to records one to one (a record backs at most one declared title, so
 * declaring a title twice verifies it once). A declared title takes a record that states the
 * same way of obtaining it before one that states none, which leaves the latter for another
 * declared title: no other assignment verifies more titles.
 */
export function verifyTitles(declared: readonly HeldTitle[], evidence: TitleEvidence): TitleVerification {
  const free = new Map<string, TitleRecord[]>();
  for (const record of evidence.records) {
    const key = titleKey(record);
    free.set(key, [...(free.get(key) ?? []), record]);
  }
  const revoked = new Map<string, RevokedTitle>(evidence.revoked.map((r) => [titleKey(r), r]));
  const used = new Set<TitleRecord>();

  const titles = declared.map((title, index): TitleCheck => {
    const candidates = (free.get(titleKey(title)) ?? []).filter(
      (r) => !used.has(r) && viaAgrees(r, title.via),
    );
    const record = candidates.find((r) => r.via === title.via) ?? candidates[0];
    if (record) {
      used.add(record);
      return {
        index,
        verified: true,
        source: record.source,
        recordId: record.id,
        ...(record.certificateNumber ? { certificateNumber: record.certificateNumber } : {}),
      };
    }
    const cancelled = revoked.get(titleKey(title));
    return {
      index,
      verified: false,
      source: 'declared',
      ...(cancelled
        ? { revoked: { certificateNumber: cancelled.certificateNumber, revokedOn: cancelled.revokedOn } }
        : {}),
    };
  });
  return { titles, unclaimedRecords: evidence.records.filter((r) => !used.has(r)) };
}

/** A record as a declared title: what a profile starts from before the person saves one. */
export function titleOfRecord(record: TitleRecord): HeldTitle {
  return {
    series: record.series,
    level: record.level,
    obtainedOn: record.obtainedOn,
    // The ledger does not say how a title was obtained; most titles on it were conferred by review.
    via: record.via ?? 'review',
  };
}

/** The titles a profile starts from: every record, oldest first — each of them verified. */
export function startingTitles(evidence: TitleEvidence): HeldTitle[] {
  return evidence.records.map(titleOfRecord);
}
