import { insertAppointment } from '../../src/modules/posts/appointments.repository';
import type { signedInRequests } from './app-suite';
import { createOrganisation, createPerson, type Session, signIn } from './factories';
import type { TestApp } from './test-app';

/**
 * A realistic 岗位设置方案 of a 市属 public-service unit: 编制 120, 90 professional posts
 * (75%), every national ratio held exactly or with room (高级 9 = 10%, 高级+中级 36 = 40%).
 */
export function realisticPlan(over: Record<string, unknown> = {}) {
  return {
    staffingQuota: 120,
    funding: 'full',
    mainCategory: 'professional',
    totals: { professional: 90, management: 20, support: 10 },
    publicService: true,
    effectiveFrom: '2026-01-01',
    gradeQuotas: [
      { grade: 4, quota: 1 },
      { grade: 5, quota: 1 },
      { grade: 6, quota: 3 },
      { grade: 7, quota: 4 },
      { grade: 8, quota: 8 },
      { grade: 9, quota: 10 },
      { grade: 10, quota: 9 },
      { grade: 11, quota: 20 },
      { grade: 12, quota: 22 },
      { grade: 13, quota: 12 },
    ],
    specialPosts: [{ grade: 5, count: 1, reason: '引进省级领军人才', citation: '辽人社〔2025〕8号' }],
    ...over,
  };
}

/**
 * The parties of a post plan in 鞍山: the city's HR bureau (which approves 市属 units' plans),
 * a competent department, the Liaoyang and provincial bureaus, and a way to add a public
 * institution with its HR clerk signed in (each test its own unit, so tests stay apart).
 */
export async function buildPostWorld(t: TestApp) {
  const db = t.database.db;
  const org = (name: string, kind: string, jurisdictionCode: string, extra: Record<string, unknown> = {}) =>
    createOrganisation(db, { name, kind, jurisdictionCode, employerKind: 'government', ...extra });
  const hrBureau = await org('鞍山市人力资源和社会保障局', 'hr-bureau', '210300');
  const provinceBureau = await org('辽宁省人力资源和社会保障厅', 'hr-bureau', '210000');
  const liaoyangBureau = await org('辽阳市人力资源和社会保障局', 'hr-bureau', '211000');
  const department = await org('鞍山市卫生健康委员会', 'department', '210300');
  const otherDepartment = await org('鞍山市教育局', 'department', '210300');
  const enterprise = await org('鞍山恒信通信工程有限公司', 'employer', '210300', {
    employerKind: 'private-enterprise',
  });
  const staff = (
    roles: ['employer' | 'department' | 'hr'],
    organisationId: string,
    jurisdictionCode = '210300',
  ) => signIn(t, { roles, organisationId, jurisdictionCode });
  const sessions = {
    department: await staff(['department'], department.id),
    otherDepartment: await staff(['department'], otherDepartment.id),
    hr: await staff(['hr'], hrBureau.id),
    provinceHr: await staff(['hr'], provinceBureau.id, '210000'),
    liaoyangHr: await staff(['hr'], liaoyangBureau.id, '211000'),
    enterprise: await staff(['employer'], enterprise.id),
  };

  let units = 0;
  /** A 市属 public institution under `departmentId` (the health commission unless given), with its clerk. */
  async function unit(
    options: { departmentId?: string | null; jurisdictionCode?: string } = {},
  ): Promise<{ id: string; name: string; session: Session }> {
    units += 1;
    const row = await createOrganisation(db, {
      name: `鞍山市第${units}人民医院`,
      kind: 'employer',
      employerKind: 'public-institution',
      jurisdictionCode: options.jurisdictionCode ?? '210300',
      departmentId: options.departmentId === undefined ? department.id : options.departmentId,
    });
    return { id: row.id, name: row.name, session: await staff(['employer'], row.id, row.jurisdictionCode) };
  }

  return { orgs: { hrBureau, provinceBureau, liaoyangBureau, department, otherDepartment }, sessions, unit };
}

export type PostWorld = Awaited<ReturnType<typeof buildPostWorld>>;

type Requests = ReturnType<typeof signedInRequests>;

/**
 * Drafts the realistic plan for the unit and takes it up the chain to approval: through the
 * department when the unit has one, else straight to the approving bureau (`approver`).
 */
export async function approvePlan(
  requests: Requests,
  world: PostWorld,
  session: Session,
  approver: Session = world.sessions.hr,
  over: Record<string, unknown> = {},
) {
  const draft = await requests.post(session, '/api/v1/post-plans', realisticPlan(over));
  const { id } = draft.json();
  const submitted = await requests.post(session, `/api/v1/post-plans/${id}/submit`, {});
  if (submitted.json().state === 'submitted') {
    const reviewed = await requests.post(world.sessions.department, `/api/v1/post-plans/${id}/review`, {});
    if (reviewed.statusCode !== 200) throw new Error(`plan not reviewed: ${reviewed.body}`);
  }
  const done = await requests.post(approver, `/api/v1/post-plans/${id}/approve`, {
    approvalDocument: '人社批〔2026〕50号',
  });
  if (done.statusCode !== 200) throw new Error(`plan not approved: ${done.body}`);
  return id as string;
}

/** A title as the person factory records it. */
export type RecordedTitle = { series: string; level: string; specialty: string; obtainedOn: string };

/**
 * A person of the unit (an intermediate health title since 2015 unless `titles` say otherwise);
 * with `held`, already in a filed post of the unit's plan, as if filed before the system.
 */
export async function staffMemberOf(
  t: TestApp,
  unit: { id: string; planId: string },
  options: { titles?: RecordedTitle[]; birthDate?: string; held?: { grade: number; since: string } } = {},
) {
  const person = await createPerson(t.database.db, t.cipher, {
    organisationId: unit.id,
    titles: options.titles ?? [
      { series: 'health', level: 'intermediate', specialty: '内科', obtainedOn: '2015-06-01' },
    ],
    ...(options.birthDate ? { birthDate: options.birthDate } : {}),
  });
  const held = options.held
    ? await insertAppointment(t.database.db, {
        personId: person.id,
        organisationId: unit.id,
        planId: unit.planId,
        kind: 'first',
        grade: options.held.grade,
        boardKind: 'normal',
        startDate: options.held.since,
        state: 'filed',
        source: 'unit',
      })
    : null;
  return { personId: person.id, heldId: held?.id ?? null };
}
