import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { appSuite, signedInRequests } from '../../../test/helpers/app-suite';
import { createPerson, type Session } from '../../../test/helpers/factories';
import { approvePlan, buildPostWorld } from '../../../test/helpers/post-plans';
import { applications } from '../../db/schema';
import { COMBINED_WITHIN_POSTS } from '../../domain/posts/combined-recommendation';
import { SEED_COVERAGE } from '../../policies/coverage';

/**
 * 评聘结合 within the post structure (anshan-2023 九 and the same clause of liaoyang, the 2025
 * draft and Jilin): a 鞍山 school, whose teachers' series is 评聘结合 (national layer), may not
 * recommend more 副高 applicants than the level has free posts; a 评聘分开 series is not limited.
 */
const s = appSuite({ loginRateLimitPerMinute: 10_000 }, buildPostWorld);
const { post } = signedInRequests(() => s.t);
const START = new Date('2026-03-02T02:00:00Z');
afterEach(() => s.t.clock.set(START));

const NO_EFFECTS = {
  directRecognition: false,
  passRateCap: null,
  outsidePostQuota: false,
  postGrade: null,
  separateEvaluation: false,
};
/** The eligibility result filing stores, as the regular pathway passed it. */
const eligibilityOf = (series: string) => ({
  policy: 'anshan-2023',
  asOf: '2026-01-10',
  target: { series, level: 'associate-senior', specialty: null },
  eligible: true,
  pathway: 'regular',
  nearestPathway: null,
  unmet: [],
  pathways: [],
  effects: NO_EFFECTS,
  earliestEligibleOn: null,
  policyStatus: 'in-force',
  warnings: [],
});

/** What every application here shares: a 2026 副高 application of 鞍山, filed and publicised. */
const FILED = {
  year: 2026,
  level: 'associate-senior',
  pathway: 'regular',
  policySet: 'anshan-2023',
  jurisdictionCode: '210300',
  unitPublicityEndsOn: '2026-02-20',
  eligible: true,
  attachmentIds: [],
  claims: [],
};

let serial = 0;
/** An application of a new person of the unit, written as filing and the unit's publicity leave it. */
async function applicationOf(unitId: string, state: string, series = 'primary-secondary-teacher') {
  const person = await createPerson(s.t.database.db, s.t.cipher, { organisationId: unitId });
  serial += 1;
  const [row] = await s.t.database.db
    .insert(applications)
    .values({
      ...FILED,
      number: `2026210300${String(800000 + serial)}`,
      idempotencyKey: `combined-${serial}`,
      personId: person.id,
      employerId: unitId,
      departmentId: s.w.orgs.department.id,
      series,
      specialty: series === 'engineering' ? '通信工程' : '中学数学',
      state,
      eligibility: eligibilityOf(series),
    })
    .returning({ id: applications.id });
  return row!.id;
}

const recommend = (session: Session, id: string) =>
  post(session, `/api/v1/applications/${id}/transitions`, { event: 'recommend', unitCommitment: true });
const messages = (response: { json(): { error: { details?: { message: string }[] } } }) =>
  response.json().error.details?.map((d) => d.message) ?? [];

describe('评聘结合单位在岗位结构比例内推荐', () => {
  it('recommends 副高 teachers while the level has free posts, then refuses with the clause; a 评聘分开 series is not limited', async () => {
    const unit = await s.w.unit();
    await approvePlan(
      signedInRequests(() => s.t),
      s.w,
      unit.session,
    );
    // The realistic plan has 8 副高 posts (grades 5–7: 1 + 3 + 4), none filled: 7 already on their way.
    const onTheirWay = await Promise.all(
      Array.from({ length: 7 }, () => applicationOf(unit.id, 'department-review')),
    );
    await applicationOf(unit.id, 'not-passed');
    await applicationOf(unit.id, 'department-review', 'engineering');

    const eighth = await applicationOf(unit.id, 'unit-publicity');
    const accepted = await recommend(unit.session, eighth);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().state).toBe('department-review');

    const ninth = await applicationOf(unit.id, 'unit-publicity');
    const refused = await recommend(unit.session, ninth);
    expect(refused.statusCode).toBe(422);
    expect(messages(refused)).toEqual([
      '本单位该系列实行评聘结合，副高级岗位空余8个，本年度已推荐8人在评，不能超出岗位数额推荐（anshan-2023 九“实行“评聘结合”的应在岗位结构比例内开展评审或按比例推荐”）',
    ]);
    const [unchanged] = await s.t.database.db.select().from(applications).where(eq(applications.id, ninth));
    expect(unchanged!.state).toBe('unit-publicity');

    // 评聘分开 (engineering): the title is not an appointment, so the posts do not limit it.
    const engineer = await applicationOf(unit.id, 'unit-publicity', 'engineering');
    expect((await recommend(unit.session, engineer)).statusCode).toBe(200);

    // One of those on their way fails the review: its post is free again.
    await s.t.database.db
      .update(applications)
      .set({ state: 'not-passed' })
      .where(eq(applications.id, onTheirWay[0]!));
    expect((await recommend(unit.session, ninth)).json().state).toBe('department-review');
  });

  it('does not judge the limit for a unit whose plan is not on record (its posts are unknown)', async () => {
    const unit = await s.w.unit();
    const id = await applicationOf(unit.id, 'unit-publicity');
    const recommended = await recommend(unit.session, id);
    expect(recommended.statusCode, recommended.body).toBe(200);
    expect(recommended.json().state).toBe('department-review');
  });

  it("quotes each clause in the coverage map's words", () => {
    for (const c of COMBINED_WITHIN_POSTS) {
      const clause = SEED_COVERAGE.get(c.document)?.clauses.find((k) => k.clause === c.clause);
      expect(
        clause?.provisions.map((p) => p.summary),
        `${c.document} ${c.clause}`,
      ).toContain(c.text);
    }
  });
});
