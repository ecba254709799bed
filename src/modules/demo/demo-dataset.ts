import { DEMO_COMMITTEES } from './demo-committees';
import { buildDemoExperts } from './demo-experts';
import { buildOrganisations, ORG_KEYS } from './demo-organisations';
import { buildPersons, FEATURED_APPLICANT, FEATURED_EXPERT } from './demo-persons';
import type { DemoDataset, DemoOrganisation, DemoPerson, DemoUser } from './demo-types';

export type { DemoDataset, DemoOrganisation, DemoPerson, DemoTitle, DemoUser } from './demo-types';

/** Seed of every random choice in the demo dataset; changing it reshuffles names, IDs and careers. */
export const DEMO_SEED = 20261122;

/** The one password of every demo account (printed at start-up, documented in the README). */
export const DEMO_PASSWORD = 'Zhiping@2026';

/**
 * Office staff behind the accounts that are not professional persons. Reserved so that no
 * generated person shares their names.
 */
const STAFF_NAMES = {
  hr: '刘佳宁',
  employer: '孙丽娜',
  dispatcher: '高文静',
  department: '马振国',
  committeeOffice: '郑雅琴',
  supervisor: '韩立明',
} as const;

function organisation(organisations: readonly DemoOrganisation[], key: string): DemoOrganisation {
  const found = organisations.find((o) => o.key === key);
  if (!found) throw new Error(`demo: unknown organisation ${key}`);
  return found;
}

function featured(persons: readonly DemoPerson[], name: string, organisationKey: string): DemoPerson {
  const found = persons.find((p) => p.name === name && p.organisationKey === organisationKey);
  if (!found) throw new Error(`demo: featured person ${name} missing`);
  return found;
}

function user(
  username: string,
  role: string,
  displayName: string,
  org: DemoOrganisation,
  personKey: string | null = null,
): DemoUser {
  return {
    username,
    displayName,
    roles: [role],
    organisationKey: org.key,
    jurisdictionCode: org.jurisdictionCode,
    personKey,
  };
}

/**
 * One account per role, username = role code. The supervisor sits in the Anshan HR bureau,
 * which in practice holds the 职称 supervision duty for the city.
 */
function buildUsers(organisations: readonly DemoOrganisation[], persons: readonly DemoPerson[]): DemoUser[] {
  const org = (key: string) => organisation(organisations, key);
  const applicant = featured(persons, FEATURED_APPLICANT.name, FEATURED_APPLICANT.organisationKey);
  const expert = featured(persons, FEATURED_EXPERT.name, FEATURED_EXPERT.organisationKey);
  return [
    user('admin', 'admin', '系统管理员', org(ORG_KEYS.provinceHr)),
    user('hr', 'hr', `${STAFF_NAMES.hr}（专业技术人员管理科）`, org(ORG_KEYS.anshanHr)),
    user('applicant', 'applicant', applicant.name, org(applicant.organisationKey), applicant.key),
    user('employer', 'employer', `${STAFF_NAMES.employer}（人事专员）`, org(ORG_KEYS.applicantEmployer)),
    user(
      'dispatcher',
      'dispatcher',
      `${STAFF_NAMES.dispatcher}（派遣业务主管）`,
      org(ORG_KEYS.dispatchAgency),
    ),
    user(
      'department',
      'department',
      `${STAFF_NAMES.department}（人事教育科）`,
      org(ORG_KEYS.anshanDepartment),
    ),
    user(
      'committee-office',
      'committee-office',
      `${STAFF_NAMES.committeeOffice}（评委会办公室）`,
      // The provincial office: the featured applicant's senior 通信工程 is routed there (anshan-2023 §六).
      org(ORG_KEYS.provinceTelecomCommitteeOffice),
    ),
    user('expert', 'expert', expert.name, org(expert.organisationKey), expert.key),
    user('supervisor', 'supervisor', `${STAFF_NAMES.supervisor}（监督检查科）`, org(ORG_KEYS.anshanHr)),
  ];
}

/**
 * The demo world: organisations in 辽宁 and 吉林 (HR bureaus, a competent department,
 * committee offices, a dispatch agency and 25 employers), 300 professional persons with
 * valid ID numbers and realistic careers, and one login per role.
 *
 * Pure and deterministic: every call returns fresh objects with identical content, so a
 * fresh database always gets the same accounts and people.
 */
export function buildDemoDataset(): DemoDataset {
  const organisations = buildOrganisations(DEMO_SEED);
  const persons = buildPersons(DEMO_SEED, Object.values(STAFF_NAMES));
  return {
    organisations,
    persons,
    users: buildUsers(organisations, persons),
    committees: DEMO_COMMITTEES.map((c) => ({
      ...c,
      levels: [...c.levels],
      specialties: [...c.specialties],
    })),
    experts: buildDemoExperts(
      DEMO_SEED,
      new Set([...persons.map((p) => p.name), ...Object.values(STAFF_NAMES)]),
    ),
    password: DEMO_PASSWORD,
  };
}
