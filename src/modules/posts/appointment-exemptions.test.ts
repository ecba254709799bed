import { describe, expect, it } from 'vitest';
import { appSuite, signedInRequests } from '../../../test/helpers/app-suite';
import { createOrganisation, createPerson, signIn } from '../../../test/helpers/factories';
import { approvePlan, buildPostWorld } from '../../../test/helpers/post-plans';
import { insertAppointment } from './appointments.repository';

const s = appSuite({ loginRateLimitPerMinute: 10_000 }, buildPostWorld);
const requests = signedInRequests(() => s.t);
const COVID_NOTE = 'posts.appointment.covid-next-grade';

/** A 中级 holder of the unit at grade 9 since 2021-09-01 (a filed post). */
async function gradeNineHolder(unitId: string, planId: string) {
  const person = await createPerson(s.t.database.db, s.t.cipher, {
    organisationId: unitId,
    titles: [{ series: 'health', level: 'intermediate', specialty: '内科', obtainedOn: '2015-06-01' }],
  });
  await insertAppointment(s.t.database.db, {
    personId: person.id,
    organisationId: unitId,
    planId,
    kind: 'first',
    grade: 9,
    boardKind: 'normal',
    startDate: '2021-09-01',
    state: 'filed',
    source: 'unit',
  });
  return person.id;
}

/** The unit's dry-run check of a promotion 9 → 8 on `startDate`, the person stated commended or not. */
async function check(session: Parameters<typeof requests.post>[0], personId: string, startDate: string) {
  const response = await requests.post(session, '/api/v1/appointments/check', {
    personId,
    kind: 'within-level',
    grade: 8,
    startDate,
    person: { covidFrontlineCommended: true },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    allowed: boolean;
    findings: { key: string }[];
    notes: { key: string; note: string; citations: { document: string; clause: string }[] }[];
  };
}

/** A 长春 public institution (the Jilin set) whose plan, approved by the city's bureau, began in 2022. */
async function changchunUnitSince2022() {
  const bureau = { name: '长春市人力资源和社会保障局', kind: 'hr-bureau', jurisdictionCode: '220100' };
  const { id } = await createOrganisation(s.t.database.db, bureau);
  const hr = await signIn(s.t, { roles: ['hr'], organisationId: id, jurisdictionCode: '220100' });
  const unit = await s.w.unit({ departmentId: null, jurisdictionCode: '220100' });
  const planId = await approvePlan(requests, s.w, unit.session, hr, { effectiveFrom: '2022-01-01' });
  return { unit, planId };
}

describe('jilin-2022 二(三) as the unit states it on the form', () => {
  it('in a Jilin unit in 2022: the direct appointment to the next grade applies, with its clause', async () => {
    const { unit, planId } = await changchunUnitSince2022();
    const personId = await gradeNineHolder(unit.id, planId);
    const answer = await check(unit.session, personId, '2022-06-01');
    expect(answer.allowed).toBe(true);
    const note = answer.notes.find((n) => n.key === COVID_NOTE)!;
    expect(note.note).not.toContain('不适用');
    expect(note.citations).toEqual([expect.objectContaining({ document: 'jilin-2022', clause: '二(三)' })]);
  });

  it('in an Anshan unit, even in 2022: not Anshan’s rule — the interval decides, and the note says why', async () => {
    const unit = await s.w.unit({ departmentId: null });
    const planId = await approvePlan(requests, s.w, unit.session);
    const personId = await gradeNineHolder(unit.id, planId);
    const answer = await check(unit.session, personId, '2022-06-01');
    expect(answer.findings.map((f) => f.key)).toContain('posts.appointment.interval');
    expect(answer.notes.find((n) => n.key === COVID_NOTE)!.note).toContain('仅适用于吉林省');
  });
});
