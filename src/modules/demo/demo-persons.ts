import { idNumberCheckChar } from '../../domain/identifiers';
import { childrenOf, findRegion } from '../../domain/regions';
import { buildCareer, femaleShare } from './demo-careers';
import { EMPLOYERS, type EmployerSpec } from './demo-employers';
import { uniqueName } from './demo-names';
import { ORG_KEYS } from './demo-organisations';
import { chance, deriveRng, intBetween, pick, pickWeighted, type Rng } from './demo-random';
import type { DemoPerson, DemoTitle } from './demo-types';

/** A person written out by hand because a demo account logs in as them. */
interface FeaturedPerson {
  name: string;
  gender: 'male' | 'female';
  birthDate: string;
  idRegionCode: string;
  organisationKey: string;
  titles: DemoTitle[];
}

function engineeringTitle(level: DemoTitle['level'], obtainedOn: string): DemoTitle {
  return { series: 'engineering', level, specialty: '通信工程', obtainedOn, via: 'review' };
}

/**
 * The applicant: a 工程师 in 通信工程 at an Anshan telecom engineering company, bachelor
 * graduate of 2010 whose 中级 is from 2016 — so in 2026 the 5-year seniority for 高级工程师
 * is met and the demo shows an eligible application.
 */
export const FEATURED_APPLICANT: FeaturedPerson = {
  name: '李志远',
  gender: 'male',
  birthDate: '1988-03-15',
  idRegionCode: '210302',
  organisationKey: ORG_KEYS.applicantEmployer,
  titles: [engineeringTitle('assistant', '2011-12-20'), engineeringTitle('intermediate', '2016-12-18')],
};

/**
 * The expert: a 正高级工程师 in the same specialty at another Anshan employer, so he can be
 * drawn for the applicant's review without a recusal conflict.
 */
export const FEATURED_EXPERT: FeaturedPerson = {
  name: '周振东',
  gender: 'male',
  birthDate: '1969-10-08',
  idRegionCode: '210303',
  organisationKey: ORG_KEYS.expertEmployer,
  titles: [
    engineeringTitle('assistant', '1992-12-18'),
    engineeringTitle('intermediate', '1997-12-20'),
    engineeringTitle('associate-senior', '2002-12-16'),
    engineeringTitle('senior', '2010-12-22'),
  ],
};

const FEATURED: readonly FeaturedPerson[] = [FEATURED_APPLICANT, FEATURED_EXPERT];

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Where a person's ID number was issued: usually the employer's own county, otherwise a
 * neighbouring county of the same city (people commute and move within a city).
 */
function idRegionFor(rng: Rng, jurisdictionCode: string): string {
  const region = findRegion(jurisdictionCode);
  if (region?.level === 'county' && chance(rng, 0.7)) return region.code;
  const cityCode = region?.level === 'county' ? region.parentCode : jurisdictionCode;
  const counties = childrenOf(cityCode ?? jurisdictionCode).filter((r) => r.level === 'county');
  return counties.length > 0 ? pick(rng, counties).code : jurisdictionCode;
}

// Birth decades weighted towards the younger staff, as in the professional workforce today
// (the 1960s cohort is mostly retired by 2026).
const BIRTH_DECADES: readonly (readonly [readonly [number, number], number])[] = [
  [[1963, 1969], 7],
  [[1970, 1979], 22],
  [[1980, 1989], 33],
  [[1990, 1999], 38],
];

function birthYear(rng: Rng): number {
  const [from, to] = pickWeighted(rng, BIRTH_DECADES);
  return intBetween(rng, from, to);
}

const ODD_DIGITS = [1, 3, 5, 7, 9];
const EVEN_DIGITS = [0, 2, 4, 6, 8];

/**
 * A valid 18-digit ID number not in `taken` (added to it): region, birth date, a sequence
 * whose last digit is odd for men and even for women, and the GB 11643 check character.
 */
export function idNumberFor(
  rng: Rng,
  regionCode: string,
  birthDate: string,
  gender: 'male' | 'female',
  taken: Set<string>,
): string {
  for (;;) {
    const parity = pick(rng, gender === 'male' ? ODD_DIGITS : EVEN_DIGITS);
    const sequence = `${pad2(intBetween(rng, 0, 99))}${parity}`;
    if (sequence === '000') continue;
    const first17 = `${regionCode}${birthDate.replaceAll('-', '')}${sequence}`;
    const id = first17 + idNumberCheckChar(first17);
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

type Unkeyed = Omit<DemoPerson, 'key'>;

function featuredPerson(rng: Rng, person: FeaturedPerson, idNumbers: Set<string>): Unkeyed {
  const employer = EMPLOYERS.find((e) => e.key === person.organisationKey);
  if (!employer) throw new Error(`demo: unknown employer ${person.organisationKey}`);
  return {
    name: person.name,
    gender: person.gender,
    birthDate: person.birthDate,
    idNumber: idNumberFor(rng, person.idRegionCode, person.birthDate, person.gender, idNumbers),
    organisationKey: employer.key,
    jurisdictionCode: employer.jurisdictionCode,
    titles: person.titles.map((t) => ({ ...t })),
  };
}

function staffMember(rng: Rng, employer: EmployerSpec, names: Set<string>, idNumbers: Set<string>): Unkeyed {
  const group = pickWeighted(
    rng,
    employer.staff.map((g) => [g, g.weight] as const),
  );
  const specialty = pick(rng, group.specialties);
  const gender = chance(rng, femaleShare(group.series, specialty)) ? 'female' : 'male';
  const year = birthYear(rng);
  const month = intBetween(rng, 1, 12);
  const birthDate = `${year}-${pad2(month)}-${pad2(intBetween(rng, 1, daysInMonth(year, month)))}`;
  const stateEnterprise = employer.employerKind === 'state-enterprise';
  return {
    name: uniqueName(rng, gender, year, names),
    gender,
    birthDate,
    idNumber: idNumberFor(rng, idRegionFor(rng, employer.jurisdictionCode), birthDate, gender, idNumbers),
    organisationKey: employer.key,
    jurisdictionCode: employer.jurisdictionCode,
    titles: buildCareer(rng, group.series, specialty, year, stateEnterprise),
  };
}

/**
 * All demo persons, employer by employer (featured persons first in their employer), keyed
 * p0001, p0002, … in that order. `reservedNames` (the staff behind non-person demo accounts)
 * are kept out of the generated names.
 */
export function buildPersons(seed: number, reservedNames: readonly string[]): DemoPerson[] {
  const names = new Set<string>([...reservedNames, ...FEATURED.map((f) => f.name)]);
  const idNumbers = new Set<string>();
  const featuredRng = deriveRng(seed, 'featured');
  const persons: Unkeyed[] = [];
  for (const employer of EMPLOYERS) {
    const featured = FEATURED.filter((f) => f.organisationKey === employer.key);
    for (const f of featured) persons.push(featuredPerson(featuredRng, f, idNumbers));
    // One stream per employer, so editing one employer leaves the others' staff unchanged.
    const rng = deriveRng(seed, `staff:${employer.key}`);
    for (let i = featured.length; i < employer.headcount; i++) {
      persons.push(staffMember(rng, employer, names, idNumbers));
    }
  }
  return persons.map((p, i) => ({ key: `p${String(i + 1).padStart(4, '0')}`, ...p }));
}
