import { type ChildProcess, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import autocannon from 'autocannon';
import { openDatabase } from '../src/db/client';
import { ownChild, ownTempDir } from './owned-processes';
import { throwawayPostgres } from './throwaway-postgres';
import { fixtureNumber, seedCertificates } from './verify-fixtures';

const CERTIFICATES = Number(process.env.VERIFY_BENCH_CERTIFICATES ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;
const WARM_UP_SECONDS = 3;
/** Numbers the load asks for: drawn uniformly from the whole ledger, fixed before the run. */
const SAMPLE = Number(process.env.VERIFY_BENCH_SAMPLE ?? 200_000);

async function waitFor(url: string, child: ChildProcess) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error('服务进程已退出');
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('服务未在60秒内就绪');
}

/** Ten connections for SECONDS against `baseUrl`, each request a random number from the sample. */
async function load(baseUrl: string, numbers: readonly string[], seconds = SECONDS) {
  let next = 0;
  const result = await autocannon({
    url: baseUrl,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => ({
          ...request,
          path: `/api/v1/public/certificates/${numbers[next++ % numbers.length]}`,
        }),
      },
    ],
  });
  const ok = result['2xx'];
  const bad = result.non2xx + result.errors + result.timeouts;
  return { rps: ok / seconds, p99: result.latency.p99, p50: result.latency.p50, ok, bad };
}

export default async function verifyBench() {
  const pg = await throwawayPostgres();
  const stops: (() => Promise<void>)[] = [];
  const { dir: attachmentsDir, remove: removeAttachmentsDir } = ownTempDir('zhiping-verify-bench-');
  try {
    const database = await openDatabase({ kind: 'postgres', url: pg.url, poolSize: 2 });
    await database.migrate();
    await database.close();
    let t = Date.now();
    await seedCertificates(pg.url, CERTIFICATES);
    console.log(
      `证书台账：${CERTIFICATES.toLocaleString()} 张（COPY 写入 ${((Date.now() - t) / 1000).toFixed(1)} s）`,
    );
    const numbers = Array.from({ length: SAMPLE }, () => fixtureNumber(crypto.randomInt(CERTIFICATES)));

    const ourPort = 20000 + crypto.randomInt(20000);
    const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : [];
    const ours = spawn(process.execPath, [...profile, '--import', 'tsx', 'src/server/main.ts'], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: pg.url,
        PORT: String(ourPort),
        HOST: '127.0.0.1',
        ZHIPING_SECRET_KEY: crypto.randomBytes(32).toString('hex'),
        ZHIPING_ATTACHMENTS_DIR: attachmentsDir,
        // One load generator is one client: lift the per-client limit, keep the limiter running.
        ZHIPING_VERIFY_RATE_LIMIT: String(1_000_000_000),
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const stopOurs = ownChild(ours, '我们的服务');
    stops.push(stopOurs);
    // The server says when it holds the ledger in memory; the measured run starts after that.
    const loadedLine = new Promise<string>((resolve) => {
      let output = '';
      ours.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const line = output.split('\n').find((l) => l.startsWith('证书查验：'));
        if (line) resolve(line);
      });
    });
    const ourUrl = `http://127.0.0.1:${ourPort}`;
    await waitFor(`${ourUrl}/healthz`, ours);
    t = Date.now();
    console.log(`${await loadedLine}（启动后 ${((Date.now() - t) / 1000).toFixed(1)} s）`);
    const rss = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${ours.pid}/status`, 'utf8'))?.[1];
    if (rss) console.log(`服务进程内存（RSS）：${Math.round(Number(rss) / 1024)} MB`);
    // Every request must be a real answer from the ledger.
    const probe = await (await fetch(`${ourUrl}/api/v1/public/certificates/${numbers[0]}`)).json();
    if (probe.status !== 'valid') throw new Error(`查验结果不正确：${JSON.stringify(probe)}`);
    // Both servers get the same warm-up (JIT, connections) before the measured run.
    await load(ourUrl, numbers, WARM_UP_SECONDS);
    const mine = await load(ourUrl, numbers);
    await stopOurs();

    const basePort = ourPort + 1;
    const bare = spawn(process.execPath, ['--import', 'tsx', 'bench/constant-json-server.ts'], {
      env: { ...process.env, PORT: String(basePort) },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const stopBare = ownChild(bare, '基线服务');
    stops.push(stopBare);
    const bareUrl = `http://127.0.0.1:${basePort}`;
    await waitFor(`${bareUrl}/api/v1/public/certificates/x`, bare);
    await load(bareUrl, numbers, WARM_UP_SECONDS);
    const base = await load(bareUrl, numbers);
    await stopBare();

    console.log(
      `我们：${Math.round(mine.rps)} req/s，p50 ${mine.p50} ms，p99 ${mine.p99} ms，成功 ${mine.ok}，失败 ${mine.bad}`,
    );
    console.log(
      `基线（Fastify 常量 JSON）：${Math.round(base.rps)} req/s，p50 ${base.p50} ms，p99 ${base.p99} ms，失败 ${base.bad}`,
    );
    if (mine.bad > 0) console.log(`警告：${mine.bad} 个请求未成功`);
    console.log(
      `目标：比值 ≥ 0.5 且 p99 ≤ 5 ms —— ${mine.rps / base.rps >= 0.5 && mine.p99 <= 5 ? '达到' : '未达到'}`,
    );
    console.log(
      `verify: ratio ${(mine.rps / base.rps).toFixed(2)} (ours ${Math.round(mine.rps)} req/s, baseline ${Math.round(base.rps)} req/s)`,
    );
  } finally {
    for (const stop of stops) await stop();
    await pg.stop();
    await removeAttachmentsDir();
  }
}
