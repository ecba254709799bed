import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';

/**
 * The board summary (`post_board_units`, `post_board_counts`): every unit's board as of one day,
 * recounted from the plans and appointments by the same SQL the exact path reads. Invariant
 * (tested in post-statistics.test.ts): a unit's rows equal `computePostBoard` over its plan in
 * force and its filed appointments on every day of `[as_of, valid_until)`. Every write that
 * moves a figure calls `recountUnitBoard` in its own transaction; a read of today first
 * recounts the units whose interval no longer holds it (`recountStaleBoards`).
 */

/** The rows a raw query returns, on node-postgres and PGlite alike. */
export async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** Which units a statement covers: a condition on a unit id column. */
type UnitFilter = (column: SQL) => SQL;

const everyUnit: UnitFilter = () => sql`true`;
const oneUnit =
  (id: string): UnitFilter =>
  (column) =>
    sql`${column} = ${id}`;
/** The units whose summary does not hold on `day` (counted for a later day, or a change has come since). */
const staleOn =
  (day: string): UnitFilter =>
  (column) =>
    sql`${column} in (select organisation_id from post_board_units
      where as_of > ${day}::date or valid_until <= ${day}::date)`;

/** The version in force on `day` per unit: approved or superseded, begun by then, not yet ended. */
function plansInForce(day: string, units: UnitFilter) {
  return sql`select distinct on (p.organisation_id) p.id, p.organisation_id
    from post_plans p
    where p.state in ('approved', 'superseded') and p.effective_from <= ${day}::date
      and (p.effective_until is null or ${day}::date < p.effective_until)
      and ${units(sql`p.organisation_id`)}
    order by p.organisation_id, p.effective_from desc`;
}

/**
 * Per unit and grade on `day`, the board's parts (domain/posts/post-board.ts): the quota of the
 * plan in force, current normal, borrowed (in at the grade, out of `borrowed_from_grade`) and
 * special appointments, and the latest start of a filed appointment that took a post of the
 * grade (an ending takes none). Current: `start_date <= day < end_date` (end exclusive), state
 * filed or ended (an ended one held its post until its end).
 */
export function boardPartsOn(day: string, units: UnitFilter = everyUnit) {
  return sql`with plan as (${plansInForce(day, units)}),
    rec as (
      select a.organisation_id, a.grade, a.board_kind, a.borrowed_from_grade, a.start_date, a.kind,
        (a.end_date is null or ${day}::date < a.end_date) as current
      from appointments a
      where a.state in ('filed', 'ended') and a.start_date <= ${day}::date
        and ${units(sql`a.organisation_id`)}
    ),
    parts as (
      select p.organisation_id, g.grade, g.quota, 0 as normal, 0 as borrowed_in, 0 as borrowed_out,
        0 as special, null::date as last_start
      from plan p join post_plan_grades g on g.plan_id = p.id
      union all
      select organisation_id, grade, 0, (current and board_kind = 'normal')::int,
        (current and board_kind = 'borrowed')::int, 0, (current and board_kind = 'special')::int,
        case when board_kind = 'normal' and kind <> 'ending' then start_date end
      from rec
      union all
      select organisation_id, borrowed_from_grade, 0, 0, 0, current::int, 0, start_date
      from rec where board_kind = 'borrowed' and kind <> 'ending'
    )
    select organisation_id, grade::int as grade, sum(quota)::int as quota, sum(normal)::int as normal,
      sum(borrowed_in)::int as borrowed_in, sum(borrowed_out)::int as borrowed_out,
      sum(special)::int as special, max(last_start)::text as last_start
    from parts group by organisation_id, grade`;
}

/** The first day after `day` on which a unit's figures may change: an appointment or a plan version starts or ends. */
function nextChanges(day: string, units: UnitFilter) {
  const a = units(sql`organisation_id`);
  return sql`select organisation_id, min(d) as valid_until from (
      select organisation_id, start_date as d from appointments
        where state in ('filed', 'ended') and start_date > ${day}::date and ${a}
      union all
      select organisation_id, end_date from appointments
        where state in ('filed', 'ended') and end_date > ${day}::date and ${a}
      union all
      select organisation_id, effective_from from post_plans
        where state in ('approved', 'superseded') and effective_from > ${day}::date and ${a}
      union all
      select organisation_id, effective_until from post_plans
        where state in ('approved', 'superseded') and effective_until > ${day}::date and ${a}
    ) changes group by organisation_id`;
}

/**
 * Recounts the units `units` selects as of `day`, in the caller's transaction. Their summary
 * rows are locked first (`units` rows must exist: the callers insert them), so two writers of
 * one unit recount one after the other and the second sees the first's committed rows.
 */
async function recount(tx: Db, day: string, units: UnitFilter) {
  // In one order, so two readers recounting overlapping sets cannot deadlock.
  await tx.execute(
    sql`select 1 from post_board_units where ${units(sql`organisation_id`)} order by organisation_id for update`,
  );
  await tx.execute(sql`delete from post_board_counts where ${units(sql`organisation_id`)}`);
  await tx.execute(sql`insert into post_board_counts
      (organisation_id, grade, quota, normal, borrowed_in, borrowed_out, special, last_start)
    select organisation_id, grade, quota, normal, borrowed_in, borrowed_out, special, last_start::date
    from (${boardPartsOn(day, units)}) parts`);
  // A join, not a subquery per row: the next changes and the plans are counted once for all units.
  await tx.execute(sql`update post_board_units u
    set as_of = ${day}::date, valid_until = n.valid_until, plan_id = p.id
    from post_board_units w
      left join (${nextChanges(day, units)}) n on n.organisation_id = w.organisation_id
      left join (${plansInForce(day, units)}) p on p.organisation_id = w.organisation_id
    where w.organisation_id = u.organisation_id and ${units(sql`u.organisation_id`)}`);
}

/**
 * Brings one unit's summary to `day` (today) in the caller's transaction: the one call every
 * write that moves a figure makes — plan approval and supersession, filing, ending, replacement.
 */
export async function recountUnitBoard(tx: Db, unitId: string, day: string) {
  await tx.execute(sql`insert into post_board_units (organisation_id, as_of) values (${unitId}, ${day}::date)
    on conflict (organisation_id) do nothing`);
  await recount(tx, day, oneUnit(unitId));
}

/**
 * Marks a unit's summary as holding for no day (`valid_until = as_of`), so the next read recounts
 * it: for a write that moves a figure without knowing today (a row inserted by a repository, a
 * transition out of `filed`). Cheap and clock-free; the step services recount at once instead.
 */
export async function markBoardStale(tx: Db, unitId: string) {
  await tx.execute(sql`insert into post_board_units (organisation_id, as_of, valid_until)
    values (${unitId}, date '2000-01-01', date '2000-01-01')
    on conflict (organisation_id) do update set valid_until = post_board_units.as_of`);
}

/** Recounts, in one transaction, the units whose summary does not hold on `day`; how many there were. */
export async function recountStaleBoards(db: Db, day: string): Promise<number> {
  const [stale] = await rowsOf<{ n: number }>(
    db,
    sql`select count(*)::int as n from post_board_units where as_of > ${day}::date or valid_until <= ${day}::date`,
  );
  if (!stale?.n) return 0;
  await db.transaction((tx) => recount(tx, day, staleOn(day)));
  return stale.n;
}

/**
 * Rebuilds the whole summary as of `day` from the plans and appointments: for rows written
 * outside the product's write paths (a bulk load, a restore) — the benchmark brings its
 * generated province to a valid state with it.
 */
export async function rebuildBoardSummary(db: Db, day: string) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`delete from post_board_counts`);
    await tx.execute(sql`insert into post_board_units (organisation_id, as_of)
      select organisation_id, ${day}::date from post_plans where state in ('approved', 'superseded')
      union select organisation_id, ${day}::date from appointments where state in ('filed', 'ended')
      on conflict (organisation_id) do nothing`);
    await recount(tx, day, everyUnit);
  });
}
