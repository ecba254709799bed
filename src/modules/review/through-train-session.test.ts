import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AcceptedApplication, reviewSuite } from '../../../test/helpers/review-world';
import { applications, auditEvents } from '../../db/schema';
import { throughTrainCitation } from '../../domain/review/through-train';
import { resolvedPolicy } from '../eligibility/eligibility.service';

const s = reviewSuite({ experts: 0, accepted: 2 });
const { get, setDay, post, newSession, setAgenda } = s;
let throughTrainApp: AcceptedApplication;
let ordinaryApp: AcceptedApplication;

beforeAll(async () => {
  [throughTrainApp, ordinaryApp] = s.apps as [AcceptedApplication, AcceptedApplication];
  // The eligibility engine marks the pathway at filing; here one of the Anshan applications is a
  // private-enterprise through-train application (its employer is a private enterprise).
  await s.t.database.db
    .update(applications)
    .set({ pathway: 'through-train' })
    .where(eq(applications.id, throughTrainApp.id));
});

/** A session of the Anshan city committee (anshan-2023: 年度例会11月底前), organised by series: ≥25 members. */
const citySession = (over: Record<string, unknown>) =>
  post(s.w.sessions.cityOffice, '/api/v1/review-sessions', {
    committeeId: s.w.committees.citySenior.id,
    name: '2026年度工程技术系列副高级职称评审会',
    place: '鞍山市铁东区评审中心',
    strata: [{ group: '工程技术', seats: 25, alternates: 3 }],
    ...over,
  });

describe('the through-train clause of each Liaoning city document', () => {
  it.each([
    ['anshan-2023', '三'],
    ['liaoyang-2023', '五'],
    ['liaoning-city-2025-draft', '4'],
  ])('%s cites %s', (set, clause) => {
    expect(throughTrainCitation(resolvedPolicy(set, '2026-06-01').pathways)).toEqual({
      document: set,
      clause,
    });
  });
});

describe('a 民营企业直通车专场 (随时申报、单独评价、一年多评)', () => {
  it('may sit after the 11-30 annual deadline, several times a year, while an ordinary session that day is refused', async () => {
    setDay('2026-12-10');
    const ordinary = await citySession({ heldOn: '2026-12-15' });
    expect(ordinary.statusCode).toBe(400);
    expect(ordinary.json().error.details).toContainEqual({
      path: 'heldOn',
      message: expect.stringContaining('anshan-2023 九'),
    });

    const first = await citySession({
      heldOn: '2026-12-15',
      throughTrain: true,
      name: '直通车专场（第一场）',
    });
    expect(first.statusCode, first.body).toBe(201);
    const second = await citySession({
      heldOn: '2026-12-15',
      throughTrain: true,
      name: '直通车专场（第二场）',
    });
    expect(second.statusCode, second.body).toBe(201);

    const detail = (await get(s.w.sessions.cityOffice, `/api/v1/review-sessions/${first.json().id}`)).json();
    expect(detail.throughTrain).toBe(true);
    const listed = (await get(s.w.sessions.cityOffice, '/api/v1/review-sessions')).json() as {
      id: string;
      throughTrain: boolean;
    }[];
    expect(listed.filter((s) => s.throughTrain).map((s) => s.id)).toEqual(
      expect.arrayContaining([first.json().id, second.json().id]),
    );
    const [created] = await s.t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'session.created'), eq(auditEvents.entityId, first.json().id)));
    expect(created?.data).toMatchObject({ throughTrain: true });
  });

  it('has no green-channel group, since it reviews through-train applications only', async () => {
    const green = await citySession({
      heldOn: '2026-12-15',
      throughTrain: true,
      strata: [
        { group: '工程技术', seats: 25, alternates: 3 },
        { group: '工程技术', seats: 3, alternates: 0, greenChannel: true },
      ],
    });
    expect(green.statusCode).toBe(400);
    expect(green.json().error.details).toContainEqual({
      path: 'strata.1.greenChannel',
      message: expect.stringContaining('anshan-2023 三'),
    });
  });

  it('takes only through-train applications, and through-train applications go only onto it', async () => {
    setDay('2026-11-16');
    const annual = (await newSession()).json().id as string;
    const refusedFromAnnual = await setAgenda(annual, [throughTrainApp.id]);
    expect(refusedFromAnnual.statusCode).toBe(400);
    const [onAnnual] = refusedFromAnnual.json().error.details;
    expect(onAnnual.message).toContain(`申报${throughTrainApp.number}`);
    expect(onAnnual.message).toContain('只能列入直通车专场');
    expect(onAnnual.message).toContain('anshan-2023 三');

    setDay('2026-12-10');
    const special = await newSession({ heldOn: '2026-12-15', throughTrain: true, name: '直通车专场' });
    expect(special.statusCode, special.body).toBe(201);
    const specialId = special.json().id as string;
    const refusedFromSpecial = await setAgenda(specialId, [ordinaryApp.id]);
    expect(refusedFromSpecial.statusCode).toBe(400);
    const [onSpecial] = refusedFromSpecial.json().error.details;
    expect(onSpecial.message).toContain(`申报${ordinaryApp.number}不是民营企业职称评审“直通车”申报`);
    expect(onSpecial.message).toContain('anshan-2023 三');

    // No review across years still holds for a through-train session.
    const nextYear = await newSession({
      heldOn: '2027-01-08',
      throughTrain: true,
      name: '直通车专场（次年）',
    });
    expect(nextYear.statusCode, nextYear.body).toBe(201);
    const acrossYears = await setAgenda(nextYear.json().id, [throughTrainApp.id]);
    expect(acrossYears.statusCode).toBe(400);
    expect(acrossYears.json().error.message).toContain('不允许跨年度');

    // The other side of each rule: the ordinary application goes onto the annual meeting, and the
    // through-train application onto its 12-15 session, past the applicant's own 11-30 deadline.
    expect((await setAgenda(annual, [ordinaryApp.id])).statusCode).toBe(200);
    const accepted = await setAgenda(specialId, [throughTrainApp.id]);
    expect(accepted.statusCode, accepted.body).toBe(200);
    const detail = (await get(s.w.sessions.provinceOffice, `/api/v1/review-sessions/${specialId}`)).json();
    expect(detail.agenda.map((a: { applicationId: string }) => a.applicationId)).toEqual([
      throughTrainApp.id,
    ]);
    const [added] = await s.t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'session.agenda-added'), eq(auditEvents.entityId, specialId)));
    expect(added).toBeDefined();
  });
});
