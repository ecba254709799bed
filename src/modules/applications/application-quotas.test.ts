import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { applicationSuite } from '../../../test/helpers/application-suite';
import { applications } from '../../db/schema';
import { claimKey, type QuotaClaim, quotaUseOf } from '../../domain/applications/recommender-quotas';
import { claimsInUse } from './applications.repository';

const s = applicationSuite();
const { file, setDay } = s;

const db = () => s.t.database.db;

const ACADEMICIAN = { kind: 'academician-recommendation', recommender: '王院士' } as const;
const COACH = { kind: 'worldskills-gold-coach', award: 'WS2025-001' } as const;

let serial = 0;
/** An application of a new person, written as filing writes it, with the claims given. */
async function applicationWith(year: number, claims: QuotaClaim[], state = 'submitted') {
  const { person } = await s.w.applicant(s.w.orgs.employer.id);
  serial += 1;
  await db()
    .insert(applications)
    .values({
      number: `${year}210302${String(700000 + serial)}`,
      personId: person.id,
      year,
      series: 'engineering',
      level: 'associate-senior',
      specialty: '通信工程',
      pathway: 'regular',
      policySet: 'anshan-2023',
      employerId: s.w.orgs.employer.id,
      jurisdictionCode: '210302',
      state,
      eligibility: { eligible: true, unmet: [] },
      eligible: true,
      attachmentIds: [],
      claims,
      idempotencyKey: `quota-${serial}`,
    });
  return person.id;
}

describe('recommenders and awards used across applications', () => {
  it('stores the recommender and award a profile names with the filed application', async () => {
    setDay('2026-03-04');
    const { session, person } = await s.w.applicant(s.w.orgs.employer.id, {
      achievements: [
        { kind: 'academician-recommendation', on: '2026-01-05', recommender: '王院士' },
        { kind: 'worldskills-gold-coach', on: '2025-10-01', award: 'WS2025-001' },
        { kind: 'postdoc-completed', on: '2015-07-01' },
      ],
    });
    const filed = await file(session);
    expect(filed.statusCode, filed.body).toBe(201);
    const [row] = await db()
      .select({ claims: applications.claims })
      .from(applications)
      .where(eq(applications.personId, person.id));
    expect(row!.claims).toEqual([ACADEMICIAN, COACH]);
  });

  it('finds the live applications naming a recommender this year or an award in any year, in one query', async () => {
    // Names of its own, so that no other test's applications count here.
    const academician = { ...ACADEMICIAN, recommender: '赵院士' };
    const coach = { ...COACH, award: 'WS2025-777' };
    const recommenderThisYear = [
      await applicationWith(2026, [academician]),
      await applicationWith(2026, [academician, { kind: 'postdoc-innovation-gold-mentor', award: 'P-9' }]),
    ];
    await applicationWith(2025, [academician]); // last year's recommendation: another year's quota
    await applicationWith(2026, [academician], 'withdrawn'); // withdrawn: no longer uses it
    await applicationWith(2026, [{ ...academician, recommender: '李院士' }]); // another recommender
    await applicationWith(2026, [{ kind: 'enterprise-lead-recommendation', recommender: '赵院士' }]); // another kind
    const awardLastYear = await applicationWith(2025, [coach]);
    await applicationWith(2026, [{ ...coach, kind: 'national-skills-gold-coach' }]); // another kind's award
    await applicationWith(2026, []);

    const found = await claimsInUse(db(), [academician, coach], 2026);
    expect(found.map((f) => f.personId).sort()).toEqual([...recommenderThisYear, awardLastYear].sort());
    const use = quotaUseOf(found, 'someone-else', 2026);
    expect(use.recommendedThisYear.get(claimKey(academician.kind, academician.recommender))).toBe(2);
    expect(use.awardClaimed.get(claimKey(coach.kind, coach.award))).toBe(1);

    expect(await claimsInUse(db(), [], 2026)).toEqual([]);
    expect(await claimsInUse(db(), [{ kind: 'worldskills-gold-coach', award: 'WS-none' }], 2026)).toEqual([]);
  });
});
