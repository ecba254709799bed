import { type SQL, sql } from 'drizzle-orm';
import type { Role } from '../../src/domain/access/roles';
import { applicationRequests } from '../helpers/application-requests';
import type { Session } from '../helpers/application-world';
import { authed, makeIdNumber } from '../helpers/factories';
import { acceptedApplications, buildReviewWorld, reviewRequests } from '../helpers/review-world';
import { sessionsOfEveryRole } from '../helpers/role-sessions';
import { staffWorkbook } from '../helpers/staff-workbook';
import type { TestApp } from '../helpers/test-app';
import type { ExistingRecords } from './field-hints';
import type { SampleFiles } from './request-arbitrary';

/**
 * What the fuzzer works on: the review world of the route tests — an application in its unit
 * publicity, two accepted by the provincial committee and put on the agenda of a session whose
 * panel is drawn — with a session per role chosen inside that chain (the applicant who filed, its
 * employer, the city's HR bureau, the committee's office, a drawn expert), so that valid requests
 * reach the services and the review steps rather than only the access gate; and files to upload.
 */
export async function buildFuzzWorld(t: TestApp) {
  const w = await buildReviewWorld(t, { experts: 30 });
  const requests = applicationRequests(() => t);
  const accepted = await acceptedApplications(t, w, 2);
  const owner = await w.applicant(w.orgs.employer.id);
  const filed = await requests.file(owner.session);
  if (filed.statusCode !== 201) throw new Error(`filing failed: ${filed.statusCode} ${filed.body}`);
  await requests.act(w.sessions.employer, filed.json().id, { event: 'start-unit-publicity' });

  requests.setDay('2026-11-16');
  const { post, newSession } = reviewRequests(
    () => t,
    () => w,
  );
  const office = w.sessions.provinceOffice;
  const id = (await newSession()).json().id as string;
  const steps = [
    await post(office, `/api/v1/review-sessions/${id}/agenda`, { applicationIds: accepted.map((a) => a.id) }),
    await post(office, `/api/v1/review-sessions/${id}/seed`, { seed: 'FUZZ-2026-0001' }),
    await post(office, `/api/v1/review-sessions/${id}/draw`),
  ];
  for (const step of steps) if (step.statusCode !== 200) throw new Error(`review session: ${step.body}`);
  const detail = await requests.get(office, `/api/v1/review-sessions/${id}`);
  const member = (detail.json().seats as { expertId: string; role: string }[]).find(
    (s) => s.role === 'member',
  );
  const expert = await w.pool.find((e) => e.id === member!.expertId)!.session();

  const sessions: Map<Role, Session> = await sessionsOfEveryRole(t, w, {
    applicant: owner.session,
    employer: w.sessions.employer,
    hr: w.sessions.hr,
    'committee-office': office,
    expert,
  });
  const template = await t.app.inject({
    method: 'GET',
    url: '/api/v1/title-imports/template.xlsx',
    headers: authed(w.sessions.hr),
  });
  if (template.statusCode !== 200) throw new Error(`no import template: ${template.statusCode}`);
  const staffXlsx = await staffWorkbook([
    {
      name: '模糊测试',
      idNumber: makeIdNumber('1991-05-05'),
      phone: '13900001234',
      relation: '在编',
      startedOn: '2020-01-01',
    },
  ]);
  const files: SampleFiles = { xlsx: template.rawPayload, staffXlsx };
  return { sessions, files };
}

/** Ids of every table with a uuid `id`, a few per table, and the names records are known by. */
export async function existingRecords(
  t: TestApp,
  excludeUserIds: ReadonlySet<string>,
): Promise<ExistingRecords> {
  const db = t.database.db;
  const select = async <T>(query: SQL) => ((await db.execute(query)) as unknown as { rows: T[] }).rows;
  const tables = await select<{ table_name: string }>(sql`
    select table_name from information_schema.columns
    where table_schema = 'public' and column_name = 'id' and data_type = 'uuid'
    order by table_name`);
  const idsByTable = new Map<string, string[]>();
  for (const { table_name: table } of tables) {
    const rows = await select<{ id: string }>(
      sql`select id::text as id from ${sql.identifier(table)} order by id limit 8`,
    );
    // The fuzzing sessions' own accounts stay out of reach: disabling them would end the run's coverage.
    const ids = rows.map((r) => r.id).filter((id) => !excludeUserIds.has(id));
    if (ids.length > 0) idsByTable.set(table, ids);
  }
  // Their names stay out too: failed logins would lock them, and a lock ends their sessions.
  const users = (
    await select<{ id: string; username: string }>(
      sql`select id::text as id, username from users order by username`,
    )
  )
    .filter((u) => !excludeUserIds.has(u.id))
    .slice(0, 8);
  const numbers = await select<{ number: string }>(
    sql`select number from certificates order by number limit 8`,
  );
  const births = await select<{ birth_date: string }>(
    sql`select distinct birth_date::text as birth_date from persons order by 1 limit 8`,
  );
  const taken = await select<{ name: string; credit_code: string | null }>(sql`
    (select name, null as credit_code from committees order by name limit 4)
    union all (select name, credit_code from organisations order by name limit 4)`);
  return {
    takenNames: taken.map((r) => r.name),
    takenCreditCodes: taken.flatMap((r) => (r.credit_code ? [r.credit_code] : [])),
    idsByTable,
    usernames: users.map((r) => r.username),
    certificateNumbers: numbers.map((r) => r.number),
    birthDates: births.map((r) => r.birth_date),
  };
}
