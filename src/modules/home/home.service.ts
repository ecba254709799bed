import type { Db } from '../../db/client';
import type { Actor } from '../../domain/access/actor';
import { type Role, roleName } from '../../domain/access/roles';
import { findSeries, isLevel, LEVELS, type Level, levelName, titleName } from '../../domain/catalogue';
import { findRegion, regionPrefix } from '../../domain/regions';
import { findOrganisation } from '../organisations';
import type { PeopleScope } from '../people';
import * as people from '../people';
import { findUser } from '../users';

/** The role whose home a multi-role user sees first: the most powerful one. */
const HOME_ORDER: Role[] = [
  'admin',
  'hr',
  'supervisor',
  'committee-office',
  'department',
  'dispatcher',
  'employer',
  'expert',
  'applicant',
];

/** '210300' → '2103': the prefix shared by every code inside the region. */

interface Card {
  key: string;
  title: string;
  value: number | string;
  suffix?: string;
}

export function createHomeService(deps: { db: Db }) {
  const { db } = deps;

  /** Counts by series and by level of the people in scope, with the names users read. */
  async function structure(scope: PeopleScope) {
    const rows = await people.currentTitleCounts(db, scope);
    const bySeries = new Map<string, number>();
    const byLevel = new Map<Level, number>();
    for (const row of rows) {
      bySeries.set(row.series, (bySeries.get(row.series) ?? 0) + row.n);
      if (isLevel(row.level)) byLevel.set(row.level, (byLevel.get(row.level) ?? 0) + row.n);
    }
    return {
      bySeries: [...bySeries]
        .map(([series, count]) => ({ series, name: findSeries(series)?.name ?? series, count }))
        .sort((a, b) => b.count - a.count),
      byLevel: LEVELS.filter((l) => byLevel.has(l)).map((level) => ({
        level,
        name: levelName(level),
        count: byLevel.get(level)!,
      })),
    };
  }

  async function applicantProfile(actor: Actor) {
    const user = await findUser(db, actor.userId);
    if (!user?.personId) return undefined;
    const person = await people.findPerson(db, user.personId);
    if (!person) return undefined;
    const organisation = person.organisationId
      ? await findOrganisation(db, person.organisationId)
      : undefined;
    const titles = await people.titlesOf(db, person.id);
    return {
      name: person.name,
      idNumberMasked: person.idNumberMasked,
      gender: person.gender === 'male' ? '男' : '女',
      birthDate: person.birthDate,
      organisation: organisation?.name ?? null,
      titles: titles.map((t) => ({
        seriesName: findSeries(t.series)?.name ?? t.series,
        levelName: isLevel(t.level) ? levelName(t.level) : t.level,
        titleName: isLevel(t.level) ? (titleName(t.series, t.level) ?? '') : '',
        specialty: t.specialty,
        obtainedOn: t.obtainedOn,
      })),
    };
  }

  return {
    /** The home page (工作台) of the actor's main role, with the figures of its scope. */
    async home(actor: Actor, displayName: string) {
      const role = HOME_ORDER.find((r) => actor.roles.includes(r)) ?? 'applicant';
      const region = findRegion(actor.jurisdictionCode);
      const cards: Card[] = [];
      let charts: Awaited<ReturnType<typeof structure>> | undefined;
      let scope: PeopleScope | undefined;

      if (actor.permissions.includes('people.stats')) {
        const ownUnitOnly = role === 'employer' || role === 'dispatcher';
        scope =
          ownUnitOnly && actor.organisationId
            ? { organisationId: actor.organisationId }
            : { jurisdictionPrefix: role === 'admin' ? '' : regionPrefix(actor.jurisdictionCode) };
      }
      if (scope) {
        charts = await structure(scope);
        cards.push({
          key: 'people',
          title: 'organisationId' in scope ? '本单位专业技术人员' : '辖区专业技术人员',
          value: await people.countPeople(db, scope),
          suffix: '人',
        });
        cards.push({
          key: 'senior',
          title: '其中高级职称',
          value: charts.byLevel
            .filter((l) => l.level === 'senior' || l.level === 'associate-senior')
            .reduce((n, l) => n + l.count, 0),
          suffix: '人',
        });
        if ('jurisdictionPrefix' in scope) {
          cards.push({
            key: 'employers',
            title: '用人单位',
            value: await people.countOrganisations(db, scope.jurisdictionPrefix, 'employer'),
            suffix: '家',
          });
        }
      }
      cards.push({ key: 'jurisdiction', title: '所属辖区', value: region?.name ?? actor.jurisdictionCode });

      return {
        role,
        greeting: `${displayName}，您好！当前身份：${roleName(role)}`,
        cards,
        charts: charts ?? {},
        profile: role === 'applicant' ? await applicantProfile(actor) : undefined,
      };
    },
  };
}

export type HomeService = ReturnType<typeof createHomeService>;
