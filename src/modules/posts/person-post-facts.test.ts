import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { appSuite, signedInRequests } from '../../../test/helpers/app-suite';
import { newKey } from '../../../test/helpers/application-world';
import { authed, createOrganisation, createPerson, createUser, login } from '../../../test/helpers/factories';
import { pdfText } from '../../../test/helpers/pdf-text';
import { applicantProfiles } from '../../db/schema';
import { insertAppointment } from './appointments.repository';

/*
 * The applicant's posts come from the records (issue 20 Deliver 6): a Jilin township engineer
 * types 中级 grade 10 since 2012, which would meet 一(四)1's 聘任中级职称满10年 in 2026; the
 * unit's filed appointment says grade 10 since 2020, and the rule decides on that.
 */

const PROFILES = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../policies/cases/profiles.json'), 'utf8'),
);
const TYPED = {
  ...PROFILES['jilin-township-engineer-1992'],
  posts: [{ grade: 10, from: '2012-03-01', to: null }],
};
const TARGET = { target: { series: 'engineering', level: 'associate-senior', specialty: '水利工程' } };
const RULE_CLAUSE = { document: 'jilin-2022', clause: '一(四)1' };

const s = appSuite({ loginRateLimitPerMinute: 10_000 }, async (t) => ({
  unit: await createOrganisation(t.database.db, {
    name: '长春市某水利工作站',
    kind: 'employer',
    employerKind: 'public-institution',
    jurisdictionCode: '220102',
  }),
}));
const { get, post } = signedInRequests(() => s.t);

/** An engineer of the Jilin unit with the typed profile, and a filed grade-10 appointment since `recordedSince`. */
async function engineer(recordedSince: string | null) {
  const db = s.t.database.db;
  s.t.clock.set(new Date('2026-03-02T02:00:00Z'));
  const person = await createPerson(db, s.t.cipher, {
    birthDate: TYPED.birthDate,
    organisationId: s.w.unit.id,
    titles: TYPED.titles.map((t: Record<string, string>) => ({ ...t, specialty: '水利工程' })),
  });
  await db.insert(applicantProfiles).values({ personId: person.id, data: TYPED, updatedBy: person.id });
  if (recordedSince)
    await insertAppointment(db, {
      personId: person.id,
      organisationId: s.w.unit.id,
      kind: 'first',
      grade: 10,
      boardKind: 'normal',
      startDate: recordedSince,
      state: 'filed',
      source: 'unit',
    });
  const user = await createUser(db, {
    roles: ['applicant'],
    personId: person.id,
    organisationId: s.w.unit.id,
  });
  return { person, session: await login(s.t.app, user.username) };
}

type Unmet = { rule: string; message: string; citation: { document: string; clause: string } };
const tenureFailures = (eligibility: { pathways: { unmet: Unmet[] }[] }) =>
  eligibility.pathways
    .flatMap((p) => p.unmet)
    .filter(
      (u) => u.citation.document === RULE_CLAUSE.document && u.message.includes('聘任中级职称须满10年'),
    );

describe('eligibility posts from appointments', () => {
  it('decides post tenure on the filed appointment, not on the longer tenure the profile types', async () => {
    const typedOnly = await engineer(null);
    const before = await post(typedOnly.session, '/api/v1/applications/preview', {
      ...TARGET,
      pathway: 'direct-recognition',
    });
    expect(before.statusCode, before.body).toBe(200);
    // Without a record the typed post stands (unverified): 14 years of 中级 post, the rule is met.
    expect(tenureFailures(before.json().eligibility)).toEqual([]);

    const recorded = await engineer('2020-03-01');
    const after = await post(recorded.session, '/api/v1/applications/preview', {
      ...TARGET,
      pathway: 'direct-recognition',
    });
    expect(after.statusCode, after.body).toBe(200);
    const [failure] = tenureFailures(after.json().eligibility);
    expect(failure?.message).toContain('现为6年');
    expect(failure?.citation).toEqual(RULE_CLAUSE);
  });

  it('files on the recorded tenure, and the detail shows which posts are recorded and which typed', async () => {
    const { person, session } = await engineer('2020-03-01');
    // A typed post before the records begin (another unit) is kept, unverified.
    await s.t.database.db
      .update(applicantProfiles)
      .set({
        data: {
          ...TYPED,
          posts: [
            { grade: 11, from: '2008-01-01', to: '2012-03-01' },
            { grade: 10, from: '2012-03-01', to: null },
          ],
        },
      })
      .where(eq(applicantProfiles.personId, person.id));
    const filed = await s.t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { ...authed(session), 'idempotency-key': newKey() },
      payload: { ...TARGET, pathway: 'direct-recognition', attachmentIds: [], submit: false },
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const receipt = filed.json();
    expect(tenureFailures(receipt.eligibility)[0]?.message).toContain('现为6年');
    const detail = (await get(session, `/api/v1/applications/${receipt.id}`)).json();
    expect(detail.applicant.posts).toEqual([
      { grade: 11, from: '2008-01-01', to: '2012-03-01', verified: false },
      { grade: 10, from: '2020-03-01', to: null, verified: true },
    ]);
    // The 评审表 prints them the same way.
    const form = await get(session, `/api/v1/applications/${receipt.id}/form.pdf`);
    expect(form.statusCode, form.body).toBe(200);
    const text = pdfText(form.rawPayload).replace(/[ \t]+/g, ' ');
    expect(text).toContain('五、岗位聘任');
    expect(text).toMatch(/专业技术11级 2008-01-01 2012-03-01 本人填报，无聘用记录印证/);
    expect(text).toMatch(/专业技术10级 2020-03-01 至今 聘用备案/);
  });

  it('leaves the public self-check to the posts it is sent', async () => {
    const response = await s.t.app.inject({
      method: 'POST',
      url: '/api/v1/eligibility/check',
      payload: {
        policy: 'jilin-2022',
        asOf: '2026-03-02',
        ...TARGET,
        pathway: 'direct-recognition',
        applicant: TYPED,
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(tenureFailures(response.json())).toEqual([]);
  });
});
