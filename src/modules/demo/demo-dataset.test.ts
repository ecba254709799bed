import { describe, expect, it } from 'vitest';
import { ROLE_CODES } from '../../domain/access/roles';
import { isCalendarDate as isRealDate } from '../../domain/calendar';
import { findSeries, isByExam, levelRank, seriesHasLevel } from '../../domain/catalogue';
import { validateCreditCode, validateIdNumber } from '../../domain/identifiers';
import { ROLE_ORGANISATION_KIND } from '../../domain/organisations/organisation-kinds';
import type { Applicant } from '../../domain/policy';
import { findRegion, isWithinRegion, provinceCodeOf } from '../../domain/regions';
import { checkEligibility } from '../eligibility/eligibility.service';
import { applicantSchema } from '../eligibility/eligibility-request.schema';
import { buildDemoDataset, DEMO_PASSWORD, DEMO_SEED, type DemoPerson } from './demo-dataset';
import { EMPLOYERS } from './demo-employers';
import { featuredApplicantProfile } from './demo-profiles';

const TODAY = '2026-11-22';
const data = buildDemoDataset();
const orgByKey = new Map(data.organisations.map((o) => [o.key, o]));
const personByKey = new Map(data.persons.map((p) => [p.key, p]));

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

function highestLevel(p: DemoPerson): string {
  return p.titles.at(-1)?.level ?? 'none';
}

function userNamed(username: string) {
  const found = data.users.find((u) => u.username === username);
  if (!found) throw new Error(`no demo user ${username}`);
  return found;
}

function personOf(username: string): DemoPerson {
  const key = userNamed(username).personKey;
  const person = key === null ? undefined : personByKey.get(key);
  if (!person) throw new Error(`demo user ${username} has no person`);
  return person;
}

describe('buildDemoDataset', () => {
  it('is deterministic and returns fresh objects on every call', () => {
    const again = buildDemoDataset();
    expect(again).toEqual(data);
    expect(again.persons).not.toBe(data.persons);
    again.persons[0]?.titles.pop();
    expect(buildDemoDataset()).toEqual(data);
    expect(typeof DEMO_SEED).toBe('number');
    expect(data.password).toBe(DEMO_PASSWORD);
    expect(DEMO_PASSWORD).toBe('Zhiping@2026');
  });

  it('has the expected numbers of organisations, persons and users', () => {
    const kinds = countBy(data.organisations, (o) => o.kind);
    expect(kinds.employer).toBeGreaterThanOrEqual(20);
    expect(kinds['hr-bureau']).toBe(5);
    expect(kinds.department).toBeGreaterThanOrEqual(1);
    expect(kinds['committee-office']).toBeGreaterThanOrEqual(2);
    expect(kinds['dispatch-agency']).toBe(1);
    expect(data.persons.length).toBeGreaterThanOrEqual(250);
    expect(data.users).toHaveLength(9);
  });
});

describe('demo organisations', () => {
  it('have unique keys, names and valid unique credit codes matching their jurisdiction', () => {
    expect(new Set(data.organisations.map((o) => o.key)).size).toBe(data.organisations.length);
    expect(new Set(data.organisations.map((o) => o.name)).size).toBe(data.organisations.length);
    expect(new Set(data.organisations.map((o) => o.creditCode)).size).toBe(data.organisations.length);
    for (const o of data.organisations) {
      const result = validateCreditCode(o.creditCode);
      expect(result, `${o.name} ${o.creditCode}`).toMatchObject({
        valid: true,
        regionCode: o.jurisdictionCode,
      });
    }
  });

  it('sit in known divisions of 辽宁 or 吉林', () => {
    for (const o of data.organisations) {
      expect(findRegion(o.jurisdictionCode), o.name).toBeDefined();
      expect(['210000', '220000']).toContain(provinceCodeOf(o.jurisdictionCode));
    }
  });

  it('are registered by the authority matching their nature', () => {
    const expectedPrefix = {
      government: '11',
      'public-institution': '12',
      'state-enterprise': '91',
    } as const;
    for (const o of data.organisations) {
      if (o.kind === 'employer') expect(o.employerKind, o.name).not.toBeNull();
      if (o.kind === 'hr-bureau') expect(o.employerKind).toBe('government');
      const prefix =
        o.employerKind === 'private-enterprise' ? '91' : expectedPrefix[o.employerKind as 'government'];
      expect(o.creditCode.slice(0, 2), o.name).toBe(prefix);
    }
  });

  it('include the named HR bureaus at their jurisdictions', () => {
    const bureaus = data.organisations.filter((o) => o.kind === 'hr-bureau');
    expect(bureaus.map((o) => [o.name, o.jurisdictionCode])).toEqual([
      ['辽宁省人力资源和社会保障厅', '210000'],
      ['鞍山市人力资源和社会保障局', '210300'],
      ['辽阳市人力资源和社会保障局', '211000'],
      ['吉林省人力资源和社会保障厅', '220000'],
      ['长春市人力资源和社会保障局', '220100'],
    ]);
  });
});

describe('demo persons', () => {
  it('have unique keys, names and ID numbers', () => {
    expect(new Set(data.persons.map((p) => p.key)).size).toBe(data.persons.length);
    expect(new Set(data.persons.map((p) => p.name)).size).toBe(data.persons.length);
    expect(new Set(data.persons.map((p) => p.idNumber)).size).toBe(data.persons.length);
  });

  it('have valid ID numbers agreeing with birth date, gender and a county near the employer', () => {
    for (const p of data.persons) {
      const result = validateIdNumber(p.idNumber, TODAY);
      expect(result, `${p.name} ${p.idNumber}`).toMatchObject({
        valid: true,
        birthDate: p.birthDate,
        gender: p.gender,
      });
      const region = findRegion(p.idNumber.slice(0, 6));
      expect(region?.level, p.name).toBe('county');
      const employerCity = findRegion(p.jurisdictionCode)?.parentCode ?? '';
      expect(isWithinRegion(p.idNumber.slice(0, 6), employerCity), p.name).toBe(true);
    }
  });

  it('were born 1963–1999 and work for an employer in its jurisdiction', () => {
    for (const p of data.persons) {
      expect(p.birthDate >= '1963-01-01' && p.birthDate <= '1999-12-31', p.name).toBe(true);
      expect(isRealDate(p.birthDate)).toBe(true);
      const employer = orgByKey.get(p.organisationKey);
      expect(employer?.kind, p.name).toBe('employer');
      expect(p.jurisdictionCode).toBe(employer?.jurisdictionCode);
    }
  });

  it('hold titles in catalogue series, at levels the series has, in the series their employer employs', () => {
    const seriesOfEmployer = new Map(EMPLOYERS.map((e) => [e.key, new Set(e.staff.map((g) => g.series))]));
    for (const p of data.persons) {
      for (const t of p.titles) {
        expect(findSeries(t.series), t.series).toBeDefined();
        expect(seriesHasLevel(t.series, t.level), `${t.series} ${t.level}`).toBe(true);
        expect(seriesOfEmployer.get(p.organisationKey)?.has(t.series), `${p.name} ${t.series}`).toBe(true);
        expect(t.specialty.length).toBeGreaterThan(0);
      }
      expect(new Set(p.titles.map((t) => t.series)).size).toBeLessThanOrEqual(1);
    }
  });

  it('obtained titles by exam exactly at the 以考代评 levels', () => {
    for (const p of data.persons) {
      for (const t of p.titles) {
        expect(t.via === 'exam', `${p.name} ${t.series} ${t.level} ${t.via}`).toBe(
          isByExam(t.series, t.level),
        );
      }
    }
  });

  it('have careers in order: after age 20, by mid-2026, chronological and ascending', () => {
    for (const p of data.persons) {
      const twentieth = `${Number(p.birthDate.slice(0, 4)) + 20}${p.birthDate.slice(4)}`;
      let previous: (typeof p.titles)[number] | undefined;
      for (const t of p.titles) {
        expect(isRealDate(t.obtainedOn), t.obtainedOn).toBe(true);
        expect(t.obtainedOn > twentieth, `${p.name} ${t.obtainedOn}`).toBe(true);
        expect(t.obtainedOn <= '2026-06-30').toBe(true);
        if (previous) {
          expect(t.obtainedOn > previous.obtainedOn, p.name).toBe(true);
          expect(levelRank(t.level), p.name).toBeGreaterThan(levelRank(previous.level));
        }
        previous = t;
      }
    }
  });

  it('are spread over levels like a pyramid', () => {
    const levels = countBy(data.persons, highestLevel);
    const senior = levels.senior ?? 0;
    const associate = levels['associate-senior'] ?? 0;
    const intermediate = levels.intermediate ?? 0;
    const junior = (levels.assistant ?? 0) + (levels.entry ?? 0);
    expect(senior).toBeGreaterThanOrEqual(5);
    expect(senior).toBeLessThan(associate);
    expect(associate).toBeLessThan(intermediate);
    expect(junior).toBeGreaterThan(associate / 2);
    expect(levels.none ?? 0).toBeLessThan(10);
  });

  it('cover the main series', () => {
    const series = countBy(
      data.persons.filter((p) => p.titles.length > 0),
      (p) => p.titles[0]?.series ?? '',
    );
    for (const slug of [
      'engineering',
      'health',
      'primary-secondary-teacher',
      'higher-education-teacher',
      'agriculture',
      'natural-science-research',
      'accounting',
      'economics',
    ]) {
      expect(series[slug] ?? 0, slug).toBeGreaterThanOrEqual(5);
    }
  });
});

describe('demo users', () => {
  it('are one per role, named after the role', () => {
    expect(data.users.map((u) => u.username).sort()).toEqual([...ROLE_CODES].sort());
    for (const u of data.users) expect(u.roles).toEqual([u.username]);
  });

  it('belong to existing organisations of the right kind, in their jurisdiction', () => {
    for (const u of data.users) {
      const org = u.organisationKey === null ? undefined : orgByKey.get(u.organisationKey);
      expect(org, u.username).toBeDefined();
      expect(u.jurisdictionCode).toBe(org?.jurisdictionCode);
      const role = u.username as keyof typeof ROLE_ORGANISATION_KIND;
      if (role in ROLE_ORGANISATION_KIND) expect(org?.kind, u.username).toBe(ROLE_ORGANISATION_KIND[role]);
    }
    expect(userNamed('admin')).toMatchObject({ organisationKey: 'ln-hrss', jurisdictionCode: '210000' });
    expect(userNamed('hr')).toMatchObject({ organisationKey: 'as-hrss', jurisdictionCode: '210300' });
    expect(userNamed('supervisor').jurisdictionCode).toBe('210300');
    expect(orgByKey.get(userNamed('department').organisationKey ?? '')?.name).toBe('鞍山市工业和信息化局');
  });

  it('log the applicant in as an Anshan 工程师 in 通信工程', () => {
    const applicant = personOf('applicant');
    const user = userNamed('applicant');
    expect(user.displayName).toBe(applicant.name);
    expect(user.organisationKey).toBe(applicant.organisationKey);
    expect(applicant.titles.at(-1)).toMatchObject({
      series: 'engineering',
      level: 'intermediate',
      specialty: '通信工程',
    });
    expect(isWithinRegion(applicant.jurisdictionCode, '210300')).toBe(true);
    const employerUser = userNamed('employer');
    expect(employerUser.organisationKey).toBe(applicant.organisationKey);
    expect(employerUser.displayName).toMatch(/^\p{Script=Han}{2,3}（人事专员）$/u);
    expect(employerUser.personKey).toBeNull();
  });

  it('log the expert in as a 正高级工程师 at another employer', () => {
    const expert = personOf('expert');
    const user = userNamed('expert');
    expect(user.displayName).toBe(expert.name);
    expect(user.organisationKey).toBe(expert.organisationKey);
    expect(orgByKey.get(expert.organisationKey)?.kind).toBe('employer');
    expect(expert.organisationKey).not.toBe(personOf('applicant').organisationKey);
    expect(expert.titles.at(-1)).toMatchObject({ series: 'engineering', level: 'senior' });
  });

  it('do not share names with generated persons unless they are that person', () => {
    const personNames = new Set(data.persons.map((p) => p.name));
    for (const u of data.users.filter((u) => u.personKey === null)) {
      const name = u.displayName.split('（')[0] ?? '';
      expect(personNames.has(name), u.displayName).toBe(false);
    }
  });
});

describe('the featured applicant’s profile', () => {
  it('is valid by the same schema the profile API uses, and eligible for 高级工程师 in 2026', () => {
    const parsed = applicantSchema.safeParse(featuredApplicantProfile());
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    const result = checkEligibility({
      policy: 'anshan-2023',
      asOf: '2026-03-02',
      target: { series: 'engineering', level: 'associate-senior', specialty: '通信工程' },
      pathway: 'regular',
      applicant: parsed.data as Applicant,
    });
    expect(result.unmet).toEqual([]);
    expect(result.eligible).toBe(true);
  });
});
