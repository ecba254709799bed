import { CREDIT_CODE_CHARSET, creditCodeCheckChar, orgCodeCheckChar } from '../../domain/identifiers';
import { EMPLOYERS } from './demo-employers';
import { chance, deriveRng, intBetween, pick, type Rng } from './demo-random';
import type { DemoOrganisation, OrganisationSpec } from './demo-types';

/** Keys the users and featured persons refer to; exported so tests can name them too. */
export const ORG_KEYS = {
  provinceHr: 'ln-hrss',
  anshanHr: 'as-hrss',
  anshanDepartment: 'as-miit',
  anshanCommitteeOffice: 'as-eng-committee',
  provinceTelecomCommitteeOffice: 'ln-telecom-committee',
  dispatchAgency: 'as-huicai-hr-services',
  applicantEmployer: 'as-hengxin-telecom',
  expertEmployer: 'as-gangcheng-metallurgy',
} as const;

/** HR bureaus, the competent department, committee offices and the dispatch agency. */
export const AUTHORITY_ORGANISATIONS: readonly OrganisationSpec[] = [
  org('ln-hrss', '辽宁省人力资源和社会保障厅', 'hr-bureau', 'government', '210000'),
  org('as-hrss', '鞍山市人力资源和社会保障局', 'hr-bureau', 'government', '210300'),
  org('ly-hrss', '辽阳市人力资源和社会保障局', 'hr-bureau', 'government', '211000'),
  org('jl-hrss', '吉林省人力资源和社会保障厅', 'hr-bureau', 'government', '220000'),
  org('cc-hrss', '长春市人力资源和社会保障局', 'hr-bureau', 'government', '220100'),
  org('as-miit', '鞍山市工业和信息化局', 'department', 'government', '210300'),
  // Committee offices are usually hosted by a 事业单位 (a title-review or talent service centre).
  org(
    'as-eng-committee',
    '鞍山市工程技术系列中级职称评审委员会办公室',
    'committee-office',
    'public-institution',
    '210300',
  ),
  org(
    'ln-telecom-committee',
    '辽宁省通信工程专业高级职称评审委员会办公室',
    'committee-office',
    'public-institution',
    '210000',
  ),
  org(
    'ly-teacher-committee',
    '辽阳市中小学教师系列中级职称评审委员会办公室',
    'committee-office',
    'public-institution',
    '211000',
  ),
  org(
    'jl-health-committee',
    '吉林省卫生系列高级职称评审委员会办公室',
    'committee-office',
    'public-institution',
    '220000',
  ),
  org(
    'as-huicai-hr-services',
    '鞍山市汇才人力资源服务有限公司',
    'dispatch-agency',
    'private-enterprise',
    '210303',
  ),
];

function org(
  key: string,
  name: string,
  kind: OrganisationSpec['kind'],
  employerKind: OrganisationSpec['employerKind'],
  jurisdictionCode: string,
): OrganisationSpec {
  return { key, name, kind, employerKind, jurisdictionCode };
}

/**
 * Positions 1–2 of the credit code (登记管理部门 + 机构类别): organs are registered by 机构编制
 * as 机关 (11), public institutions as 事业单位 (12), companies by 市场监管 (91).
 */
function registrationPrefix(spec: OrganisationSpec): string {
  switch (spec.employerKind) {
    case 'government':
      return '11';
    case 'public-institution':
      return '12';
    case 'state-enterprise':
    case 'private-enterprise':
      return '91';
    default:
      return '52';
  }
}

const DIGITS = '0123456789';

/**
 * The 8-character 组织机构代码 body. Companies registered since 2015 carry bodies from the
 * 'MA' block; older bodies are all digits.
 */
function organisationCodeBody(rng: Rng, prefix: string): string {
  const isCompany = prefix === '91';
  if (isCompany && chance(rng, 0.6)) {
    let body = 'MA0';
    for (let i = 0; i < 5; i++) body += pick(rng, [...CREDIT_CODE_CHARSET]);
    return body;
  }
  let body = String(intBetween(rng, 1, 7));
  for (let i = 0; i < 7; i++) body += pick(rng, [...DIGITS]);
  return body;
}

/** A valid 统一社会信用代码 for `spec`, not in `taken` (which it is added to). */
export function creditCodeFor(rng: Rng, spec: OrganisationSpec, taken: Set<string>): string {
  const prefix = registrationPrefix(spec);
  for (;;) {
    const body = organisationCodeBody(rng, prefix);
    const first17 = `${prefix}${spec.jurisdictionCode}${body}${orgCodeCheckChar(body) ?? ''}`;
    const code = first17 + (creditCodeCheckChar(first17) ?? '');
    if (code.length === 18 && !taken.has(code)) {
      taken.add(code);
      return code;
    }
  }
}

/**
 * Employers whose applications pass through a competent department (主管部门) before the HR
 * bureau: the state-owned metallurgy firm answers to the city's industry bureau.
 */
const COMPETENT_DEPARTMENTS: Readonly<Record<string, string>> = {
  'as-gangcheng-metallurgy': ORG_KEYS.anshanDepartment,
};

/** Every organisation with its credit code, authorities first, then employers. */
export function buildOrganisations(seed: number): DemoOrganisation[] {
  const rng = deriveRng(seed, 'organisations');
  const taken = new Set<string>();
  return [...AUTHORITY_ORGANISATIONS, ...EMPLOYERS].map((spec) => ({
    key: spec.key,
    name: spec.name,
    kind: spec.kind,
    creditCode: creditCodeFor(rng, spec, taken),
    employerKind: spec.employerKind,
    jurisdictionCode: spec.jurisdictionCode,
    ...(COMPETENT_DEPARTMENTS[spec.key] ? { departmentKey: COMPETENT_DEPARTMENTS[spec.key] } : {}),
  }));
}
