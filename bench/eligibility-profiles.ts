import { type EligibilityRequest, NO_SPECIAL_STATUSES } from '../src/domain/policy';
import { mulberry32 } from '../src/modules/demo/demo-random';

const DEGREES = [
  'doctorate',
  'master',
  'bachelor',
  'bachelor',
  'bachelor',
  'associate',
  'secondary',
] as const;

/** `count` varied engineers applying for 高级工程师 under anshan-2023 (regular pathway). */
export function generateRequests(count: number): EligibilityRequest[] {
  const random = mulberry32(20261122);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const year = (from: number, to: number) => from + Math.floor(random() * (to - from + 1));
  const requests: EligibilityRequest[] = [];
  for (let i = 0; i < count; i++) {
    const birth = year(1960, 1995);
    const degree = pick(DEGREES);
    const graduated = birth + 22;
    const titleYear = year(graduated + 3, 2023);
    requests.push({
      policy: 'anshan-2023',
      asOf: '2023-06-01',
      target: { series: 'engineering', level: 'associate-senior', specialty: '通信工程' },
      pathway: 'regular',
      applicant: {
        birthDate: `${birth}-05-01`,
        retired: random() < 0.05,
        residence: random() < 0.03 ? 'foreign-other' : 'mainland',
        education: [
          {
            degree,
            fullTime: random() < 0.8,
            vocational: false,
            major: '通信工程',
            graduatedOn: `${graduated}-07-01`,
          },
        ],
        titles:
          random() < 0.9
            ? [
                {
                  series: 'engineering',
                  level: 'intermediate',
                  obtainedOn: `${titleYear}-12-20`,
                  via: 'review',
                },
              ]
            : [],
        practicedSpecialty: null,
        work:
          random() < 0.95
            ? [
                {
                  from: `${graduated}-07-01`,
                  to: null,
                  employerKind: 'state-enterprise',
                  area: 'city',
                  frontline: true,
                  relation: 'staff',
                  teaching: false,
                },
              ]
            : [],
        posts: [],
        annualAppraisals: [],
        continuingEducation: [{ year: 2022, hours: 96, professionalHours: 66 }],
        recommendations: [],
        achievements: [],
        statuses: { ...NO_SPECIAL_STATUSES },
        integrity: { bannedUntil: random() < 0.03 ? '2024-12-31' : null },
        applicationsThisYear: [],
        socialInsurance: { monthsWithCurrentEmployer: 36 },
      },
    });
  }
  return requests;
}
