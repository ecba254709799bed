import type pg from 'pg';
import { LEVELS, type Level, postGradesOf } from '../src/domain/catalogue';
import { IDLE_VACANCY_MONTHS } from '../src/modules/posts/post-monitoring.repository';

/** What the bench compares: the province's monitoring view without names (ours and the baseline's). */
export interface MonitoringFigures {
  totals: Record<string, number>;
  levels: Record<string, unknown>[];
  subRegions: Record<string, unknown>[];
  lists: Record<string, { total: number; items: unknown[][] }>;
}

const FIELDS = ['quota', 'occupied', 'vacant', 'borrowedIn', 'borrowedOut', 'special', 'over'] as const;
const FIRST_PAGE = 10;

const levelCase = `case ${LEVELS.filter((l) => postGradesOf(l).length > 0)
  .map((l) => `when f.grade in (${postGradesOf(l).join(',')}) then '${l}'`)
  .join(' ')} end`;

/**
 * The board's figures per unit (with a plan in force on $1) and grade, by plain GROUP BY over
 * the base tables: the plan's quotas from post_plan_grades, the posts in use and the people
 * from the appointments current that day, joined on (unit, grade). No summary, no index of
 * ours beyond the schema's.
 */
const FIGURES = `with plan as (
    select distinct on (organisation_id) id, organisation_id, effective_from from post_plans
    where state in ('approved', 'superseded') and effective_from <= $1::date
      and (effective_until is null or $1::date < effective_until)
    order by organisation_id, effective_from desc),
  cur as (
    select organisation_id, grade, board_kind, borrowed_from_grade from appointments
    where state in ('filed', 'ended') and start_date <= $1::date and (end_date is null or $1::date < end_date)),
  used as (
    select organisation_id, case when board_kind = 'borrowed' then borrowed_from_grade else grade end as grade,
      count(*) filter (where board_kind <> 'special') as occupied,
      count(*) filter (where board_kind = 'borrowed') as borrowed_out
    from cur group by 1, 2),
  held as (
    select organisation_id, grade, count(*) filter (where board_kind = 'borrowed') as borrowed_in,
      count(*) filter (where board_kind = 'special') as special
    from cur group by 1, 2),
  quota as (select p.organisation_id, g.grade, g.quota from plan p join post_plan_grades g on g.plan_id = p.id),
  started as (
    select organisation_id, case when board_kind = 'borrowed' then borrowed_from_grade else grade end as grade,
      max(start_date) as last_start
    from appointments where state in ('filed', 'ended') and start_date <= $1::date and kind <> 'ending'
      and board_kind <> 'special'
    group by 1, 2),
  keys as (
    select organisation_id, grade from quota union select organisation_id, grade from used
    union select organisation_id, grade from held),
  f as (
    select k.organisation_id, k.grade, o.name, o.jurisdiction_code, p.effective_from as plan_from,
      coalesce(q.quota, 0) as quota, coalesce(u.occupied, 0) as occupied,
      coalesce(u.borrowed_out, 0) as borrowed_out, coalesce(h.borrowed_in, 0) as borrowed_in,
      coalesce(h.special, 0) as special, s.last_start
    from keys k join plan p on p.organisation_id = k.organisation_id
      join organisations o on o.id = k.organisation_id
      left join quota q on q.organisation_id = k.organisation_id and q.grade = k.grade
      left join used u on u.organisation_id = k.organisation_id and u.grade = k.grade
      left join held h on h.organisation_id = k.organisation_id and h.grade = k.grade
      left join started s on s.organisation_id = k.organisation_id and s.grade = k.grade
    where o.jurisdiction_code like '21%' and o.employer_kind = 'public-institution'),
  g as (
    select f.*, ${levelCase} as level, greatest(0, quota - occupied) as vacant,
      greatest(0, occupied - quota) as over from f)`;

const SUMS = `sum(quota)::int as "quota", sum(occupied)::int as "occupied", sum(vacant)::int as "vacant",
  sum(borrowed_in)::int as "borrowedIn", sum(borrowed_out)::int as "borrowedOut", sum(special)::int as "special",
  sum(over)::int as "over"`;

const ORDER_BY_FIGURE = `order by figure desc, name, organisation_id`;

/** The province's monitoring figures recomputed with plain GROUP BY queries, as ours states them. */
export async function baselineMonitoring(client: pg.Client, day: string): Promise<MonitoringFigures> {
  const q = async <T>(text: string) => (await client.query(text, [day])).rows as T[];
  const bySub = await q<Record<(typeof FIELDS)[number], number> & { subRegion: string; level: Level }>(
    `${FIGURES} select rpad(left(jurisdiction_code, 4), 6, '0') as "subRegion", level, ${SUMS}
     from g group by 1, 2 order by 1, 2`,
  );
  const counts = await q<{ subRegion: string; withPlan: number; withoutPlan: number }>(
    `with plan as (
       select distinct organisation_id from post_plans
       where state in ('approved', 'superseded') and effective_from <= $1::date
         and (effective_until is null or $1::date < effective_until))
     select rpad(left(o.jurisdiction_code, 4), 6, '0') as "subRegion",
       count(plan.organisation_id)::int as "withPlan", (count(*) - count(plan.organisation_id))::int as "withoutPlan"
     from organisations o left join plan on plan.organisation_id = o.id
     where o.jurisdiction_code like '21%' and o.employer_kind = 'public-institution' group by 1 order by 1`,
  );
  const since = `($1::date - make_interval(months => ${IDLE_VACANCY_MONTHS}))::date`;
  const list = async (text: string) => {
    const rows = await q<{
      id: string;
      level: string | null;
      grade: number | null;
      figure: number;
      total: number;
    }>(text);
    return {
      total: rows[0]?.total ?? 0,
      items: rows.map((r) => [r.id, r.level, r.grade, r.figure]),
    };
  };
  const window = `count(*) over ()::int as total`;
  const lists = {
    overQuota: await list(
      `${FIGURES} select organisation_id as id, level, null::int as grade, sum(over)::int as figure, name, ${window}
       from g group by organisation_id, name, level having sum(over) > 0
       ${ORDER_BY_FIGURE}, level limit ${FIRST_PAGE}`,
    ),
    idleVacancies: await list(
      `${FIGURES} select organisation_id as id, level, grade, vacant::int as figure, name, ${window}
       from g where vacant > 0 and plan_from <= ${since} and (last_start is null or last_start <= ${since})
       ${ORDER_BY_FIGURE}, grade limit ${FIRST_PAGE}`,
    ),
    specialPosts: await list(
      `${FIGURES} select organisation_id as id, null as level, null::int as grade, sum(special)::int as figure, name,
         ${window}
       from g group by organisation_id, name having sum(special) > 0 ${ORDER_BY_FIGURE} limit ${FIRST_PAGE}`,
    ),
    withoutPlan: await list(
      `select o.id, null as level, null::int as grade, 0 as figure, ${window}
       from organisations o
       where o.jurisdiction_code like '21%' and o.employer_kind = 'public-institution'
         and not exists (select 1 from post_plans p where p.organisation_id = o.id
           and p.state in ('approved', 'superseded') and p.effective_from <= $1::date
           and (p.effective_until is null or $1::date < p.effective_until))
       order by o.name, o.id limit ${FIRST_PAGE}`,
    ),
  };

  const zero = () => Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<(typeof FIELDS)[number], number>;
  const levels = new Map<string, Record<string, number>>();
  const subs = new Map<string, Record<string, number>>();
  for (const row of bySub) {
    const l = levels.get(row.level) ?? zero();
    const s = subs.get(row.subRegion) ?? zero();
    for (const f of FIELDS) {
      l[f]! += row[f];
      s[f]! += row[f];
    }
    levels.set(row.level, l);
    subs.set(row.subRegion, s);
  }
  const codes = [...new Set([...subs.keys(), ...counts.map((c) => c.subRegion)])].sort();
  const totals = zero() as Record<string, number>;
  for (const l of levels.values()) for (const f of FIELDS) totals[f]! += l[f]!;
  return {
    totals: {
      ...totals,
      unitsWithPlan: counts.reduce((n, c) => n + c.withPlan, 0),
      unitsWithoutPlan: counts.reduce((n, c) => n + c.withoutPlan, 0),
    },
    levels: LEVELS.filter((l) => levels.has(l)).map((level) => ({ level, ...levels.get(level) })),
    subRegions: codes.map((code) => {
      const c = counts.find((x) => x.subRegion === code);
      return {
        code,
        unitsWithPlan: c?.withPlan ?? 0,
        unitsWithoutPlan: c?.withoutPlan ?? 0,
        ...(subs.get(code) ?? zero()),
      };
    }),
    lists,
  };
}
