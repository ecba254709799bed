import { type ChildProcess, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileDigests } from '../../test/helpers/database-census';
import { MINIMAL_PDF } from '../../test/helpers/minimal-pdf';
import { dataDirOwner } from '../db/data-dir-lock';
import { localDiskAttachmentStore } from '../platform/attachment-store';
import { type AppConfig, loadConfig } from '../platform/config';
import { openAppContext, seedDemoIfFresh } from '../server/bootstrap';
import { installChineseZodMessages } from '../server/zod-messages';
import { type CliIo, exitCodeOf } from './cli-io';
import { auditCommand } from './commands/audit.command';
import { backupCommand, restoreCommand } from './commands/backup.command';

/**
 * `bin/zhiping backup` while a real server (its own process, as `npm start` runs it) holds the
 * embedded database: the server writes the archive through the operator API, the CLI keeps it
 * once it is complete, and it restores into a fresh directory with a sound audit chain.
 */
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const onPostgres = Boolean(process.env.DATABASE_URL);
let dir: string;
let source: AppConfig;
let server: ChildProcess | undefined;
let serverOutput = '';
const pdf = Buffer.concat([Buffer.from(MINIMAL_PDF), Buffer.from(`%${crypto.randomUUID()}\n`)]);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

type Command = (args: string[], io: CliIo, config: AppConfig) => Promise<number>;
async function run(command: Command, args: string[], config: AppConfig) {
  const out: string[] = [];
  const err: string[] = [];
  let code: number;
  try {
    code = await command(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, config);
  } catch (error) {
    err.push((error as Error).message);
    code = exitCodeOf(error);
  }
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  if (onPostgres) return;
  installChineseZodMessages();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiping-backup-beside-'));
  const dataDir = path.join(dir, 'data');
  source = {
    ...loadConfig({ NODE_ENV: 'test' }),
    dataDir,
    attachmentsDir: path.join(dataDir, 'attachments'),
  };
  // The demo's people and accounts, and a stored file, before the server takes the directory.
  const context = await openAppContext(source);
  try {
    await seedDemoIfFresh(context, source);
  } finally {
    await context.close();
  }
  await localDiskAttachmentStore(source.attachmentsDir).put(
    crypto.createHash('sm3').update(pdf).digest('hex'),
    pdf,
  );
  const port = await freePort();
  server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      ZHIPING_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'test',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk: Buffer) => {
    serverOutput += chunk.toString();
  });
  server.stderr?.on('data', (chunk: Buffer) => {
    serverOutput += chunk.toString();
  });
  for (let i = 0; i < 600 && dataDirOwner(dataDir)?.port !== port; i++)
    await new Promise((r) => setTimeout(r, 100));
  if (dataDirOwner(dataDir)?.port !== port) throw new Error(`server did not start: ${serverOutput}`);
}, 120_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(onPostgres)('bin/zhiping backup beside a server holding the embedded database', () => {
  it('asks the server for the archive, keeps it once complete, and it restores with a sound chain', async () => {
    const archive = path.join(dir, 'running.tar.gz');
    const backedUp = await run(backupCommand, [archive], source);
    expect(backedUp.code, backedUp.err).toBe(0);
    expect(backedUp.out).toContain('由该服务生成备份');
    expect(backedUp.out).toMatch(/备份完成：.*张表共 \d+ 行，附件 1 个/);
    expect(fs.readdirSync(dir).filter((n) => n.includes('.partial-'))).toEqual([]);
    expect((await run(backupCommand, [archive], source)).code).toBe(2);

    const target = {
      ...source,
      dataDir: path.join(dir, 'restored'),
      attachmentsDir: path.join(dir, 'restored', 'attachments'),
    };
    const restored = await run(restoreCommand, [archive], target);
    expect(restored.code, restored.err).toBe(0);
    expect(restored.out).toContain('与备份清单一致');
    expect(fileDigests(target.attachmentsDir)).toEqual(fileDigests(source.attachmentsDir));
    const verified = await run(auditCommand, ['verify'], target);
    expect(verified.code, verified.err).toBe(0);
    expect(verified.out).toContain('审计链完整');
    // The server's directory is its own still: nothing of the restore went there.
    expect(dataDirOwner(source.dataDir)?.pid).toBe(server!.pid);
  }, 120_000);
});
