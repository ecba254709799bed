import { type ChildProcess, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/client';
import { MINIMAL_PDF } from '../test/helpers/minimal-pdf';
import { multipartBody } from '../test/helpers/multipart';
import { KeepAliveConnection } from './keep-alive-client';
import { ownChild, ownTempDir, stopChild } from './owned-processes';
import { cpuSeconds } from './process-cpu';
import { type BenchApplicant, benchApplicants } from './submission-fixtures';
import { throwawayPostgres } from './throwaway-postgres';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 90_000);
/** Share of submissions a client sends twice with the same key, as a retry after a lost response would. */
const RETRY_SHARE = 0.05;
const POOL_SIZE = 10;
/**
 * Server processes (ZHIPING_WORKERS), sharing POOL_SIZE connections for the requests; beside
 * them the supervising process runs the background jobs (the audit sealer) on its own two.
 * One worker by default: on this two-core machine the load generator and PostgreSQL take the
 * other core, and two workers measured no faster (BENCH_WORKERS=2 to compare).
 */
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);

/** A real one-page PDF (~300 bytes): the "small attachment". */
const PDF = Buffer.from(MINIMAL_PDF);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function waitForHealth(baseUrl: string, child: ChildProcess) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error('服务进程已退出');
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('服务未在60秒内就绪');
}

/** The server as `npm start` runs it against PostgreSQL, in its own process (its own core). */
function startServer(url: string, port: number, secret: string, attachmentsDir: string) {
  return spawn(
    process.execPath,
    [
      ...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []),
      ...(process.env.BENCH_NODE_FLAGS ? process.env.BENCH_NODE_FLAGS.split(' ') : []),
      '--import',
      'tsx',
      'src/server/main.ts',
    ],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: url,
        PORT: String(port),
        HOST: '127.0.0.1',
        ZHIPING_SECRET_KEY: secret,
        ZHIPING_ATTACHMENTS_DIR: attachmentsDir,
        ZHIPING_WORKERS: String(WORKERS),
        ZHIPING_DB_POOL: String(POOL_SIZE),
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

/** CPU seconds used so far by each named party; null where it cannot be read. */
type CpuReading = Record<string, number | null>;

/** The cores each party used between two readings `seconds` apart, as one line. */
function coresUsed(before: CpuReading, after: CpuReading, seconds: number) {
  return Object.entries(after)
    .map(([who, used]) => {
      const was = before[who];
      return `${who} ${was == null || used === null ? '—' : ((used - was) / seconds).toFixed(2)}`;
    })
    .join('，');
}

/**
 * One filing as a client files in one step: a multipart request with the application's JSON
 * and its small PDF (a degree certificate), built once per person.
 */
function filingForm() {
  return multipartBody(
    [
      {
        name: 'application',
        value: JSON.stringify({
          target: { series: 'engineering', level: 'associate-senior', specialty: '通信工程' },
          personalCommitment: true,
        }),
      },
      { name: 'education-certificate', fileName: 'degree.pdf', contentType: 'application/pdf', bytes: PDF },
    ],
    'zhipingbenchboundary',
  );
}
const FORM = filingForm();

async function submitOne(connection: KeepAliveConnection, who: BenchApplicant) {
  const key = crypto.randomUUID();
  const headers = {
    cookie: who.cookie,
    'x-csrf-token': who.csrfToken,
    'idempotency-key': key,
    ...FORM.headers,
  };
  const post = () => connection.request('POST', '/api/v1/applications', headers, FORM.payload);
  const response = await post();
  if (response.status !== 201) throw new Error(`申报失败 ${response.status} ${response.body}`);
  const id = (JSON.parse(response.body) as { id: string }).id;
  if (Math.random() < RETRY_SHARE) {
    const retry = await post();
    const again = JSON.parse(retry.body) as { id: string };
    if (retry.status !== 200 || again.id !== id) throw new Error(`重试产生了不同结果 ${retry.status}`);
  }
  return { personId: who.personId, key, id };
}

/**
 * `npm run bench -- submission` (issue 4): 200 concurrent clients file applications, each
 * with a small PDF in the same request, against the server on PostgreSQL for 30 s; the baseline
 * is plain single-row inserts into a comparable table over a pool of the same size, in the
 * same run, on the same database once the server has stopped. Afterwards every acknowledged
 * submission must exist exactly once.
 */
export default async function submissionBench() {
  const pgServer = await throwawayPostgres();
  const secret = crypto.randomBytes(32).toString('hex');
  const { dir: attachmentsDir, remove: removeAttachmentsDir } = ownTempDir('zhiping-bench-files-');
  let database = await openDatabase({ kind: 'postgres', url: pgServer.url, poolSize: POOL_SIZE });
  let server: ChildProcess | null = null;
  try {
    await database.migrate();
    console.log(`准备 ${PEOPLE} 名申报人（账号、档案、会话）…`);
    const people = await benchApplicants(database.db, secret, PEOPLE);
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    server = startServer(pgServer.url, port, secret, attachmentsDir);
    ownChild(server, '我们的服务');
    await waitForHealth(`http://127.0.0.1:${port}`, server);
    const connections = Array.from({ length: CLIENTS }, () => new KeepAliveConnection('127.0.0.1', port));
    // Warm-up: the first requests compile routes and fill caches.
    for (const who of people.splice(0, 20)) await submitOne(connections[0]!, who);
    // The tables as on a database that has been running, as after any bulk load: vacuumed and
    // analysed. Autovacuum would do it only a minute or more later, in the middle of the run,
    // and until then the planner reads the fresh accounts and sessions, and the still empty
    // applications table, by sequential scans.
    await database.db.execute(sql`vacuum analyze`);
    // The connections that loaded the people go now, not in the middle of the run, where
    // their backends' exit would bring all the CPU they used to PostgreSQL's account.
    await database.close();
    database = await openDatabase({ kind: 'postgres', url: pgServer.url, poolSize: POOL_SIZE });

    console.log(`${CLIENTS} 个并发客户端提交 ${SECONDS} 秒…`);
    const acked: { personId: string; key: string; id: string }[] = [];
    const latencies: number[] = [];
    const errors: string[] = [];
    const serverPid = server.pid;
    /** CPU seconds used so far by the server, PostgreSQL and this load generator. */
    const cpuNow = (): CpuReading => {
      const own = process.cpuUsage();
      return {
        服务: serverPid ? cpuSeconds([serverPid]) : null,
        PostgreSQL: pgServer.pid ? cpuSeconds([pgServer.pid]) : null,
        压测客户端: (own.user + own.system) / 1e6,
      };
    };
    const cpuBefore = cpuNow();
    const started = performance.now();
    const end = started + SECONDS * 1000;
    await Promise.all(
      connections.map(async (connection) => {
        while (performance.now() < end) {
          const who = people.pop();
          if (!who) return;
          const t0 = performance.now();
          try {
            acked.push(await submitOne(connection, who));
            latencies.push(performance.now() - t0);
          } catch (error) {
            errors.push(String(error));
          }
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    const cpu = coresUsed(cpuBefore, cpuNow(), elapsed);
    for (const connection of connections) connection.close();
    const ours = acked.length / elapsed;
    latencies.sort((a, b) => a - b);

    // Every acknowledged submission exactly once; nothing else written.
    const count = async (query: ReturnType<typeof sql>) =>
      ((await database.db.execute(query)) as unknown as { rows: { n: number }[] }).rows[0]!.n;
    const ids = JSON.stringify(acked.map((a) => a.id));
    const found = await count(
      sql`select count(*)::int as n from applications where id in (select (jsonb_array_elements_text(${ids}::jsonb))::uuid)`,
    );
    const doubled = await count(
      sql`select count(*)::int as n from (select person_id from applications group by person_id, year having count(*) > 1) d`,
    );
    const total = await count(sql`select count(*)::int as n from applications`);

    // The baseline gets the database to itself, as quiet as ours found it: the server stopped
    // (its last audit seal done), the dirty pages written and the tables vacuumed, so that
    // neither a checkpoint nor autovacuum catching up on our rows runs inside its window.
    await stopChild(server);
    server = null;
    await database.db.execute(sql`checkpoint`);
    await database.db.execute(sql`vacuum analyze`);
    console.log('基线：同一连接池（同样大小）上的单行插入…');
    // A comparable table: applications' columns, defaults, constraints and indexes, without
    // its foreign keys (plain inserts name no real people or units).
    await database.db.execute(sql`create table bench_plain_applications (like applications including all)`);
    let inserts = 0;
    const baselineCpuBefore = cpuNow();
    const baselineStart = performance.now();
    const baselineEnd = baselineStart + SECONDS * 1000;
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, c) => {
        for (let i = 0; performance.now() < baselineEnd; i++) {
          await database.db.execute(sql`insert into bench_plain_applications
            (number, person_id, year, series, level, specialty, pathway, policy_set, employer_id, jurisdiction_code, state, eligibility, eligible, attachment_ids, idempotency_key)
            values (${`B${c}-${i}`}, gen_random_uuid(), 2026, 'engineering', 'associate-senior', '通信工程', 'regular', 'anshan-2023',
                    gen_random_uuid(), '210302', 'submitted', '{"eligible":true}'::jsonb, true, '[]'::jsonb, ${crypto.randomUUID()})`);
          inserts += 1;
        }
      }),
    );
    const baselineElapsed = (performance.now() - baselineStart) / 1000;
    const baseline = inserts / baselineElapsed;
    const baselineCpu = coresUsed(baselineCpuBefore, cpuNow(), baselineElapsed);

    console.log(
      `已确认 ${acked.length} 份申报（${elapsed.toFixed(1)} 秒，含重试 ${Math.round(RETRY_SHARE * 100)}%），出错 ${errors.length} 次${errors[0] ? `，例如：${errors[0].slice(0, 200)}` : ''}`,
    );
    console.log(
      `每份申报（申报连同附件，一次请求）延迟：p50 ${percentile(latencies, 50).toFixed(0)} ms，p99 ${percentile(latencies, 99).toFixed(0)} ms`,
    );
    console.log(`提交期间各方占用CPU（核，共 ${os.cpus().length} 核）：${cpu}`);
    console.log(`基线期间各方占用CPU（核）：${baselineCpu}（服务已停）`);
    console.log(
      `核对：已确认 ${acked.length}，库中找到 ${found}，库中共 ${total}（含预热20份），重复 ${doubled} → ${found === acked.length && doubled === 0 && total === acked.length + 20 ? '无丢失、无重复' : '不一致！'}`,
    );
    console.log(
      `submission: ratio ${(ours / baseline).toFixed(2)} (ours ${ours.toFixed(1)} submissions/s, baseline ${baseline.toFixed(1)} inserts/s)`,
    );
    if (found !== acked.length || doubled !== 0 || total !== acked.length + 20) process.exitCode = 1;
  } finally {
    if (server) await stopChild(server);
    await database.close();
    await pgServer.stop();
    await removeAttachmentsDir();
  }
}
