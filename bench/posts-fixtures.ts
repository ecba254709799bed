import type pg from 'pg';

/** 辽宁's 14 cities; each unit is registered in its city or in the city's first district (xx02). */
const CITIES = [
  '210100',
  '210200',
  '210300',
  '210400',
  '210500',
  '210600',
  '210700',
  '210800',
  '210900',
  '211000',
  '211100',
  '211200',
  '211300',
  '211400',
];
/** A realistic 市属 plan's quotas (grades 4–13, 90 professional posts), varied by ±1 per unit. */
const QUOTAS: [number, number][] = [
  [4, 1],
  [5, 1],
  [6, 3],
  [7, 4],
  [8, 8],
  [9, 10],
  [10, 9],
  [11, 20],
  [12, 22],
  [13, 12],
];
/** How appointments spread over the grades: about the quotas' shape, so some grades run over. */
const GRADE_SPREAD = QUOTAS.flatMap(([grade, quota]) => Array<number>(quota).fill(grade));
const PERSONS = 50_000;

/**
 * The benchmark's province, written straight into the tables by INSERT … SELECT generate_series
 * (the product's write paths would take hours for a million rows): `units` public institutions
 * with an approved plan — one in ten with an earlier superseded version, one in fifty whose
 * approved version starts in 30 days (the superseded one is in force today) — plus 5% more
 * without a plan; `perUnit` appointments each over PERSONS people (the figures do not depend on
 * who holds a post): 80% filed and current, 10% ended in the past, 5% starting within 90 days,
 * 5% ending within 200 days; of them 5% borrowed from the grade above and 3% special.
 */
export async function generateProvince(
  client: pg.Client,
  options: { units: number; perUnit: number; today: string },
) {
  const { units, perUnit, today } = options;
  const withoutPlan = Math.ceil(units / 20);
  const user = await client.query(
    `insert into users (username, display_name, password_hash, roles, jurisdiction_code)
     values ('bench-hr', '基准测试', 'x', '{hr}', '210000') returning id`,
  );
  const userId = user.rows[0].id as string;
  await client.query(`create temp table bench_units as
    select i, gen_random_uuid() as id from generate_series(1, ${units + withoutPlan}) i`);
  await client.query(
    `insert into organisations (id, name, kind, credit_code, employer_kind, jurisdiction_code)
     select id, '基准事业单位' || lpad(i::text, 6, '0'), 'employer', 'B' || lpad(i::text, 17, '0'),
       'public-institution',
       case when i % 3 = 0 then left(($1::text[])[1 + i % 14], 4) || '02' else ($1::text[])[1 + i % 14] end
     from bench_units`,
    [CITIES],
  );
  // The approved version; one in fifty starts in 30 days, one in ten has an earlier version.
  await client.query(
    `insert into post_plans (organisation_id, version, state, staffing_quota, funding, main_category,
       professional_total, management_total, support_total, region_tier, public_service, highest_grade,
       effective_from, approval_document, created_by, updated_by)
     select id, case when i % 10 = 0 or i % 50 = 0 then 2 else 1 end, 'approved', 120,
       (array['full', 'partial', 'self'])[1 + i % 3], 'professional', 90, 20, 10, 'city', true, 4,
       case when i % 50 = 0 then $1::date + 30 else $1::date - (200 + i % 700) end, '辽人社批〔2025〕1号', $2, $2
     from bench_units where i <= ${units}`,
    [today, userId],
  );
  await client.query(
    `insert into post_plans (organisation_id, version, state, staffing_quota, funding, main_category,
       professional_total, management_total, support_total, region_tier, public_service, highest_grade,
       effective_from, effective_until, approval_document, created_by, updated_by)
     select p.organisation_id, 1, 'superseded', 110, p.funding, 'professional', 85, 15, 10, 'city', true, 4,
       p.effective_from - 1500, p.effective_from, '辽人社批〔2020〕1号', $1, $1
     from post_plans p join bench_units u on u.id = p.organisation_id where p.version = 2`,
    [userId],
  );
  await client.query(
    `insert into post_plan_grades (plan_id, grade, quota)
     select p.id, q.grade, greatest(0, q.quota + (p.version + q.grade + abs(hashtext(p.organisation_id::text))) % 3 - 1)
     from post_plans p, unnest($1::int[], $2::int[]) as q(grade, quota)`,
    [QUOTAS.map((q) => q[0]), QUOTAS.map((q) => q[1])],
  );
  await client.query(`create temp table bench_persons as
    select i, gen_random_uuid() as id from generate_series(0, ${PERSONS - 1}) i`);
  await client.query(
    `insert into persons (id, name, gender, birth_date, id_number_cipher, id_number_hash, id_number_masked,
       jurisdiction_code)
     select id, '基准人员' || i, case when i % 2 = 0 then 'male' else 'female' end, date '1980-01-01' + i % 7000,
       'x', md5('bench-person-' || i) || md5('p' || i), '2101**********' || lpad((i % 10000)::text, 4, '0'), '210000'
     from bench_persons`,
  );
  const total = units * perUnit;
  await client.query(
    `insert into appointments (person_id, organisation_id, kind, grade, board_kind, borrowed_from_grade,
       start_date, end_date, state, source, approval_document)
     select bp.id, bu.id, 'first', x.grade,
       case when x.b < 3 then 'special' when x.b < 8 and x.grade > 4 then 'borrowed' else 'normal' end,
       case when x.b >= 3 and x.b < 8 and x.grade > 4 then x.grade - 1 end,
       case when x.s < 10 then $1::date - 3000 + n % 400
            when x.s < 15 then $1::date + 1 + n % 90
            else $1::date - 1 - n % 3000 end,
       case when x.s < 10 then $1::date - 1 - n % 300
            when x.s >= 15 and x.s < 20 then $1::date + 1 + n % 200 end,
       case when x.s < 10 then 'ended' else 'filed' end, 'unit', '辽人社聘备〔2025〕1号'
     from generate_series(0, ${total - 1}) n
       cross join lateral (select ($2::int[])[1 + abs(hashtext(n::text)) % ${GRADE_SPREAD.length}] as grade,
         (n * 31) % 100 as b, (n * 17 + n / 7) % 100 as s) x
       join bench_units bu on bu.i = 1 + n / ${perUnit}
       join bench_persons bp on bp.i = n % ${PERSONS}`,
    [today, GRADE_SPREAD],
  );
  const count = async (table: string) =>
    Number((await client.query(`select count(*) from ${table}`)).rows[0].count);
  return {
    userId,
    units: units + withoutPlan,
    withoutPlan,
    plans: await count('post_plans'),
    appointments: await count('appointments'),
  };
}
