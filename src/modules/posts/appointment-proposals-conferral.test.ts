import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testAppSuite } from '../../../test/helpers/app-suite';
import { conferTitles } from '../../../test/helpers/conferred-titles';
import { authed, type Session, signIn } from '../../../test/helpers/factories';
import { buildReviewWorld, type ReviewWorld } from '../../../test/helpers/review-world';
import { applications, appointments, certificates, organisations } from '../../db/schema';

const s = testAppSuite({ sessionIdleMinutes: 60 * 24 * 365, loginRateLimitPerMinute: 10_000 });
let w: ReviewWorld;
let provinceHr: Session;
let conferred: Awaited<ReturnType<typeof conferTitles>>;

/** The postdoc pathway's effect as the filing would have stored it (anshan-2023 §二). */
const OUTSIDE_QUOTA = {
  directRecognition: true,
  passRateCap: null,
  outsidePostQuota: true,
  postGrade: null,
  separateEvaluation: false,
};

beforeAll(async () => {
  w = await buildReviewWorld(s.t, { experts: 30 });
  provinceHr = await signIn(s.t, {
    roles: ['hr'],
    organisationId: w.orgs.hrBureau.id,
    jurisdictionCode: '210000',
  });
  // The applicants' employer is a public institution, and their applications carried the effect.
  conferred = await conferTitles(s.t, w, 2, '辽人社〔2026〕301号', {
    beforeAnnouncement: async (ids) => {
      const db = s.t.database.db;
      await db
        .update(organisations)
        .set({ employerKind: 'public-institution' })
        .where(eq(organisations.id, w.orgs.employer.id));
      for (const id of ids) {
        const [app] = await db.select().from(applications).where(eq(applications.id, id));
        await db
          .update(applications)
          .set({ eligibility: { ...(app!.eligibility as object), effects: OUTSIDE_QUOTA } })
          .where(eq(applications.id, id));
      }
    },
  });
}, 240_000);

const proposalsOf = (ids: string[]) =>
  s.t.database.db.select().from(appointments).where(inArray(appointments.applicationId, ids));

describe('the announcement that confers a title with a post effect', () => {
  it('ends in one special-post proposal in the holder’s unit; a replaced certificate adds none', async () => {
    expect(conferred.conferred).toHaveLength(1);
    const all = conferred.apps.map((a) => a.id);
    const rows = await proposalsOf(all);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      applicationId: conferred.conferred[0]!.id,
      organisationId: w.orgs.employer.id,
      kind: 'special',
      // 副高 (the world's applications): its lowest grade.
      grade: 7,
      boardKind: 'special',
      source: 'eligibility-effect',
      state: 'draft',
    });

    const [certificate] = await s.t.database.db
      .select()
      .from(certificates)
      .where(eq(certificates.number, conferred.certificates[0]!));
    const replaced = await s.t.app.inject({
      method: 'POST',
      url: `/api/v1/certificates/${certificate!.id}/replace`,
      headers: authed(provinceHr),
      payload: { reason: '证书遗失，申请补发' },
    });
    expect(replaced.statusCode, replaced.body).toBe(201);
    expect(await proposalsOf(all)).toHaveLength(1);
  });
});
