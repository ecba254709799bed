import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { signedInRequests, testAppSuite } from '../../../test/helpers/app-suite';
import { createUser, login } from '../../../test/helpers/factories';

const EXAMPLE = JSON.parse(
  fs.readFileSync(
    path.resolve(import.meta.dirname, '../../../test/fixtures/eligibility-example.json'),
    'utf8',
  ),
);

const s = testAppSuite();
const api = signedInRequests(() => s.t);

const check = (payload: unknown) =>
  s.t.app.inject({ method: 'POST', url: '/api/v1/eligibility/check', payload: payload as object });

describe('POST /api/v1/eligibility/check (CONTRACTS §1)', () => {
  it('answers the contract example without login, with every unmet condition and the earliest date', async () => {
    const response = await check(EXAMPLE);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      policy: 'anshan-2023',
      asOf: '2023-06-01',
      eligible: false,
      pathway: 'regular',
      earliestEligibleOn: '2024-01-01',
    });
    expect(body.unmet).toEqual([
      {
        rule: 'engineering.associate-senior.seniority',
        message: '取得工程师职称后从事本专业技术工作须满5年，现为4年',
        citation: { document: 'national', clause: '人社部发〔2019〕16号' },
        facts: { required: 5, actual: 4, since: '2019-12-20' },
      },
    ]);
    expect(body.effects.passRateCap).toBe(0.5);
    // A requested pathway is evaluated alone (CONTRACTS §1: omitted = evaluate every pathway).
    expect(body.pathways.map((p: { pathway: string }) => p.pathway)).toEqual(['regular']);
  });

  it('with no pathway requested, answers the best open one', async () => {
    const { pathway: _omitted, ...request } = EXAMPLE;
    const body = (await check(request)).json();
    expect(body.eligible).toBe(true);
    expect(body.pathway).toBe('direct-recognition');
    expect(body.unmet).toEqual([]);
    expect(body.pathways.find((p: { pathway: string }) => p.pathway === 'direct-recognition')).toMatchObject({
      eligible: true,
      effects: { directRecognition: true, outsidePostQuota: true },
    });
    expect(body.pathways.find((p: { pathway: string }) => p.pathway === 'regular')).toMatchObject({
      eligible: false,
      earliestEligibleOn: '2024-01-01',
    });
  });

  it.each([
    [{ ...EXAMPLE, policy: 'beijing-2023' }, 'policy'],
    [{ ...EXAMPLE, asOf: '2023-02-29' }, 'asOf'],
    [{ ...EXAMPLE, target: { ...EXAMPLE.target, level: 'chief' } }, 'target.level'],
    [{ ...EXAMPLE, target: { ...EXAMPLE.target, series: 'engneering' } }, 'target.series'],
    [{ ...EXAMPLE, pathway: 'fast-track' }, 'pathway'],
    [{ ...EXAMPLE, applicant: { ...EXAMPLE.applicant, educaton: [] } }, 'applicant.educaton'],
    [
      { ...EXAMPLE, applicant: { ...EXAMPLE.applicant, education: [{ degree: 'phd' }] } },
      'applicant.education[0].degree',
    ],
    [
      {
        ...EXAMPLE,
        applicant: { ...EXAMPLE.applicant, posts: [{ grade: 14, from: '2016-01-01', to: null }] },
      },
      'applicant.posts[0].grade',
    ],
    [{ ...EXAMPLE, applicant: { ...EXAMPLE.applicant, birthDate: undefined } }, 'applicant.birthDate'],
    [{ ...EXAMPLE, extra: true }, 'extra'],
  ])('rejects an invalid request with 400 naming the field (%#)', async (payload, path) => {
    const response = await check(payload);
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.details.map((d: { path: string }) => d.path)).toContain(path);
    expect(body.error.message).toMatch(/[\u4e00-\u9fa5]/);
  });
});

describe('policy browser API', () => {
  it('lists policy sets publicly and keeps details to those who may browse them', async () => {
    const list = (await s.t.app.inject({ method: 'GET', url: '/api/v1/policies' })).json();
    expect(list.map((p: { id: string }) => p.id)).toEqual([
      'national',
      'anshan-2023',
      'liaoyang-2023',
      'liaoning-city-2025-draft',
      'jilin-2022',
    ]);
    expect(list.find((p: { id: string }) => p.id === 'liaoning-city-2025-draft').status).toBe('draft');
    expect((await s.t.app.inject({ method: 'GET', url: '/api/v1/policies/anshan-2023' })).statusCode).toBe(
      401,
    );
  });

  it('shows a policy set with origins and citations, and a diff, to HR; refuses applicants', async () => {
    await createUser(s.t.database.db, { username: 'hr', roles: ['hr'] });
    await createUser(s.t.database.db, { username: 'someone', roles: ['applicant'] });
    const hr = await login(s.t.app, 'hr');
    const policy = (await api.get(hr, '/api/v1/policies/jilin-2022?asOf=2023-03-01')).json();
    expect(policy.layers).toEqual(['national', 'jilin', 'jilin-2022']);
    expect(policy.parameters.find((p: { key: string }) => p.key === 'ce.requiredFromYear')).toMatchObject({
      value: 2023,
      layer: 'jilin-2022',
      citation: { clause: '三(三)' },
    });
    expect(policy.general.find((r: { id: string }) => r.id === 'not-retired').layer).toBe('national');
    const diff = (await api.get(hr, '/api/v1/policies/diff?a=anshan-2023&b=liaoyang-2023')).json();
    expect(
      diff.rows.some(
        (r: { key: string; status: string }) =>
          r.key === 'recommendation.enterprise-lead' && r.status === 'only-b',
      ),
    ).toBe(true);
    const applicant = await login(s.t.app, 'someone');
    expect((await api.get(applicant, '/api/v1/policies/jilin-2022')).statusCode).toBe(403);
  });
});
