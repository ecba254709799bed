/** Kinds of organisation (DOMAIN §1) and the role each kind's staff act in. */
export const ORGANISATION_KINDS = {
  employer: '用人单位',
  'hr-bureau': '人社部门',
  department: '主管部门',
  'committee-office': '评委会办事机构',
  'dispatch-agency': '劳务派遣单位',
  other: '其他',
} as const;

export type OrganisationKind = keyof typeof ORGANISATION_KINDS;

/** Employer categories as the eligibility contract names them (CONTRACTS §1 `employerKind`). */
export const EMPLOYER_KINDS = {
  'public-institution': '事业单位',
  'state-enterprise': '国有企业',
  'private-enterprise': '民营企业',
  government: '机关',
  military: '部队',
  other: '其他',
} as const;

export type EmployerKind = keyof typeof EMPLOYER_KINDS;

/**
 * A role that acts for an organisation must belong to one of the matching kind: an
 * employer's reviewer works at an employer, an HR officer at an HR bureau.
 */
export const ROLE_ORGANISATION_KIND = {
  employer: 'employer',
  dispatcher: 'dispatch-agency',
  department: 'department',
  hr: 'hr-bureau',
  'committee-office': 'committee-office',
} as const satisfies Record<string, OrganisationKind>;
