import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HeldTitle } from '../policy/eligibility-request';
import { foldTitleRecords, type LedgerRow, type TitleOnRecordRow, type TitleRecord } from './title-records';
import { startingTitles, verifyTitles } from './title-verification';

const onRecord = (over: Partial<TitleOnRecordRow> = {}): TitleOnRecordRow => ({
  id: 'pt-1',
  series: 'engineering',
  level: 'intermediate',
  specialty: '通信工程',
  obtainedOn: '2016-12-18',
  via: 'review',
  ...over,
});
const certificate = (over: Partial<LedgerRow> = {}): LedgerRow => ({
  id: 'c-1',
  number: '2021210000000011',
  status: 'valid',
  source: 'review',
  series: 'engineering',
  level: 'associate-senior',
  specialty: '通信工程',
  issuedOn: '2021-12-30',
  revokedOn: null,
  ...over,
});
const title = (over: Partial<HeldTitle> = {}): HeldTitle => ({
  series: 'engineering',
  level: 'intermediate',
  obtainedOn: '2016-12-18',
  via: 'review',
  ...over,
});

describe('folding the records of a person', () => {
  it('keeps one entry per title: a certificate stands for the title on record it repeats and takes its way of obtaining', () => {
    const { records } = foldTitleRecords(
      [onRecord({ via: 'exam' }), onRecord({ id: 'pt-2', level: 'assistant', obtainedOn: '2011-12-20' })],
      [
        certificate({ id: 'c-import', source: 'import', level: 'intermediate', issuedOn: '2016-12-18' }),
        certificate(),
      ],
    );
    expect(records.map((r) => [r.id, r.source, r.level, r.via, r.certificateNumber])).toEqual([
      ['pt-2', 'title-record', 'assistant', 'review', null],
      ['c-import', 'import', 'intermediate', 'exam', '2021210000000011'],
      ['c-1', 'certificate', 'associate-senior', null, '2021210000000011'],
    ]);
  });

  it('leaves out voided certificates, and a revoked one cancels the title on record it repeats', () => {
    const folded = foldTitleRecords(
      [onRecord({ level: 'associate-senior', obtainedOn: '2021-12-30' })],
      [
        certificate({ status: 'revoked', revokedOn: '2024-05-01' }),
        certificate({ id: 'c-old', status: 'voided', level: 'intermediate', issuedOn: '2016-12-18' }),
      ],
    );
    expect(folded.records).toEqual([]);
    expect(folded.revoked).toEqual([
      {
        certificateId: 'c-1',
        certificateNumber: '2021210000000011',
        series: 'engineering',
        level: 'associate-senior',
        obtainedOn: '2021-12-30',
        revokedOn: '2024-05-01',
      },
    ]);
  });

  it('prefers a certificate issued after review to an imported copy of the same title, and a valid one to a revoked one', () => {
    const folded = foldTitleRecords(
      [],
      [
        certificate({ id: 'c-imp', source: 'import' }),
        certificate({ id: 'c-rev', status: 'revoked' }),
        certificate({ id: 'c-here' }),
      ],
    );
    expect(folded.records.map((r) => r.id)).toEqual(['c-here']);
    expect(folded.revoked).toEqual([]);
  });

  it('leaves out rows whose level is not in the catalogue', () => {
    expect(foldTitleRecords([onRecord({ level: 'master' })], []).records).toEqual([]);
  });
});

describe('verifying declared titles', () => {
  const evidence = foldTitleRecords(
    [onRecord()],
    [certificate(), certificate({ id: 'c-2', source: 'import', level: 'assistant', issuedOn: '2011-12-20' })],
  );

  it.each([
    ['the same title', title(), true, 'title-record'],
    ['the date a day off', title({ obtainedOn: '2016-12-19' }), false, 'declared'],
    ['another level', title({ level: 'assistant' }), false, 'declared'],
    ['another series', title({ series: 'economics' }), false, 'declared'],
    ['another way of obtaining than the record states', title({ via: 'recognition' }), false, 'declared'],
    [
      'any way of obtaining where the ledger states none',
      title({ level: 'associate-senior', obtainedOn: '2021-12-30', via: 'recognition' }),
      true,
      'certificate',
    ],
  ])('%s → verified %s (%s)', (_, declared, verified, source) => {
    const [check] = verifyTitles([declared], evidence).titles;
    expect(check).toMatchObject({ index: 0, verified, source });
  });

  it('names the record behind a verified title and lists the records not declared', () => {
    const result = verifyTitles([title({ level: 'associate-senior', obtainedOn: '2021-12-30' })], evidence);
    expect(result.titles).toEqual([
      {
        index: 0,
        verified: true,
        source: 'certificate',
        recordId: 'c-1',
        certificateNumber: '2021210000000011',
      },
    ]);
    expect(result.unclaimedRecords.map((r) => r.id)).toEqual(['c-2', 'pt-1']);
  });

  it('verifies a title declared twice once: a record backs one declared title', () => {
    const result = verifyTitles([title(), title()], evidence);
    expect(result.titles.map((t) => t.verified)).toEqual([true, false]);
  });

  it('flags a declared title whose certificate was revoked', () => {
    const revoked = foldTitleRecords([], [certificate({ status: 'revoked', revokedOn: '2024-05-01' })]);
    const result = verifyTitles([title({ level: 'associate-senior', obtainedOn: '2021-12-30' })], revoked);
    expect(result.titles).toEqual([
      {
        index: 0,
        verified: false,
        source: 'declared',
        revoked: { certificateNumber: '2021210000000011', revokedOn: '2024-05-01' },
      },
    ]);
    expect(result.unclaimedRecords).toEqual([]);
  });

  it('starts a profile from every record, each verified and none unclaimed', () => {
    const titles = startingTitles(evidence);
    expect(titles.map((t) => [t.level, t.obtainedOn, t.via])).toEqual([
      ['assistant', '2011-12-20', 'review'],
      ['intermediate', '2016-12-18', 'review'],
      ['associate-senior', '2021-12-30', 'review'],
    ]);
    const result = verifyTitles(titles, evidence);
    expect(result.titles.every((t) => t.verified)).toBe(true);
    expect(result.unclaimedRecords).toEqual([]);
  });
});

// Few values, mostly one series, so that titles and records of the same title meet often.
const series = fc.constantFrom('engineering', 'engineering', 'engineering', 'health');
const level = fc.constantFrom('intermediate' as const, 'associate-senior' as const);
const date = fc.constantFrom('2016-12-18', '2016-12-19');
const via = fc.constantFrom('review' as const, 'exam' as const);
const declaredTitles = fc.array(fc.record({ series, level, obtainedOn: date, via }), { maxLength: 6 });
const recordsArbitrary = fc
  .array(
    fc.record({
      source: fc.constantFrom('certificate' as const, 'import' as const, 'title-record' as const),
      series,
      level,
      obtainedOn: date,
      via: fc.option(via, { nil: null }),
    }),
    { maxLength: 6 },
  )
  .map((rows) =>
    rows.map(
      (r, i): TitleRecord => ({
        ...r,
        id: `r${i}`,
        specialty: '通信工程',
        certificateNumber: r.source === 'title-record' ? null : `N${i}`,
      }),
    ),
  );

const backs = (r: TitleRecord, t: HeldTitle) =>
  r.series === t.series &&
  r.level === t.level &&
  r.obtainedOn === t.obtainedOn &&
  (r.via === null || r.via === t.via);

/** The largest number of declared titles records can back one to one, by trying every assignment. */
function maximumMatching(
  titles: readonly HeldTitle[],
  records: readonly TitleRecord[],
  used = new Set<number>(),
): number {
  const [first, ...rest] = titles;
  if (!first) return 0;
  let best = maximumMatching(rest, records, used);
  records.forEach((r, i) => {
    if (used.has(i) || !backs(r, first)) return;
    best = Math.max(best, 1 + maximumMatching(rest, records, new Set([...used, i])));
  });
  return best;
}

describe('verification, for any declared titles and records', () => {
  it('backs each verified title by a distinct matching record, verifies as many as any assignment could, and lists the rest as unclaimed', () => {
    fc.assert(
      fc.property(declaredTitles, recordsArbitrary, (titles, records) => {
        const result = verifyTitles(titles, { records, revoked: [] });
        expect(result.titles.map((t) => t.index)).toEqual(titles.map((_, i) => i));
        const used = result.titles.filter((t) => t.verified).map((t) => t.recordId);
        expect(new Set(used).size).toBe(used.length);
        for (const check of result.titles) {
          const record = records.find((r) => r.id === check.recordId);
          expect(check.verified).toBe(record !== undefined);
          if (record) {
            expect(backs(record, titles[check.index]!)).toBe(true);
            expect(check.source).toBe(record.source);
          } else expect(check.source).toBe('declared');
        }
        expect(used.length).toBe(maximumMatching(titles, records));
        expect(result.unclaimedRecords.map((r) => r.id).sort()).toEqual(
          records
            .filter((r) => !used.includes(r.id))
            .map((r) => r.id)
            .sort(),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('unverifies a verified title whose date is moved to a day no record holds for it', () => {
    fc.assert(
      fc.property(recordsArbitrary, fc.nat(), (records, pick) => {
        const evidence = { records, revoked: [] };
        const titles = startingTitles(evidence);
        fc.pre(titles.length > 0);
        const index = pick % titles.length;
        const moved = titles.map((t, i) => (i === index ? { ...t, obtainedOn: '2030-01-01' } : t));
        const result = verifyTitles(moved, evidence);
        expect(result.titles[index]).toEqual({ index, verified: false, source: 'declared' });
        expect(result.titles.filter((t) => t.verified)).toHaveLength(titles.length - 1);
        expect(result.unclaimedRecords).toHaveLength(1);
      }),
      { numRuns: 200 },
    );
  });
});
