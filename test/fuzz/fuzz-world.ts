import { type SQL, sql } from 'drizzle-orm';
import type { Role } from '../../src/domain/access/roles';
import { applicationRequests } from '../helpers/application-requests';
import { buildApplicationWorld, type Session } from '../helpers/application-world';
import { authed } from '../helpers/factories';
import { sessionsOfEveryRole } from '../helpers/role-sessions';
import type { TestApp } from '../helpers/test-app';
import type { ExistingRecords } from './field-hints';
import type { SampleFiles } from './request-arbitrary';

/**
 * What the fuzzer works on: the application world of the route tests with one application filed
 * and in its unit publicity, a session per role chosen inside that application's chain (so valid
 * requests reach the services, not only the access gate), and files to upload.
 */
export async function buildFuzzWorld(t: TestApp) {
  const w = await buildApplicationWorld(t);
  const requests = applicationRequests(() => t);
  const owner = await w.applicant(w.orgs.employer.id);
  const filed = await requests.file(owner.session);
  if (filed.statusCode !== 201) throw new Error(`filing failed: ${filed.statusCode} ${filed.body}`);
  await requests.act(w.sessions.employer, filed.json().id, { event: 'start-unit-publicity' });
  const sessions: Map<Role, Session> = await sessionsOfEveryRole(t, w, {
    applicant: owner.session,
    employer: w.sessions.employer,
    hr: w.sessions.hr,
    'committee-office': w.sessions.provinceOffice,
  });
  const template = await t.app.inject({
    method: 'GET',
    url: '/api/v1/title-imports/template.xlsx',
    headers: authed(w.sessions.hr),
  });
  if (template.statusCode !== 200) throw new Error(`no import template: ${template.statusCode}`);
  const files: SampleFiles = { xlsx: template.rawPayload };
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
  return {
    idsByTable,
    usernames: users.map((r) => r.username),
    certificateNumbers: numbers.map((r) => r.number),
  };
}
