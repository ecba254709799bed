/**
 * The titles the system holds records of for one person, from its two sources: the titles on
 * record (`person_titles`) and the certificate ledger (certificates issued after a review here,
 * and those imported from the historical archive), folded into one list with one entry per title.
 */
import { compareLevels, isLevel, type Level } from '../catalogue';
import { TITLE_VIAS, type TitleVia } from '../policy/eligibility-request';

/**
 * Where a record comes from: `certificate` — the ledger, issued after a review in this system;
 * `import` — the ledger, imported from the historical title records; `title-record` — a title
 * on record for the person (`person_titles`) without a certificate in the ledger.
 */
export const TITLE_RECORD_SOURCES = ['certificate', 'import', 'title-record'] as const;

export type TitleRecordSource = (typeof TITLE_RECORD_SOURCES)[number];

/** One title the system holds a record of. */
export interface TitleRecord {
  /** The certificate's id for ledger records, the `person_titles` row's id otherwise. */
  id: string;
  source: TitleRecordSource;
  series: string;
  level: Level;
  specialty: string;
  /** 取得资格日期: the certificate's issue date, or the recorded date. */
  obtainedOn: string;
  /** How it was obtained, where the record says so (the ledger does not). */
  via: TitleVia | null;
  certificateNumber: string | null;
}

/** A title whose certificate was revoked (fraud or decision): it backs no declared title. */
export interface RevokedTitle {
  certificateId: string;
  certificateNumber: string;
  series: string;
  level: Level;
  obtainedOn: string;
  revokedOn: string | null;
}

/** The person's records, ready to check declared titles against. */
export interface TitleEvidence {
  records: TitleRecord[];
  revoked: RevokedTitle[];
}

/** A `person_titles` row as stored. */
export interface TitleOnRecordRow {
  id: string;
  series: string;
  level: string;
  specialty: string;
  obtainedOn: string;
  via: string;
}

/** A ledger entry as stored (the holder's identity is not needed here). */
export interface LedgerRow {
  id: string;
  number: string;
  status: 'valid' | 'revoked' | 'voided';
  source: 'review' | 'import';
  series: string;
  level: string;
  specialty: string;
  issuedOn: string;
  revokedOn: string | null;
}

/** Series, level and date: two records with the same key are the same title. */
export const titleKey = (t: { series: string; level: string; obtainedOn: string }) =>
  `${t.series}|${t.level}|${t.obtainedOn}`;

const isTitleVia = (value: string): value is TitleVia => (TITLE_VIAS as readonly string[]).includes(value);

/** Oldest first, the lower level first on the same day: the order a career reads in. */
export function byObtainedOn(
  a: { obtainedOn: string; level: Level },
  b: { obtainedOn: string; level: Level },
) {
  if (a.obtainedOn !== b.obtainedOn) return a.obtainedOn < b.obtainedOn ? -1 : 1;
  return compareLevels(a.level, b.level);
}

/**
 * Folds the person's titles on record and ledger entries into one list. A certificate and a
 * title on record with the same series, level and date are one title: the certificate stands
 * for it (it has a number anyone can verify) and takes the row's way of obtaining it. A voided
 * certificate was replaced by a new number and is left out; a revoked one backs nothing, and a
 * title on record for it is cancelled with it — unless a valid certificate for the same title
 * exists, which then stands. Rows with a level outside the catalogue are left out.
 */
export function foldTitleRecords(
  titlesOnRecord: readonly TitleOnRecordRow[],
  ledger: readonly LedgerRow[],
): TitleEvidence {
  const byKey = new Map<string, TitleRecord>();
  // Review-issued first, so an imported copy of a title conferred here does not stand for it.
  const valid = ledger
    .filter((c) => c.status === 'valid')
    .sort((a, b) => (a.source === b.source ? 0 : a.source === 'review' ? -1 : 1));
  for (const c of valid) {
    if (!isLevel(c.level)) continue;
    const key = titleKey({ ...c, obtainedOn: c.issuedOn });
    if (byKey.has(key)) continue;
    byKey.set(key, {
      id: c.id,
      source: c.source === 'review' ? 'certificate' : 'import',
      series: c.series,
      level: c.level,
      specialty: c.specialty,
      obtainedOn: c.issuedOn,
      via: null,
      certificateNumber: c.number,
    });
  }
  const revokedByKey = new Map<string, RevokedTitle>();
  for (const c of ledger) {
    if (c.status !== 'revoked' || !isLevel(c.level)) continue;
    const key = titleKey({ ...c, obtainedOn: c.issuedOn });
    if (byKey.has(key) || revokedByKey.has(key)) continue;
    revokedByKey.set(key, {
      certificateId: c.id,
      certificateNumber: c.number,
      series: c.series,
      level: c.level,
      obtainedOn: c.issuedOn,
      revokedOn: c.revokedOn,
    });
  }
  for (const row of titlesOnRecord) {
    if (!isLevel(row.level)) continue;
    const key = titleKey(row);
    const via = isTitleVia(row.via) ? row.via : null;
    const certificate = byKey.get(key);
    if (certificate) {
      if (certificate.via === null) certificate.via = via;
      continue;
    }
    if (revokedByKey.has(key)) continue;
    byKey.set(key, {
      id: row.id,
      source: 'title-record',
      series: row.series,
      level: row.level,
      specialty: row.specialty,
      obtainedOn: row.obtainedOn,
      via,
      certificateNumber: null,
    });
  }
  return {
    records: [...byKey.values()].sort(byObtainedOn),
    revoked: [...revokedByKey.values()].sort(byObtainedOn),
  };
}
