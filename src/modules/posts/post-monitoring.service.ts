import type { Db } from '../../db/client';
import { type Actor, hasPermission } from '../../domain/access/actor';
import { todayInShanghai } from '../../domain/calendar';
import { LEVELS, type Level, levelName, postGradeName } from '../../domain/catalogue';
import { AppError, invalidInput } from '../../domain/errors';
import { GRADE_FILING_STATE_NAMES, type GradeFilingState } from '../../domain/posts/grade-filing-workflow';
import { findRegion, isWithinRegion, regionPrefix } from '../../domain/regions';
import type { Clock } from '../../platform/clock';
import {
  exactSource,
  FIGURE_KEYS,
  type FigureSource,
  type FigureSums,
  gradeFiguresOf,
  gradeFilingCounts,
  IDLE_VACANCY_MONTHS,
  type ListPage,
  type ListRow,
  listPage,
  type MonitoringList,
  type MonitoringUnits,
  summarySource,
  sumsBySubRegion,
  unitCountsBySubRegion,
  unitsWithPlan,
} from './post-monitoring.repository';
import { recountStaleBoards } from './post-statistics.repository';

export interface MonitoringQuery {
  regionCode?: string | undefined;
  asOf?: string | undefined;
  /** 经费形式 of the plan in force (full / partial / self). */
  kind?: string | undefined;
  level?: Level | undefined;
}

const ZERO: FigureSums = {
  quota: 0,
  occupied: 0,
  vacant: 0,
  borrowedIn: 0,
  borrowedOut: 0,
  special: 0,
  over: 0,
};
const add = (a: FigureSums, b: FigureSums): FigureSums =>
  Object.fromEntries(FIGURE_KEYS.map((k) => [k, a[k] + b[k]])) as unknown as FigureSums;
const pick = (row: FigureSums): FigureSums =>
  Object.fromEntries(FIGURE_KEYS.map((k) => [k, row[k]])) as unknown as FigureSums;

const LIST_NAMES: Readonly<Record<MonitoringList, string>> = {
  'over-quota': 'overQuota',
  'idle-vacancies': 'idleVacancies',
  'special-posts': 'specialPosts',
  'without-plan': 'withoutPlan',
};
export const MONITORING_LISTS = Object.keys(LIST_NAMES) as MonitoringList[];

/**
 * HR's regional monitoring of posts (岗位监测): the board figures of every public institution
 * of a region with a plan in force, summed per level and per sub-region, and the units HR asks
 * about — over quota, idle vacancies, special posts, no plan in force. A bureau sees the units
 * of its region, a competent department its own units; anyone else is refused. Today's figures
 * come from the summary the write paths keep (post-statistics.repository.ts); another day's
 * from the exact recount, by the same SQL.
 */
export function createPostMonitoring(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  /** The actor's units narrowed by the query; the region the sums are broken down under. */
  function unitsOf(actor: Actor, query: MonitoringQuery) {
    const bureau = hasPermission(actor, 'posts.approve');
    if (!bureau && !hasPermission(actor, 'posts.review'))
      throw new AppError('forbidden', 'FORBIDDEN', '仅人社部门和主管部门可查看岗位监测');
    const code = query.regionCode ?? actor.jurisdictionCode;
    const region = findRegion(code);
    if (!region) throw invalidInput([{ path: 'regionCode', message: `行政区划代码「${code}」不存在` }]);
    if (bureau && !isWithinRegion(code, actor.jurisdictionCode))
      throw new AppError('forbidden', 'FORBIDDEN', `无权查看${region.name}的岗位设置情况`);
    const units: MonitoringUnits = {
      departmentId: bureau ? null : actor.organisationId,
      scopePrefix: bureau ? regionPrefix(actor.jurisdictionCode) : null,
      regionPrefix: regionPrefix(code),
      funding: query.kind ?? null,
      level: query.level ?? null,
    };
    return { units, region };
  }

  /** Today's figures from the summary (recounting the units a day has passed for), another day's recounted. */
  async function sourceOf(units: MonitoringUnits, asOf: string | undefined): Promise<FigureSource> {
    const today = todayInShanghai(clock.now());
    if (asOf !== undefined && asOf !== today) return exactSource(asOf, units);
    await recountStaleBoards(db, today);
    return summarySource(today);
  }

  const pageOf = (rows: ListRow[], page: ListPage) => ({
    items: rows.map(({ total: _total, ...row }) => ({
      ...row,
      levelName: row.level ? levelName(row.level) : null,
      gradeName: row.grade !== null ? postGradeName(row.grade) : null,
    })),
    total: rows[0]?.total ?? 0,
    page: Math.floor(page.offset / page.limit) + 1,
    pageSize: page.limit,
  });

  return {
    /** The units the actor asks about and where today's (or that day's) figures come from: the workbooks read them too. */
    async scope(actor: Actor, query: MonitoringQuery) {
      const { units, region } = unitsOf(actor, query);
      return { units, region, source: await sourceOf(units, query.asOf) };
    },

    /** The region at a glance: totals, per level, per sub-region, and the first page of each list. */
    async overview(actor: Actor, query: MonitoringQuery & { pageSize?: number }) {
      const { units, region } = unitsOf(actor, query);
      const source = await sourceOf(units, query.asOf);
      const prefix = units.regionPrefix!;
      const first: ListPage = { limit: query.pageSize ?? 10, offset: 0, sort: '-figure' };
      const [bySub, counts, filings, ...lists] = await Promise.all([
        sumsBySubRegion(db, source, units, prefix),
        unitCountsBySubRegion(db, source, units, prefix),
        gradeFilingCounts(db, units),
        ...MONITORING_LISTS.map((list) =>
          listPage(db, source, units, list, list === 'without-plan' ? { ...first, sort: 'unit' } : first),
        ),
      ]);
      const levels = new Map<Level, FigureSums>();
      const subRegions = new Map<string, FigureSums>();
      for (const row of bySub) {
        levels.set(row.level, add(levels.get(row.level) ?? ZERO, pick(row)));
        subRegions.set(row.subRegion, add(subRegions.get(row.subRegion) ?? ZERO, pick(row)));
      }
      const codes = [...new Set([...subRegions.keys(), ...counts.map((c) => c.subRegion)])].sort();
      const countOf = (code: string) => counts.find((c) => c.subRegion === code);
      const sumOf = (key: 'withPlan' | 'withoutPlan') => counts.reduce((n, c) => n + c[key], 0);
      return {
        asOf: source.day,
        source: source.kind,
        region: { code: region.code, name: region.name },
        idleMonths: IDLE_VACANCY_MONTHS,
        totals: {
          unitsWithPlan: sumOf('withPlan'),
          unitsWithoutPlan: sumOf('withoutPlan'),
          ...[...levels.values()].reduce(add, ZERO),
        },
        levels: LEVELS.filter((l) => levels.has(l)).map((level) => ({
          level,
          levelName: levelName(level),
          ...levels.get(level)!,
        })),
        subRegions: codes.map((code) => ({
          code,
          // Units registered at the region's own code are its 本级 (市本级), not a sub-region.
          name: code === region.code ? `${region.name}本级` : (findRegion(code)?.name ?? code),
          unitsWithPlan: countOf(code)?.withPlan ?? 0,
          unitsWithoutPlan: countOf(code)?.withoutPlan ?? 0,
          ...(subRegions.get(code) ?? ZERO),
        })),
        gradeFilings: filings.map((f) => ({
          ...f,
          gradeName: postGradeName(f.targetGrade as 2 | 3),
          stateName: GRADE_FILING_STATE_NAMES[f.state as GradeFilingState] ?? f.state,
        })),
        lists: Object.fromEntries(
          MONITORING_LISTS.map((list, i) => [LIST_NAMES[list], pageOf(lists[i]!, first)]),
        ) as Record<
          'overQuota' | 'idleVacancies' | 'specialPosts' | 'withoutPlan',
          ReturnType<typeof pageOf>
        >,
      };
    },

    /** One page of one list (over quota, idle vacancies, special posts, without plan). */
    async list(actor: Actor, list: MonitoringList, query: MonitoringQuery & ListPage) {
      const { units } = unitsOf(actor, query);
      const source = await sourceOf(units, query.asOf);
      return pageOf(await listPage(db, source, units, list, query), query);
    },

    /** One page of the units with a plan in force, each with its grade figures (the board's). */
    async units(actor: Actor, query: MonitoringQuery & Pick<ListPage, 'limit' | 'offset'>) {
      const { units } = unitsOf(actor, query);
      const source = await sourceOf(units, query.asOf);
      const rows = await unitsWithPlan(db, source, units, query);
      const unitsPage = rows.map(
        ({ staffingQuota: _s, professionalTotal: _p, managementTotal: _m, supportTotal: _t, ...r }) => r,
      );
      const grades = await gradeFiguresOf(
        db,
        source,
        units,
        unitsPage.map((r) => r.unitId),
      );
      return {
        asOf: source.day,
        items: unitsPage.map(({ total: _total, ...unit }) => ({
          ...unit,
          grades: grades
            .filter((g) => g.unitId === unit.unitId)
            .map(({ unitId: _id, ...g }) => ({ ...g, name: postGradeName(g.grade) })),
        })),
        total: rows[0]?.total ?? 0,
        page: Math.floor(query.offset / query.limit) + 1,
        pageSize: query.limit,
      };
    },
  };
}

export type PostMonitoringService = ReturnType<typeof createPostMonitoring>;
