import type { Db } from '../../src/db/client';
import { applicantProfiles, committees } from '../../src/db/schema';
import type { Role } from '../../src/domain/access/roles';
import { featuredApplicantProfile } from '../../src/modules/demo/demo-profiles';
import { createOrganisation, createPerson, createUser, login, type Session } from './factories';
import type { TestApp } from './test-app';

/** A complete profile for a 工程师 in 通信工程 since 2016 (the demo's featured applicant): eligible for 高级工程师 in 2026. */
export function engineerProfile(birthDate: string, over: Record<string, unknown> = {}) {
  return { ...featuredApplicantProfile(), birthDate, ...over };
}

let people = 0;

/**
 * The test app's settings for application stories: days pass between steps, so sessions
 * must outlive them, and many applicants log in at once.
 */
export const STORY_CONFIG = { sessionIdleMinutes: 60 * 24 * 60, loginRateLimitPerMinute: 10_000 };

/**
 * The organisations of one Anshan application chain — an employer answering to a competent
 * department, an employer without one, a dispatch agency, the city HR bureau, the committee
 * offices with their registered committees — and a logged-in user for each role.
 */
export async function buildApplicationWorld(t: TestApp) {
  const db = t.database.db;
  const org = (name: string, kind: string, jurisdictionCode: string, extra: Record<string, unknown> = {}) =>
    createOrganisation(db, {
      name,
      kind,
      jurisdictionCode,
      employerKind: kind === 'employer' ? 'state-enterprise' : 'government',
      ...extra,
    });
  const hrBureau = await org('鞍山市人力资源和社会保障局', 'hr-bureau', '210300');
  const department = await org('鞍山市工业和信息化局', 'department', '210300');
  const withDepartment = await org('鞍山钢城冶金工程技术有限公司', 'employer', '210303', {
    departmentId: department.id,
  });
  const employer = await org('鞍山恒信通信工程有限公司', 'employer', '210302', {
    employerKind: 'private-enterprise',
  });
  const otherEmployer = await org('鞍山智联软件科技有限公司', 'employer', '210311', {
    employerKind: 'private-enterprise',
  });
  const agency = await org('鞍山市汇才人力资源服务有限公司', 'dispatch-agency', '210303', {
    employerKind: 'private-enterprise',
  });
  const provinceOffice = await org(
    '辽宁省通信工程专业高级职称评审委员会办公室',
    'committee-office',
    '210000',
    { employerKind: 'public-institution' },
  );
  const cityOffice = await org('鞍山市工程技术系列职称评审委员会办公室', 'committee-office', '210300', {
    employerKind: 'public-institution',
  });
  const liaoyangHr = await org('辽阳市人力资源和社会保障局', 'hr-bureau', '211000');

  const committee = (
    values: Partial<typeof committees.$inferInsert> & { name: string; officeOrganisationId: string },
  ) =>
    db
      .insert(committees)
      .values({
        tier: 'city',
        series: 'engineering',
        levels: ['associate-senior'],
        specialties: [],
        regionCode: '210300',
        approvedOn: '2024-03-01',
        validUntil: '2027-02-28',
        ...values,
      })
      .returning()
      .then((rows) => rows[0]!);
  const provincialTelecom = await committee({
    name: '辽宁省通信工程专业高级职称评审委员会',
    officeOrganisationId: provinceOffice.id,
    tier: 'provincial',
    levels: ['senior', 'associate-senior'],
    specialties: ['通信工程'],
    regionCode: '210000',
  });
  const citySenior = await committee({
    name: '鞍山市工程技术系列高级职称评审委员会',
    officeOrganisationId: cityOffice.id,
  });

  const staff = async (role: Role, organisationId: string, jurisdictionCode = '210300') => {
    const user = await createUser(db, { roles: [role], organisationId, jurisdictionCode });
    return login(t.app, user.username);
  };
  const sessions = {
    employer: await staff('employer', employer.id),
    departmentEmployer: await staff('employer', withDepartment.id),
    otherEmployer: await staff('employer', otherEmployer.id),
    dispatcher: await staff('dispatcher', agency.id),
    department: await staff('department', department.id),
    hr: await staff('hr', hrBureau.id),
    liaoyangHr: await staff('hr', liaoyangHr.id, '211000'),
    provinceOffice: await staff('committee-office', provinceOffice.id, '210000'),
    cityOffice: await staff('committee-office', cityOffice.id),
    supervisor: await staff('supervisor', hrBureau.id),
    admin: await staff('admin', hrBureau.id),
  };

  /** A professional at `organisationId` with an account and a saved profile. */
  async function applicant(organisationId: string | null, profile: Record<string, unknown> = {}) {
    people += 1;
    const birthDate = '1988-03-15';
    const person = await createPerson(db, t.cipher, {
      name: `申报人${'甲乙丙丁戊己庚辛壬癸'[people % 10]}${people}`,
      birthDate,
      organisationId,
    });
    await db.insert(applicantProfiles).values({
      personId: person.id,
      data: engineerProfile(birthDate, profile),
      updatedBy: person.id,
    });
    const user = await createUser(db, { roles: ['applicant'], personId: person.id, organisationId });
    return { person, session: await login(t.app, user.username) };
  }

  return {
    orgs: {
      hrBureau,
      department,
      withDepartment,
      employer,
      otherEmployer,
      agency,
      provinceOffice,
      cityOffice,
    },
    committees: { provincialTelecom, citySenior },
    sessions,
    applicant,
  };
}

export type ApplicationWorld = Awaited<ReturnType<typeof buildApplicationWorld>>;

let keys = 0;
/** A fresh idempotency key. */
export function newKey(): string {
  keys += 1;
  return `test-key-${Date.now()}-${keys}`;
}

export type { Db, Session };
