import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../test/helpers/cli-runs';
import { fileDigests } from '../../test/helpers/database-census';
import { MINIMAL_PDF } from '../../test/helpers/minimal-pdf';
import { serverHoldingDataDir, stopServerProcess } from '../../test/helpers/server-process';
import { dataDirOwner } from '../db/data-dir-lock';
import { localDiskAttachmentStore } from '../platform/attachment-store';
import { type AppConfig, loadConfig } from '../platform/config';
import { openAppContext, seedDemoIfFresh } from '../server/bootstrap';
import { installChineseZodMessages } from '../server/zod-messages';
import { auditCommand } from './commands/audit.command';
import { backupCommand, restoreCommand } from './commands/backup.command';

/**
 * `bin/zhiping backup` while a real server (its own process, as `npm start` runs it) holds the
 * embedded database: the server writes the archive through the operator API, the CLI keeps it
 * once it is complete, and it restores into a fresh directory with a sound audit chain.
 */
const onPostgres = Boolean(process.env.DATABASE_URL);
let dir: string;
let source: AppConfig;
let server: Awaited<ReturnType<typeof serverHoldingDataDir>> | undefined;
const pdf = Buffer.concat([Buffer.from(MINIMAL_PDF), Buffer.from(`%${crypto.randomUUID()}\n`)]);

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
  server = await serverHoldingDataDir(dataDir, 60);
}, 120_000);

afterAll(async () => {
  await stopServerProcess(server);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(onPostgres)('bin/zhiping backup beside a server holding the embedded database', () => {
  it('asks the server for the archive, keeps it once complete, and it restores with a sound chain', async () => {
    const archive = path.join(dir, 'running.tar.gz');
    const backedUp = await runCommand(backupCommand, [archive], source);
    expect(backedUp.code, backedUp.err).toBe(0);
    expect(backedUp.out).toContain('由该服务生成备份');
    expect(backedUp.out).toMatch(/备份完成：.*张表共 \d+ 行，附件 1 个/);
    expect(fs.readdirSync(dir).filter((n) => n.includes('.partial-'))).toEqual([]);
    expect((await runCommand(backupCommand, [archive], source)).code).toBe(2);

    const target = {
      ...source,
      dataDir: path.join(dir, 'restored'),
      attachmentsDir: path.join(dir, 'restored', 'attachments'),
    };
    const restored = await runCommand(restoreCommand, [archive], target);
    expect(restored.code, restored.err).toBe(0);
    expect(restored.out).toContain('与备份清单一致');
    expect(fileDigests(target.attachmentsDir)).toEqual(fileDigests(source.attachmentsDir));
    const verified = await runCommand(auditCommand, ['verify'], target);
    expect(verified.code, verified.err).toBe(0);
    expect(verified.out).toContain('审计链完整');
    // The server's directory is its own still: nothing of the restore went there.
    expect(dataDirOwner(source.dataDir)?.pid).toBe(server!.child.pid);
  }, 120_000);
});
