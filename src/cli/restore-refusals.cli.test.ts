import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileWithDocuments } from '../../test/helpers/application-requests';
import { type ApplicationWorld, buildApplicationWorld } from '../../test/helpers/application-world';
import { openInstallation, restoreTargets, sourceTestApp } from '../../test/helpers/backup-installations';
import { runCommand } from '../../test/helpers/cli-runs';
import { databaseCensus, fileDigests } from '../../test/helpers/database-census';
import { authed, createUser, login } from '../../test/helpers/factories';
import { MINIMAL_PDF } from '../../test/helpers/minimal-pdf';
import { createTestApp, type TestApp } from '../../test/helpers/test-app';
import { openDatabase } from '../db/client';
import { dataTables } from '../db/table-census';
import type { AppConfig } from '../platform/config';
import { readTar, TarWriter } from '../platform/tar-archive';
import { backupCommand, restoreCommand } from './commands/backup.command';

/**
 * What restore refuses, and that a refused or failed restore leaves the target as it found it:
 * a non-empty target without --force, another master key, the other kind of database, an
 * archive cut short or with a damaged file, a directory a server holds; and on PostgreSQL, a
 * dump that fails half-way is rolled back whole.
 */
const onPostgres = Boolean(process.env.DATABASE_URL);
const key = crypto.randomBytes(32);
let dir: string;
let t: TestApp;
let w: ApplicationWorld;
let source: AppConfig;
let archive: string;
const targets = restoreTargets(
  () => dir,
  () => source,
);

/** What a target holds: its database's census (null when there is none) and its files. */
async function stateOf(config: AppConfig) {
  let census: Awaited<ReturnType<typeof databaseCensus>> | null = null;
  if (config.databaseUrl || fs.existsSync(path.join(config.dataDir, 'PG_VERSION'))) {
    const database = await openInstallation(config, 1);
    try {
      census = (await dataTables(database.db)).length > 0 ? await databaseCensus(database.db) : null;
    } finally {
      await database.close();
    }
  }
  return { census, files: fileDigests(config.attachmentsDir), siblings: fs.readdirSync(dir).sort() };
}

/** A copy of `from` with each entry's content passed through `change`. */
async function rewritten(from: string, name: string, change: (entry: string, content: Buffer) => Buffer) {
  const to = path.join(dir, name);
  const writer = new TarWriter(fs.createWriteStream(to));
  for await (const entry of readTar(fs.createReadStream(from))) {
    const pieces: Buffer[] = [];
    for await (const piece of entry.body()) pieces.push(piece);
    if (entry.kind === 'directory') await writer.addDirectory(entry.name);
    else await writer.addBuffer(entry.name, change(entry.name, Buffer.concat(pieces)));
  }
  await writer.finish();
  return to;
}

beforeAll(async () => {
  ({ dir, t } = await sourceTestApp('zhiping-restore-refusals-', key, { loginRateLimitPerMinute: 10_000 }));
  source = t.config;
  w = await buildApplicationWorld(t);
  const { session } = await w.applicant(w.orgs.employer.id);
  await fileWithDocuments(t, session, [
    {
      name: 'education-certificate',
      fileName: '学位证书.pdf',
      contentType: 'application/pdf',
      bytes: Buffer.from(MINIMAL_PDF),
    },
  ]);
  archive = path.join(dir, 'backup.tar');
  const backup = await t.services.backup.prepare({ actorUserId: null });
  await backup.writeTo(fs.createWriteStream(archive));
}, 120_000);

afterAll(async () => {
  await t?.close();
  await targets.dropAll();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe(`restore refuses, and leaves the target as it was (${onPostgres ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('goes only into an empty place; --force replaces a full one and keeps the old data aside', async () => {
    const target = await targets.fresh('full');
    expect((await runCommand(restoreCommand, [archive], target)).code).toBe(0);
    const restored = await stateOf(target);
    expect(restored.census!.tables['public.applications']!.rows).toBe(1);
    expect(Object.keys(restored.files)).toHaveLength(1);

    const refused = await runCommand(restoreCommand, [archive], target);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('不是空');
    expect(refused.err).toContain('--force');
    expect(await stateOf(target)).toEqual(restored);

    const forced = await runCommand(restoreCommand, [archive, '--force'], target);
    expect(forced.code, forced.err).toBe(0);
    expect(forced.out).toContain('原有数据已改名保留');
    const after = await stateOf(target);
    expect(after.census).toEqual(restored.census);
    expect(after.files).toEqual(restored.files);
    // Nothing was deleted: the replaced directory (the data directory, or on PostgreSQL the
    // attachments') is still there under another name, with its files.
    const replaced = onPostgres ? target.attachmentsDir : target.dataDir;
    const aside = fs
      .readdirSync(path.dirname(replaced))
      .filter((name) => name.startsWith(`${path.basename(replaced)}.before-restore-`));
    expect(aside).toHaveLength(1);
    expect(Object.values(fileDigests(path.join(path.dirname(replaced), aside[0]!)))).toEqual(
      expect.arrayContaining(Object.values(restored.files)),
    );
  }, 120_000);

  it('refuses another master key, and a backup of the other kind of database', async () => {
    const target = await targets.fresh('other-key');
    const before = await stateOf(target);
    const otherKey = await runCommand(restoreCommand, [archive], {
      ...target,
      secretKeyHex: crypto.randomBytes(32).toString('hex'),
    });
    expect(otherKey.code).toBe(2);
    expect(otherKey.err).toContain('主密钥不同');
    if (onPostgres) {
      const noKey = await runCommand(restoreCommand, [archive], { ...target, secretKeyHex: null });
      expect(noKey.code).toBe(2);
      expect(noKey.err).toContain('请设置同一个 ZHIPING_SECRET_KEY');
      const embedded = await runCommand(restoreCommand, [archive], { ...target, databaseUrl: null });
      expect(embedded.err).toContain('只能恢复到 PostgreSQL');
    } else {
      const sameKeyInEnv = { ...target, secretKeyHex: key.toString('hex') };
      const toPostgres = await runCommand(restoreCommand, [archive], {
        ...sameKeyInEnv,
        databaseUrl: 'postgres://nobody@127.0.0.1:1/none',
      });
      expect(toPostgres.err).toContain('只能恢复为内嵌数据库');
    }
    expect(await stateOf(target)).toEqual(before);
  });

  it('refuses an archive cut short or with a damaged file, having put nothing in place', async () => {
    const target = await targets.fresh('damaged');
    const before = await stateOf(target);
    const whole = fs.readFileSync(archive);
    for (const cut of [whole.length - 1024, Math.floor(whole.length / 2)]) {
      const truncated = path.join(dir, `cut-${cut}.tar`);
      fs.writeFileSync(truncated, whole.subarray(0, cut));
      const refused = await runCommand(restoreCommand, [truncated], target);
      expect(refused.code).toBe(2);
      expect(refused.err).toContain('不完整');
    }
    const damaged = await rewritten(archive, 'damaged.tar', (name, content) =>
      name.startsWith('attachments/') ? Buffer.concat([content, Buffer.from(' ')]) : content,
    );
    const refused = await runCommand(restoreCommand, [damaged], target);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('与其SM3摘要不符');
    const notBackup = path.join(dir, 'not-a-backup.tar');
    fs.writeFileSync(notBackup, 'hello');
    expect((await runCommand(restoreCommand, [notBackup], target)).code).toBe(2);
    const after = await stateOf(target);
    expect(after.census).toEqual(before.census);
    expect(after.files).toEqual(before.files);
    if (!onPostgres) expect(fs.existsSync(target.dataDir)).toBe(false);
    // No staging directory is left behind either.
    expect(fs.readdirSync(dir).filter((n) => n.includes('.restoring-'))).toEqual([]);
  });

  it.runIf(onPostgres)(
    'rolls back a restore whose script fails half-way, or whose dump is unreadable',
    async () => {
      // A database with no tables of ours, but a sequence the dump creates: the script fails there.
      const target = await targets.fresh('half-way');
      const database = await openDatabase({ kind: 'postgres', url: target.databaseUrl!, poolSize: 1 });
      await database.db.execute(sql`create sequence application_number_seq`);
      await database.close();
      const failed = await runCommand(restoreCommand, [archive], target);
      expect(failed.code).toBe(1);
      expect(failed.err).toContain('psql 失败');
      expect(failed.err).toContain('application_number_seq');
      const check = await openDatabase({ kind: 'postgres', url: target.databaseUrl!, poolSize: 1 });
      expect(await dataTables(check.db)).toEqual([]);
      await check.close();
      expect(fileDigests(target.attachmentsDir)).toEqual({});

      // With --force over a full database, an unreadable dump leaves the old data in place.
      const full = await targets.fresh('kept');
      expect((await runCommand(restoreCommand, [archive], full)).code).toBe(0);
      const before = await stateOf(full);
      const garbage = await rewritten(archive, 'garbage-dump.tar', (name, content) =>
        name === 'database/zhiping.dump' ? Buffer.from('not a dump') : content,
      );
      const unreadable = await runCommand(restoreCommand, [garbage, '--force'], full);
      expect(unreadable.code).toBe(1);
      expect(unreadable.err).toContain('pg_restore 失败');
      expect((await stateOf(full)).census).toEqual(before.census);
      expect((await stateOf(full)).files).toEqual(before.files);
    },
  );

  it.runIf(!onPostgres)(
    'restore refuses a directory a server holds, even forced; backup says when that server cannot be reached',
    async () => {
      // Another live process (this one's parent) holds the directory, on a port nobody serves.
      const held = await targets.fresh('held');
      fs.mkdirSync(held.dataDir, { recursive: true });
      fs.writeFileSync(path.join(held.dataDir, 'PG_VERSION'), '17\n');
      fs.writeFileSync(
        path.join(held.dataDir, 'zhiping.lock.json'),
        JSON.stringify({ pid: process.ppid, port: 1 }),
      );
      const restore = await runCommand(restoreCommand, [archive, '--force'], held);
      expect(restore.code).toBe(2);
      expect(restore.err).toContain('请先停止服务');
      const backup = await runCommand(backupCommand, [path.join(dir, 'held.tar')], held);
      expect(backup.code).toBe(1);
      expect(backup.err).toContain('无法连接其端口 1');
      expect(fs.existsSync(path.join(dir, 'held.tar'))).toBe(false);
      expect(fs.readdirSync(held.dataDir).sort()).toEqual(['PG_VERSION', 'zhiping.lock.json']);
    },
  );

  it.runIf(!onPostgres)('the admin route says so when the database is only in memory', async () => {
    const inMemory = await createTestApp({ loginRateLimitPerMinute: 10_000 });
    try {
      const as = async (role: 'admin' | 'employer') =>
        authed(
          await login(inMemory.app, (await createUser(inMemory.database.db, { roles: [role] })).username),
        );
      const response = await inMemory.app.inject({
        method: 'POST',
        url: '/api/v1/admin/backup',
        headers: await as('admin'),
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().error.message).toContain('只在内存中');
      const employer = await inMemory.app.inject({
        method: 'POST',
        url: '/api/v1/admin/backup',
        headers: await as('employer'),
      });
      expect(employer.statusCode).toBe(403);
    } finally {
      await inMemory.close();
    }
  });
});
