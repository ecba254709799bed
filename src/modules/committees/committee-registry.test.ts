import { describe, expect, it } from 'vitest';
import { signedInRequests } from '../../../test/helpers/app-suite';
import { applicationSuite } from '../../../test/helpers/application-suite';

const s = applicationSuite({ sessionIdleMinutes: 60 * 24 * 365 });
const { get, setDay } = s;

const { post } = signedInRequests(() => s.t);

const committee = (over: Record<string, unknown> = {}) => ({
  name: '鞍山市经济系列中级职称评审委员会',
  officeOrganisationId: s.w.orgs.cityOffice.id,
  tier: 'city',
  kind: 'government',
  organiser: '鞍山市人力资源和社会保障局',
  organisedBy: 'series',
  series: 'economics',
  levels: ['intermediate'],
  specialties: [],
  specialtyGroups: [],
  regionCode: '210300',
  approvalNumber: '鞍人社〔2026〕21号',
  approvedOn: '2026-03-01',
  validUntil: '2029-02-28',
  ...over,
});

describe('the committee registry', () => {
  it('approves a scope for at most 3 years, and only the HR bureau of its region does', async () => {
    setDay('2026-03-02');
    const tooLong = await post(
      s.w.sessions.hr,
      '/api/v1/committees',
      committee({ validUntil: '2029-03-01' }),
    );
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.details[0].path).toBe('validUntil');
    const foreign = await post(s.w.sessions.liaoyangHr, '/api/v1/committees', committee());
    expect(foreign.statusCode).toBe(403);
    const made = await post(s.w.sessions.hr, '/api/v1/committees', committee());
    expect(made.statusCode, made.body).toBe(201);
    const listed = (await get(s.w.sessions.hr, '/api/v1/committees')).json();
    expect(listed.find((c: { id: string }) => c.id === made.json().id)).toMatchObject({
      status: 'active',
      kindName: '政府部门组建',
      approvalNumber: '鞍人社〔2026〕21号',
    });
  });

  it('suspends a committee with its reason, after which it cannot hold a session', async () => {
    setDay('2026-03-02');
    const id = s.w.committees.citySenior.id;
    const noReason = await post(s.w.sessions.hr, `/api/v1/committees/${id}/status`, {
      status: 'suspended',
      reason: '',
    });
    expect(noReason.statusCode).toBe(400);
    const suspended = await post(s.w.sessions.hr, `/api/v1/committees/${id}/status`, {
      status: 'suspended',
      reason: '质量评估不合格，责令整改（2025-draft 19）',
    });
    expect(suspended.statusCode, suspended.body).toBe(200);
    const session = await post(s.w.sessions.cityOffice, '/api/v1/review-sessions', {
      committeeId: id,
      name: '2026年度工程技术系列副高级评审会',
      heldOn: '2026-10-20',
      place: '鞍山市评审中心',
      strata: [{ group: '冶金工程', seats: 7, alternates: 2 }],
    });
    expect(session.statusCode).toBe(400);
    expect(session.json().error.details[0]).toMatchObject({ path: 'committeeId' });
    expect(session.json().error.details[0].message).toContain('暂停');
    const reinstated = await post(s.w.sessions.hr, `/api/v1/committees/${id}/status`, {
      status: 'active',
      reason: '整改完成，恢复评审工作',
    });
    expect(reinstated.statusCode).toBe(200);
  });

  it('takes self-review applications for the current year until 30 June, and approval registers the committee', async () => {
    setDay('2026-07-01');
    const body = {
      series: 'engineering',
      levels: ['intermediate'],
      specialties: ['通信工程'],
      reason: '已建立评审制度和工作方案，设有人力资源部职称办负责评审事务。',
    };
    const late = await post(s.w.sessions.employer, '/api/v1/self-review-applications', {
      ...body,
      year: 2026,
    });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.message).toContain('6月30日');
    const next = await post(s.w.sessions.employer, '/api/v1/self-review-applications', {
      ...body,
      year: 2027,
    });
    expect(next.statusCode, next.body).toBe(201);
    const decision = {
      approve: true,
      note: '材料齐全，同意开展自主评审',
      committee: {
        name: '鞍山恒信通信工程有限公司工程系列中级职称自主评审委员会',
        officeOrganisationId: s.w.orgs.cityOffice.id,
        organiser: '鞍山恒信通信工程有限公司',
        organisedBy: 'series',
        specialtyGroups: [],
        regionCode: '210302',
        approvalNumber: '鞍人社〔2026〕66号',
        approvedOn: '2026-07-01',
        validUntil: '2029-06-30',
      },
    };
    const approved = await post(
      s.w.sessions.hr,
      `/api/v1/self-review-applications/${next.json().id}/decision`,
      decision,
    );
    expect(approved.statusCode, approved.body).toBe(200);
    const listed = (await get(s.w.sessions.hr, '/api/v1/committees')).json();
    expect(listed.find((c: { id: string }) => c.id === approved.json().committeeId)).toMatchObject({
      tier: 'self-review',
      kind: 'self-review',
      levels: ['intermediate'],
    });
    const twice = await post(
      s.w.sessions.hr,
      `/api/v1/self-review-applications/${next.json().id}/decision`,
      decision,
    );
    expect(twice.statusCode).toBe(409);
    const mine = (await get(s.w.sessions.employer, '/api/v1/self-review-applications')).json();
    expect(mine[0].application.status).toBe('approved');
  });
});

describe('a committee name already in the registry (found by the OpenAPI fuzzer)', () => {
  it('is a 409 naming the field, whether it was there before or registered by a concurrent request', async () => {
    setDay('2026-03-02');
    const body = committee({ name: '鞍山市会计系列中级职称评审委员会', series: 'accounting' });
    const responses = await Promise.all([
      post(s.w.sessions.hr, '/api/v1/committees', body),
      post(s.w.sessions.hr, '/api/v1/committees', body),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const again = await post(s.w.sessions.hr, '/api/v1/committees', body);
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: 'COMMITTEE_NAME_TAKEN',
      details: [{ path: 'name', message: '已有同名评委会' }],
    });
    const listed = (await get(s.w.sessions.hr, '/api/v1/committees')).json() as { name: string }[];
    expect(listed.filter((c) => c.name === body.name)).toHaveLength(1);
  });
});
