import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { LEVELS, type Level, postGradesOf } from '../../domain/catalogue';
import { boardPartsOn, rowsOf } from './post-statistics.repository';

/**
 * A vacancy is idle when the post has stayed vacant this long: vacant on the day, no filed
 * appointment took a post of the grade in the IDLE_VACANCY_MONTHS months up to it, and the
 * plan version in force began at least that long before (a newly approved plan's posts are
 * not idle yet). Twelve months: a unit fills its posts in the yearly appointment round
 * (评聘 once a year), so a post missed by a whole round is one HR should ask about.
 */
export const IDLE_VACANCY_MONTHS = 12;

/** Which public institutions the monitor covers: the actor's scope, narrowed by the request's filters. */
export interface MonitoringUnits {
  /** The competent department's own units. */
  departmentId: string | null;
  /** The bureau's region (a code prefix); null with a department. */
  scopePrefix: string | null;
  /** The sub-region asked for (a code prefix within the scope). */
  regionPrefix: string | null;
  /** 经费形式 of the plan in force. */
  funding: string | null;
  level: Level | null;
}

/** Where the figures come from: the summary (today) or the exact recount of another day. */
export interface FigureSource {
  /** (organisation_id, id): the plan in force per unit. */
  plans: SQL;
  /** (organisation_id, grade, quota, normal, borrowed_in, borrowed_out, special, last_start). */
  counts: SQL;
  day: string;
  /** The summary kept by the write paths, or the exact recount. */
  kind: 'summary' | 'recount';
}

export const summarySource = (day: string): FigureSource => ({
  day,
  kind: 'summary',
  plans: sql`select organisation_id, plan_id as id from post_board_units where plan_id is not null`,
  counts: sql`select organisation_id, grade, quota, normal, borrowed_in, borrowed_out, special, last_start
    from post_board_counts`,
});

function unitCondition(units: MonitoringUnits, o: SQL) {
  const parts = [sql`${o}.employer_kind = 'public-institution'`];
  if (units.departmentId) parts.push(sql`${o}.department_id = ${units.departmentId}`);
  if (units.scopePrefix !== null) parts.push(sql`${o}.jurisdiction_code like ${`${units.scopePrefix}%`}`);
  if (units.regionPrefix !== null) parts.push(sql`${o}.jurisdiction_code like ${`${units.regionPrefix}%`}`);
  return sql.join(parts, sql` and `);
}

/** The exact recount for `day` (any day), over the units in scope only. */
export function exactSource(day: string, units: MonitoringUnits): FigureSource {
  const inScope = (column: SQL) =>
    sql`${column} in (select o.id from organisations o where ${unitCondition(units, sql`o`)})`;
  const parts = boardPartsOn(day, inScope);
  return {
    day,
    kind: 'recount',
    plans: sql`select distinct on (organisation_id) organisation_id, id from post_plans
      where state in ('approved', 'superseded') and effective_from <= ${day}::date
        and (effective_until is null or ${day}::date < effective_until) and ${inScope(sql`organisation_id`)}
      order by organisation_id, effective_from desc`,
    counts: parts,
  };
}

const levelCase = sql.raw(
  `case ${LEVELS.filter((l) => postGradesOf(l).length > 0)
    .map((l) => `when c.grade in (${postGradesOf(l).join(',')}) then '${l}'`)
    .join(' ')} end`,
);

/**
 * The figures per unit (with a plan in force) and grade, as the board defines them:
 * occupied = normal + borrowed out, vacant and over the two sides of quota − occupied.
 */
function figures(source: FigureSource, units: MonitoringUnits) {
  return sql`with pl as (${source.plans}),
    u as (
      select o.id, o.name, o.jurisdiction_code, pp.effective_from as plan_from, pp.id as plan_id,
        pp.staffing_quota, pp.professional_total, pp.management_total, pp.support_total
      from organisations o join pl on pl.organisation_id = o.id join post_plans pp on pp.id = pl.id
      where ${unitCondition(units, sql`o`)} ${units.funding ? sql`and pp.funding = ${units.funding}` : sql``}
    ),
    c as (${source.counts}),
    g as (
      select u.id, u.name, u.jurisdiction_code, u.plan_from, c.grade, ${levelCase} as level, c.quota,
        c.normal + c.borrowed_out as occupied,
        greatest(0, c.quota - c.normal - c.borrowed_out) as vacant,
        greatest(0, c.normal + c.borrowed_out - c.quota) as over,
        c.borrowed_in, c.borrowed_out, c.special, c.last_start::date as last_start
      from u join c on c.organisation_id = u.id
    ),
    f as (select * from g ${units.level ? sql`where level = ${units.level}` : sql``})`;
}

/** The board's figures the monitor sums (the head count aside). */
export const FIGURE_KEYS = [
  'quota',
  'occupied',
  'vacant',
  'borrowedIn',
  'borrowedOut',
  'special',
  'over',
] as const;
export type FigureSums = Record<(typeof FIGURE_KEYS)[number], number>;

const sums = sql`sum(quota)::int as "quota", sum(occupied)::int as "occupied", sum(vacant)::int as "vacant",
  sum(borrowed_in)::int as "borrowedIn", sum(borrowed_out)::int as "borrowedOut",
  sum(special)::int as "special", sum(over)::int as "over"`;

/** Length of the code prefix one level below `prefix` (21 → 4: cities; 2103 → 6: counties). */
const childLength = (prefix: string) => Math.min(6, prefix.length + 2);

/** The figures summed per sub-region (one level below `prefix`) and level. */
export function sumsBySubRegion(db: Db, source: FigureSource, units: MonitoringUnits, prefix: string) {
  const length = childLength(prefix);
  return rowsOf<FigureSums & { subRegion: string; level: Level }>(
    db,
    sql`${figures(source, units)}
    select rpad(left(jurisdiction_code, ${length}), 6, '0') as "subRegion", level, ${sums}
    from f group by 1, 2 order by 1, 2`,
  );
}

/** How many units in scope have a plan in force and how many not, per sub-region. */
export function unitCountsBySubRegion(db: Db, source: FigureSource, units: MonitoringUnits, prefix: string) {
  const length = childLength(prefix);
  return rowsOf<{ subRegion: string; withPlan: number; withoutPlan: number }>(
    db,
    sql`with pl as (${source.plans}),
      u as (select o.jurisdiction_code, (pp.id is not null) as planned
        from organisations o left join pl on pl.organisation_id = o.id left join post_plans pp on pp.id = pl.id
        where ${unitCondition(units, sql`o`)}
          ${units.funding ? sql`and (pp.id is null or pp.funding = ${units.funding})` : sql``})
    select rpad(left(jurisdiction_code, ${length}), 6, '0') as "subRegion",
      count(*) filter (where planned)::int as "withPlan", count(*) filter (where not planned)::int as "withoutPlan"
    from u group by 1 order by 1`,
  );
}

export type MonitoringList = 'over-quota' | 'idle-vacancies' | 'special-posts' | 'without-plan';
export interface ListPage {
  limit: number;
  offset: number;
  /** By the list's own figure (over, vacant, special) or by unit name; `-` descending. */
  sort: 'figure' | '-figure' | 'unit' | '-unit';
}

export interface ListRow {
  unitId: string;
  unitName: string;
  jurisdictionCode: string;
  level: Level | null;
  grade: number | null;
  quota: number | null;
  occupied: number | null;
  figure: number;
  netOver: number | null;
  lastStart: string | null;
  total: number;
}

const orderOf = (page: ListPage) => {
  const direction = sql.raw(page.sort.startsWith('-') ? 'desc' : 'asc');
  return page.sort.endsWith('figure')
    ? sql`order by figure ${direction}, "unitName", "unitId", grade nulls first, level nulls first`
    : sql`order by "unitName" ${direction}, "unitId", grade nulls first, level nulls first`;
};

/** One page of a monitoring list, each row with the list's total (a window count). */
export function listPage(
  db: Db,
  source: FigureSource,
  units: MonitoringUnits,
  list: MonitoringList,
  page: ListPage,
): Promise<ListRow[]> {
  const common = sql`id as "unitId", name as "unitName", jurisdiction_code as "jurisdictionCode"`;
  const window = sql`count(*) over ()::int as total`;
  const tail = sql`${orderOf(page)} limit ${page.limit} offset ${page.offset}`;
  if (list === 'without-plan')
    return rowsOf<ListRow>(
      db,
      sql`with pl as (${source.plans})
      select o.id as "unitId", o.name as "unitName", o.jurisdiction_code as "jurisdictionCode", null as level,
        null as grade, null as quota, null as occupied, 0 as figure, null as "netOver", null as "lastStart", ${window}
      from organisations o where ${unitCondition(units, sql`o`)}
        and not exists (select 1 from pl where pl.organisation_id = o.id) ${tail}`,
    );
  if (list === 'idle-vacancies') {
    const since = sql`(${source.day}::date - make_interval(months => ${IDLE_VACANCY_MONTHS}))::date`;
    return rowsOf<ListRow>(
      db,
      sql`${figures(source, units)}
      select ${common}, level, grade, quota, occupied, vacant as figure, null as "netOver",
        last_start::text as "lastStart", ${window}
      from f where vacant > 0 and plan_from <= ${since} and (last_start is null or last_start <= ${since}) ${tail}`,
    );
  }
  if (list === 'over-quota')
    return rowsOf<ListRow>(
      db,
      sql`${figures(source, units)}
      select ${common}, level, null as grade, sum(quota)::int as quota, sum(occupied)::int as occupied,
        sum(over)::int as figure, greatest(0, sum(occupied) - sum(quota))::int as "netOver",
        null as "lastStart", ${window}
      from f group by id, name, jurisdiction_code, level having sum(over) > 0 ${tail}`,
    );
  return rowsOf<ListRow>(
    db,
    sql`${figures(source, units)}
    select ${common}, null as level, null as grade, null as quota, null as occupied, sum(special)::int as figure,
      null as "netOver", null as "lastStart", ${window}
    from f group by id, name, jurisdiction_code having sum(special) > 0 ${tail}`,
  );
}

export interface UnitPlanRow {
  unitId: string;
  unitName: string;
  jurisdictionCode: string;
  planId: string;
  planFrom: string;
  staffingQuota: number;
  professionalTotal: number;
  managementTotal: number;
  supportTotal: number;
  total: number;
}

/** One page of the units in scope with a plan in force, by name. */
export function unitsWithPlan(db: Db, source: FigureSource, units: MonitoringUnits, page: PageOnly) {
  return rowsOf<UnitPlanRow>(
    db,
    sql`${figures(source, { ...units, level: null })}
    select id as "unitId", name as "unitName", jurisdiction_code as "jurisdictionCode", plan_id as "planId",
      plan_from::text as "planFrom", staffing_quota as "staffingQuota",
      professional_total as "professionalTotal", management_total as "managementTotal",
      support_total as "supportTotal", count(*) over ()::int as total
    from u order by name, id limit ${page.limit} offset ${page.offset}`,
  );
}

type PageOnly = Pick<ListPage, 'limit' | 'offset'>;

export interface GradeFigures extends FigureSums {
  unitId: string;
  grade: number;
}

/** The grade figures of the given units, or of every unit in scope (only grades with a figure other than 0). */
export function gradeFiguresOf(
  db: Db,
  source: FigureSource,
  units: MonitoringUnits,
  ids: readonly string[] | 'all',
) {
  if (ids.length === 0) return Promise.resolve([] as GradeFigures[]);
  const which =
    ids === 'all'
      ? sql``
      : sql`where id in (${sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        )})`;
  return rowsOf<GradeFigures>(
    db,
    sql`${figures(source, { ...units, level: null })}
    select id as "unitId", grade, ${sums} from f ${which} group by id, grade order by id, grade`,
  );
}

export interface ChangeRow {
  personName: string;
  unitName: string;
  kind: string;
  fromGrade: number | null;
  grade: number;
  startDate: string;
  endDate: string | null;
  approvalDocument: string | null;
}

/**
 * The appointments of the units in scope that took effect in `[from, to]` — filed ones and
 * those since ended (an ending appointment is the 解除聘用 itself) — each with the grade the
 * person held in the unit until then (the appointment that ended the day this one began).
 */
export function changesIn(db: Db, units: MonitoringUnits, from: string, to: string) {
  return rowsOf<ChangeRow>(
    db,
    sql`select p.name as "personName", o.name as "unitName", a.kind, a.grade,
      a.start_date::text as "startDate", a.end_date::text as "endDate", a.approval_document as "approvalDocument",
      (select prev.grade from appointments prev
        where prev.person_id = a.person_id and prev.organisation_id = a.organisation_id and prev.id <> a.id
          and prev.state in ('filed', 'ended') and prev.end_date = a.start_date and prev.kind <> 'ending'
        order by prev.start_date desc limit 1) as "fromGrade"
    from appointments a join organisations o on o.id = a.organisation_id join persons p on p.id = a.person_id
    where a.state in ('filed', 'ended') and a.start_date between ${from}::date and ${to}::date
      and ${unitCondition(units, sql`o`)}
    order by a.start_date, o.name, a.id`,
  );
}

/**
 * The units' grade filings (二级岗位评定备案; Jilin 4→3→2) by state, drafts left out: what the
 * bureau follows in its region beside the figures (issue 20: "grade-2 filings").
 */
export function gradeFilingCounts(db: Db, units: MonitoringUnits) {
  return rowsOf<{ state: string; targetGrade: number; count: number }>(
    db,
    sql`select g.state, g.target_grade as "targetGrade", count(*)::int as count
    from grade_filings g join organisations o on o.id = g.organisation_id
    where g.state <> 'draft' and ${unitCondition(units, sql`o`)}
    group by 1, 2 order by 2, 1`,
  );
}
