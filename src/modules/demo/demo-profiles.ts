import { NO_SPECIAL_STATUSES } from '../../domain/policy';
import { FEATURED_APPLICANT } from './demo-persons';

/**
 * The featured applicant's saved profile (申报人档案), so the demo's apply wizard works at once:
 * bachelor in 通信工程 2010, at the telecom firm since, 助理工程师 2011 and 工程师 2016 (the titles
 * on record), appraisals and CE hours for the last three years — eligible for 高级工程师 in 2026.
 */
export function featuredApplicantProfile() {
  return {
    birthDate: FEATURED_APPLICANT.birthDate,
    retired: false,
    residence: 'mainland',
    education: [
      { degree: 'bachelor', fullTime: true, vocational: false, major: '通信工程', graduatedOn: '2010-07-01' },
    ],
    titles: FEATURED_APPLICANT.titles.map((t) => ({
      series: t.series,
      level: t.level,
      obtainedOn: t.obtainedOn,
      via: t.via,
    })),
    practicedSpecialty: null,
    work: [
      {
        from: '2010-07-15',
        to: null,
        employerKind: 'private-enterprise',
        area: 'city',
        frontline: true,
        relation: 'staff',
        teaching: false,
      },
    ],
    posts: [],
    annualAppraisals: [
      { year: 2023, result: 'competent' },
      { year: 2024, result: 'excellent' },
      { year: 2025, result: 'competent' },
    ],
    continuingEducation: [
      { year: 2023, hours: 96, professionalHours: 70 },
      { year: 2024, hours: 96, professionalHours: 70 },
      { year: 2025, hours: 96, professionalHours: 70 },
    ],
    recommendations: [],
    achievements: [],
    statuses: { ...NO_SPECIAL_STATUSES },
    integrity: { bannedUntil: null },
    applicationsThisYear: [],
    socialInsurance: { monthsWithCurrentEmployer: 60 },
  };
}
