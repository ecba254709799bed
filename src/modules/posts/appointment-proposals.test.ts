import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { appSuite, signedInRequests } from '../../../test/helpers/app-suite';
import { createOrganisation, createPerson, createUser, signIn } from '../../../test/helpers/factories';
import { approvePlan, buildPostWorld } from '../../../test/helpers/post-plans';
import { applications, appointments, auditEvents } from '../../db/schema';
import { addDays } from '../../domain/calendar';
import { resolvedPolicy } from '../eligibility';
import { proposeFromConferredTitles } from './appointment-proposals';

const s = appSuite({ loginRateLimitPerMinute: 10_000 }, buildPostWorld);
const requests = signedInRequests(() => s.t);
const { get, post, patch } = requests;
const START = new Date('2026-03-02T02:00:00Z');
const DAY = '2026-03-02';
afterEach(() => s.t.clock.set(START));

let applicationNumber = 0;

/**
 * An application as the filing stores it: the chosen pathway of a real policy set (its basis and
 * effects, read from the rule base), conferred — the announcement passes it on as it is.
 */
async function conferredApplication(
  person: { id: string; organisationId: string | null },
  target: { series: string; level: string; specialty: string },
  from: { policySet: string; pathwayId?: string },
) {
  const variant = from.pathwayId
    ? resolvedPolicy(from.policySet, DAY).pathways.find((v) => v.id === from.pathwayId)!
    : undefined;
  const effects = {
    directRecognition: false,
    passRateCap: null,
    outsidePostQuota: false,
    postGrade: null,
    separateEvaluation: false,
    ...(variant?.effects ?? {}),
  };
  const pathway = variant?.pathway ?? 'regular';
  applicationNumber += 1;
  const [row] = await s.t.database.db
    .insert(applications)
    .values({
      number: `2026210300${String(700000 + applicationNumber)}`,
      personId: person.id,
      year: 2026,
      ...target,
      pathway,
      policySet: from.policySet,
      employerId: person.organisationId ?? s.w.orgs.hrBureau.id,
      jurisdictionCode: '210300',
      state: 'conferred',
      eligibility: {
        eligible: true,
        pathway,
        effects,
        pathways: [
          {
            pathway,
            eligible: true,
            basis: variant
              ? { id: variant.id, name: variant.name, citation: variant.citation }
              : {
                  id: 'regular',
                  name: '正常申报',
                  citation: { document: 'national', clause: '人社部令第40号' },
                },
            unmet: [],
            effects,
            earliestEligibleOn: null,
          },
        ],
        unmet: [],
      },
      eligible: true,
      attachmentIds: [],
      idempotencyKey: `proposal-${applicationNumber}`,
    })
    .returning();
  return row!;
}

let announcer: string | undefined;

/** What the announcement does for these applications, in its transaction, as a bureau's user. */
async function announce(apps: (typeof applications.$inferSelect)[]) {
  announcer ??= (await createUser(s.t.database.db, { roles: ['hr'], organisationId: s.w.orgs.hrBureau.id }))
    .id;
  const actor = announcer;
  return s.t.database.db.transaction((tx) =>
    proposeFromConferredTitles(tx, { audit: s.t.services.audit }, actor, {
      conferredOn: DAY,
      applications: apps,
    }),
  );
}

const proposalsOf = (applicationId: string) =>
  s.t.database.db.select().from(appointments).where(eq(appointments.applicationId, applicationId));

/** A private enterprise of 鞍山: no post plans, no appointments. */
const ENTERPRISE = { name: '鞍山鑫达机械制造有限公司', kind: 'employer', employerKind: 'private-enterprise' };

const postdocTitle = { series: 'health', level: 'associate-senior', specialty: '内科' };

/** A 鞍山 public institution with the realistic plan approved, and a postdoc of it recognised 副高. */
async function postdocInUnit(options: { departmentId?: string | null } = {}) {
  const unit = await s.w.unit(options);
  await approvePlan(requests, s.w, unit.session);
  const person = await createPerson(s.t.database.db, s.t.cipher, {
    organisationId: unit.id,
    titles: [{ ...postdocTitle, obtainedOn: DAY }],
  });
  const app = await conferredApplication(person, postdocTitle, {
    policySet: 'anshan-2023',
    pathwayId: 'direct-recognition.postdoc',
  });
  return { unit, person, app };
}

describe('proposals from conferred titles', () => {
  it('a postdoc’s outside-quota effect: exactly one special-post draft in the unit, with the pathway’s clause; conferring again adds none', async () => {
    const { unit, app } = await postdocInUnit();
    const created = await announce([app]);
    expect(created).toHaveLength(1);
    expect(await announce([app])).toEqual([]);
    const rows = await proposalsOf(app.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      organisationId: unit.id,
      kind: 'special',
      grade: 7,
      boardKind: 'special',
      state: 'draft',
      source: 'eligibility-effect',
    });
    expect(rows[0]!.reason).toContain('博士后');
    const audit = await s.t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, 'appointment.proposed-from-title'), eq(auditEvents.entityId, rows[0]!.id)),
      );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.data).toMatchObject({ citations: [{ document: 'anshan-2023', clause: '二' }] });

    // The unit sees it among its drafts with its source; the special-post guard asks for the approval.
    const list = (await get(unit.session, '/api/v1/appointments?state=draft')).json();
    const mine = list.items.find((a: { id: string }) => a.id === rows[0]!.id);
    expect(mine).toMatchObject({
      source: 'eligibility-effect',
      sourceName: '职称途径特设岗位',
      applicationId: app.id,
    });
    expect(mine.actions).toMatchObject({ edit: true, propose: true });
    // The form reopens on the proposal as the unit would have written it.
    expect(mine.request).toMatchObject({
      kind: 'special',
      grade: 7,
      level: 'associate-senior',
      series: 'health',
    });
    expect(mine.check.findings.map((f: { key: string }) => f.key)).toEqual([
      'posts.appointment.special-approval',
    ]);
    // A draft is the unit's alone: the department does not see it yet.
    expect((await get(s.w.sessions.department, `/api/v1/appointments/${rows[0]!.id}`)).statusCode).toBe(404);
  });

  it('the unit completes the special post and takes it up the chain; filed, it sits apart from the quota on the board', async () => {
    const { unit, person, app } = await postdocInUnit({ departmentId: null });
    const [id] = await announce([app]);
    const refused = await post(unit.session, `/api/v1/appointments/${id}/propose`, {});
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().error.details.map((d: { key: string }) => d.key)).toEqual([
      'posts.appointment.special-approval',
    ]);
    const completed = await patch(unit.session, `/api/v1/appointments/${id}`, {
      personId: person.id,
      kind: 'special',
      grade: 7,
      startDate: '2026-04-01',
      series: 'health',
      reason: '出站博士后首次聘用，不占岗位结构比例',
      approvalDocument: '鞍人社特岗〔2026〕2号',
    });
    expect(completed.statusCode, completed.body).toBe(200);
    expect(completed.json()).toMatchObject({ source: 'eligibility-effect', check: { allowed: true } });
    const proposed = await post(unit.session, `/api/v1/appointments/${id}/propose`, {});
    expect(proposed.statusCode, proposed.body).toBe(200);
    s.t.clock.set(new Date(`${addDays(proposed.json().publicityUntil, 1)}T02:00:00Z`));
    const hr = await signIn(s.t, {
      roles: ['hr'],
      organisationId: s.w.orgs.hrBureau.id,
      jurisdictionCode: '210300',
    });
    const filed = await post(hr, `/api/v1/appointments/${id}/file`, {
      approvalDocument: '鞍人社聘备〔2026〕9号',
    });
    expect(filed.statusCode, filed.body).toBe(200);
    const board = (await get(hr, `/api/v1/post-boards/${unit.id}?asOf=2026-04-01`)).json();
    expect(board.grades.find((g: { grade: number }) => g.grade === 7)).toMatchObject({
      quota: 4,
      occupied: 0,
      vacant: 4,
      special: 1,
    });
  });

  it('a 评聘结合 series: a first appointment at the level’s lowest grade for the unit to complete', async () => {
    const unit = await s.w.unit();
    const teacher = { series: 'primary-secondary-teacher', level: 'intermediate', specialty: '小学数学' };
    const person = await createPerson(s.t.database.db, s.t.cipher, { organisationId: unit.id });
    const app = await conferredApplication(person, teacher, { policySet: 'anshan-2023' });
    expect(await announce([app])).toHaveLength(1);
    expect(await announce([app])).toEqual([]);
    const rows = await proposalsOf(app.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      kind: 'first',
      grade: 10,
      boardKind: 'normal',
      source: 'combined-review',
      state: 'draft',
    });
    // Not 评聘结合 (health is 评聘分开) and no effect: nothing.
    const doctor = await createPerson(s.t.database.db, s.t.cipher, { organisationId: unit.id });
    const plain = await conferredApplication(doctor, postdocTitle, { policySet: 'anshan-2023' });
    expect(await announce([plain])).toEqual([]);
  });

  it('an enterprise’s employee and someone with no unit get none, whatever the effect', async () => {
    const enterprise = await createOrganisation(s.t.database.db, {
      ...ENTERPRISE,
      jurisdictionCode: '210300',
    });
    const employee = await createPerson(s.t.database.db, s.t.cipher, { organisationId: enterprise.id });
    const loose = await createPerson(s.t.database.db, s.t.cipher, {});
    const apps = [
      await conferredApplication(employee, postdocTitle, {
        policySet: 'anshan-2023',
        pathwayId: 'direct-recognition.postdoc',
      }),
      await conferredApplication(loose, postdocTitle, {
        policySet: 'anshan-2023',
        pathwayId: 'direct-recognition.postdoc',
      }),
    ];
    expect(await announce(apps)).toEqual([]);
    for (const a of apps) expect(await proposalsOf(a.id)).toEqual([]);
  });

  it('a competition winner’s grade from the 2025 征求意见稿 proposes nothing while the draft is not adopted', async () => {
    const unit = await s.w.unit();
    const winner = await createPerson(s.t.database.db, s.t.cipher, { organisationId: unit.id });
    const app = await conferredApplication(
      winner,
      { series: 'engineering', level: 'associate-senior', specialty: '机械工程' },
      { policySet: 'liaoning-city-2025-draft', pathwayId: 'direct-recognition.national-skills-gold' },
    );
    expect((app.eligibility as { effects: { postGrade: number } }).effects.postGrade).toBe(7);
    expect(await announce([app])).toEqual([]);
    expect(await proposalsOf(app.id)).toEqual([]);
  });
});
