import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../test/helpers/cli-runs';
import { drawDemoSession } from '../../test/helpers/demo-session';
import { makeIdNumber } from '../../test/helpers/factories';
import { serverHoldingDataDir, stopServerProcess } from '../../test/helpers/server-process';
import { intermediateEngineerRow } from '../../test/helpers/title-records';
import { dataDirOwner } from '../db/data-dir-lock';
import { deadlines } from '../db/schema';
import { TITLE_RECORD_COLUMNS } from '../domain/certificates/title-record';
import { type DeadlineKind, MAX_DEADLINE_ATTEMPTS } from '../domain/deadlines/deadline-kinds';
import { renderCertificatePdf } from '../modules/certificates/certificate-pdf';
import { createSigningKeys } from '../modules/certificates/signing-keys';
import { manualClock } from '../platform/clock';
import { loadConfig } from '../platform/config';
import { openAppContext, seedDemoIfFresh } from '../server/bootstrap';
import { installChineseZodMessages } from '../server/zod-messages';

/**
 * Every command that opens the database, run while a real server (its own process, as
 * `npm start` runs it) holds the embedded database in a temporary directory (CONTRACTS §5).
 */
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'zhiping');
const SIGNED_AT = new Date('2026-12-05T02:00:00.000Z');

let dir: string;
let dataDir: string;
let server: Awaited<ReturnType<typeof serverHoldingDataDir>>;
let sessionId: string;
let certificateFile: string;

/** The data the commands look at, written before the server takes the directory. */
async function prepare() {
  const config = loadConfig();
  const context = await openAppContext(config, manualClock(SIGNED_AT));
  try {
    await seedDemoIfFresh(context, config);
    sessionId = await drawDemoSession(context);
    const keys = createSigningKeys({
      db: context.database.db,
      clock: manualClock(SIGNED_AT),
      cipher: context.cipher,
    });
    certificateFile = path.join(dir, '证书.pdf');
    fs.writeFileSync(
      certificateFile,
      await renderCertificatePdf(
        {
          number: '210000202601200003457',
          holderName: '张三',
          holderIdNumberMasked: '210***********002X',
          titleName: '高级工程师',
          series: 'engineering',
          specialty: '通信工程',
          level: 'associate-senior',
          committeeName: '辽宁省工程技术高级职称评审委员会',
          announcementNumber: '辽人社〔2026〕3号',
          issuedOn: '2026-12-05',
          regionCode: '210000',
          issuerName: '辽宁省人力资源和社会保障厅',
        },
        { signer: await keys.activeSigner(), now: SIGNED_AT, baseUrl: 'https://zhiping.example.gov.cn' },
      ),
    );
    const row = (values: Partial<typeof deadlines.$inferInsert>) =>
      context.database.db.insert(deadlines).values({
        kind: 'result-publicity-end',
        dueOn: '2026-11-20',
        subjectId: '00000000-0000-4000-8000-000000000001',
        createdAt: SIGNED_AT,
        ...values,
      });
    // Given up before the server started, and one the server's first sweep gives up (a kind an older version wrote).
    await row({
      data: { number: '2026210000900000' },
      attempts: MAX_DEADLINE_ATTEMPTS,
      lastError: '短信网关不可用',
      failedAt: SIGNED_AT,
    });
    await row({
      kind: 'retired-kind' as DeadlineKind,
      subjectId: '00000000-0000-4000-8000-000000000002',
      attempts: MAX_DEADLINE_ATTEMPTS - 1,
    });
    await row({
      kind: 'session-filing-due',
      dueOn: '2027-06-30',
      subjectId: sessionId,
      data: { name: '备案测试' },
    });
  } finally {
    await context.close();
  }
}

beforeAll(async () => {
  installChineseZodMessages();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiping-beside-'));
  dataDir = path.join(dir, 'data');
  process.env.ZHIPING_DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
  await prepare();
  server = await serverHoldingDataDir(dataDir, 120);
}, 240_000);

afterAll(async () => {
  await stopServerProcess(server);
  fs.rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe('bin/zhiping beside a server that holds the embedded database', () => {
  it('finds the server through the lock file, readable by its owner only, with a token only the operator API takes', async () => {
    const lock = path.join(dataDir, 'zhiping.lock.json');
    expect(fs.statSync(lock).mode & 0o777).toBe(0o600);
    const owner = dataDirOwner(dataDir)!;
    expect(owner).toMatchObject({ pid: server.child.pid, port: server.port });
    expect(owner.operatorToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const status = (token?: string) =>
      fetch(`http://127.0.0.1:${server.port}/api/v1/operator/status`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      }).then((r) => r.status);
    expect(await status()).toBe(401);
    expect(await status('not-the-token')).toBe(401);
    expect(await status(owner.operatorToken)).toBe(200);
    expect(server.output()).not.toContain(owner.operatorToken!);
  });

  it('replays a draw from the server’s snapshot', async () => {
    const replay = await cli('review', 'replay-draw', sessionId);
    expect(replay.code, replay.err).toBe(0);
    expect(replay.out).toContain('种子：demo-2026-ln-telecom');
    expect(replay.out).toContain('复现结果与会议专家组一致');
    expect(replay.out.split('\n').filter((l) => l.includes('委员'))).toHaveLength(11);
    const json = JSON.parse((await cli('review', 'replay-draw', sessionId, '--json')).out);
    expect(json).toMatchObject({ sessionId, matches: true, drawn: true, problems: [] });
    const unknown = await cli('review', 'replay-draw', '00000000-0000-4000-8000-000000000000');
    expect(unknown).toMatchObject({ code: 2, err: '评审会议不存在' });
    expect((await cli('review', 'replay-draw', 'not-a-session')).code).toBe(2);
  });

  it('verifies the audit chain and the fixed results', async () => {
    const { code, out, err } = await cli('audit', 'verify');
    expect(code, err).toBe(0);
    expect(out).toMatch(/^审计链完整：共 \d+ 条记录，校验通过/);
  });

  it('lists failed deadlines with their errors, sweeps, and lists the pending ones too', async () => {
    // The server swept at start: the row of an unknown kind used its last attempt there.
    let failed = await cli('deadlines', 'list', '--failed', '--json');
    for (let i = 0; JSON.parse(failed.out).length < 2 && i < 100; i++) {
      await new Promise((r) => setTimeout(r, 100));
      failed = await cli('deadlines', 'list', '--failed', '--json');
    }
    const rows = JSON.parse(failed.out);
    expect(rows.map((r: { lastError: string }) => r.lastError).sort()).toEqual([
      '未知的期限类型「retired-kind」',
      '短信网关不可用',
    ]);
    const table = await cli('deadlines', 'list', '--failed');
    expect(table.code).toBe(0);
    expect(table.out).toContain(
      '评审结果公示期满（result-publicity-end）\t2026-11-20\t申报 2026210000900000',
    );
    expect(table.out).toContain(`\t${MAX_DEADLINE_ATTEMPTS}\t短信网关不可用`);
    expect(table.out).toContain('共 2 件');

    const swept = await cli('deadlines', 'sweep');
    expect(swept.code, swept.err).toBe(0);
    expect(swept.out).toContain('已处理到期事项 0 件');
    expect(swept.out).toContain('已失败待人工处理 2 件');
    expect(swept.out).toContain('尚未到期 1 件');
    const open = await cli('deadlines', 'list');
    expect(open.out).toContain('评审结果备案期限（session-filing-due）\t2027-06-30\t备案测试');
    expect(open.out).toContain('共 3 件');
    expect((await cli('deadlines', 'list', '--frobnicate')).code).toBe(2);
  });

  it('verifies a certificate with the keys the server publishes', async () => {
    const { code, out } = await cli('certificate', 'verify', certificateFile);
    expect(code).toBe(0);
    expect(out).toContain('验证通过');
  });

  it('says the database is migrated and seeded, as the server did at start', async () => {
    const migrate = await cli('db', 'migrate');
    expect(migrate.code, migrate.err).toBe(0);
    expect(migrate.out).toContain('启动时已执行');
    expect(await cli('db', 'seed')).toMatchObject({ code: 0, out: '数据库中已有用户，未载入演示数据' });
  });

  it('imports title records through the server, with the same summary, problems and report', async () => {
    const file = path.join(dir, 'titles.csv');
    const record = (idNumber: string) => intermediateEngineerRow(idNumber).join(',');
    const good = makeIdNumber('1980-08-08');
    fs.writeFileSync(
      file,
      [TITLE_RECORD_COLUMNS.join(','), record(good), record(good.slice(0, 17))].join('\n'),
    );
    const report = path.join(dir, 'errors.csv');
    const run = await cli('import', 'titles', file, '--region', '210300', '--errors', report);
    expect(run.code, run.err).toBe(1);
    expect(run.out).toContain('共2行：新导入1，已存在0，有误1');
    expect(run.out).toContain('第3行 身份证号码：身份证号码长度应为18位');
    expect(run.err).toContain('导入进度 100%（2/2行）');
    expect(fs.readFileSync(report, 'utf8')).toContain('身份证号码长度应为18位');
    const again = await cli('import', 'titles', file, '--region', '210300');
    expect(again.out).toContain('新导入0，已存在1，有误1');
    const wrongHeader = path.join(dir, 'wrong.csv');
    fs.writeFileSync(wrongHeader, '姓名,电话\n李明,13900000000\n');
    const refused = await cli('import', 'titles', wrongHeader, '--region', '210300');
    expect(refused.code).toBe(2);
    expect(refused.err).not.toBe('');
  });

  it('works as an executable that exits when done', async () => {
    const { stdout } = await promisify(execFile)(BIN, ['audit', 'verify'], {
      env: { ...process.env, ZHIPING_DATA_DIR: dataDir },
    });
    expect(stdout).toContain('校验通过');
  });

  it('opens the database itself once the server has stopped, with the same answers', async () => {
    const besideServer = (await cli('deadlines', 'list', '--json')).out;
    await stopServerProcess(server);
    expect(dataDirOwner(dataDir)).toBeNull();
    expect((await cli('deadlines', 'list', '--json')).out).toBe(besideServer);
    expect((await cli('review', 'replay-draw', sessionId)).out).toContain('复现结果与会议专家组一致');
  }, 60_000);
});
