import crypto from 'node:crypto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { openDatabase } from '../src/db/client';
import { systemClock } from '../src/platform/clock';
import { loadConfig } from '../src/platform/config';
import { createFieldCipher } from '../src/platform/crypto';
import { createServices } from '../src/server/services';
import { writeTitleRecordsCsv } from './import-fixtures';
import { ownTempDir } from './owned-processes';
import { throwawayPostgres } from './throwaway-postgres';

const ROWS = Number(process.env.IMPORT_BENCH_ROWS ?? 1_000_000);
const REGION = '210000';

const seconds = (since: number) => (performance.now() - since) / 1000;

/**
 * `npm run bench -- import`: a CSV of IMPORT_BENCH_ROWS (default 1,000,000) valid title records
 * imported the way `zhiping import titles` does it — parse, full validation, SM4 encryption and
 * keyed hashes, numbering, COPY in batches — into PostgreSQL; the baseline is a raw COPY of
 * exactly the rows we wrote (exported with COPY TO) back into the emptied table with all its
 * indexes. Checks that every row landed once and that a re-run adds nothing. IMPORT_BENCH_TRACE=1
 * prints the time of each committed batch.
 */
export default async function importBench(): Promise<void> {
  const server = await throwawayPostgres();
  const { dir, remove: removeDir } = ownTempDir('zhiping-bench-import-');
  const database = await openDatabase({ kind: 'postgres', url: server.url, poolSize: 4 });
  const client = new pg.Client({ connectionString: server.url });
  try {
    await database.migrate();
    await client.connect();
    const count = async () =>
      Number((await client.query('select count(*) as n from certificates')).rows[0].n);

    const file = path.join(dir, 'titles.csv');
    let started = performance.now();
    const bytes = await writeTitleRecordsCsv(file, ROWS);
    console.log(
      `生成 ${ROWS} 行CSV（${(bytes / 1024 / 1024).toFixed(0)} MB，${seconds(started).toFixed(1)} 秒）`,
    );

    const services = createServices({
      db: database.db,
      clock: systemClock,
      config: { ...loadConfig({ NODE_ENV: 'test' }), logLevel: 'silent' },
      cipher: createFieldCipher(crypto.randomBytes(32)),
    });
    // Both sides start from a clean buffer cache state: nothing dirty left by the set-up.
    await client.query('checkpoint');
    started = performance.now();
    const job = await services.titleImports.runImport(
      { regionCode: REGION },
      { fileName: 'titles.csv', path: file },
      process.env.IMPORT_BENCH_TRACE
        ? { onProgress: (p) => console.log('  progress', p.processedRows, seconds(started).toFixed(2)) }
        : {},
    );
    const oursSeconds = seconds(started);
    const ours = ROWS / oursSeconds;
    const written = await count();
    console.log(
      `我们的导入：${oursSeconds.toFixed(1)} 秒，${Math.round(ours)} 行/秒（新导入 ${job.importedRows}，已存在 ${job.existingRows}，有误 ${job.failedRows}，状态 ${job.status}）`,
    );
    console.log(`核对：表中 ${written} 行 → ${written === ROWS ? '与文件行数一致' : '不一致！'}`);

    started = performance.now();
    const again = await services.titleImports.runImport(
      { regionCode: REGION },
      { fileName: 'titles.csv', path: file },
    );
    const afterRerun = await count();
    console.log(
      `重复导入：新导入 ${again.importedRows}，已存在 ${again.existingRows}（${seconds(started).toFixed(1)} 秒）→ 表中 ${afterRerun} 行，${again.importedRows === 0 && afterRerun === ROWS ? '未新增' : '有新增！'}`,
    );

    // The baseline writes exactly our rows, bytes for bytes, as COPY's own text.
    const exported: Buffer[] = [];
    await pipeline(
      client.query(copyTo('COPY certificates TO STDOUT')),
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          exported.push(chunk);
          done();
        },
      }),
    );
    await client.query('truncate certificates, certificate_events');
    await client.query('checkpoint');
    started = performance.now();
    await client.query('begin');
    await pipeline(Readable.from(exported), client.query(copyFrom('COPY certificates FROM STDIN')));
    await client.query('commit');
    const baselineSeconds = seconds(started);
    const baseline = ROWS / baselineSeconds;
    console.log(
      `基线（原始COPY同样的行到同一张表，含全部索引）：${baselineSeconds.toFixed(1)} 秒，${Math.round(baseline)} 行/秒`,
    );
    console.log(`核对：基线写入后表中 ${await count()} 行`);

    console.log(
      `import: ratio ${(ours / baseline).toFixed(2)} (ours ${Math.round(ours)} rows/s, baseline ${Math.round(baseline)} rows/s)`,
    );
    if (written !== ROWS || again.importedRows !== 0 || afterRerun !== ROWS || job.failedRows !== 0)
      process.exitCode = 1;
  } finally {
    await client.end().catch(() => {});
    await database.close();
    await server.stop();
    await removeDir();
  }
}
