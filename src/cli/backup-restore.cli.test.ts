import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileWithDocuments } from '../../test/helpers/application-requests';
import { STORY_CONFIG } from '../../test/helpers/application-world';
import { openInstallation, restoreTargets, sourceTestApp } from '../../test/helpers/backup-installations';
import { runCommand } from '../../test/helpers/cli-runs';
import { conferTitles } from '../../test/helpers/conferred-titles';
import { databaseCensus, fileDigests } from '../../test/helpers/database-census';
import { authed } from '../../test/helpers/factories';
import { MINIMAL_PDF } from '../../test/helpers/minimal-pdf';
import { buildReviewWorld, type ReviewWorld } from '../../test/helpers/review-world';
import type { TestApp } from '../../test/helpers/test-app';
import { persons } from '../db/schema';
import type { AppConfig } from '../platform/config';
import { createFieldCipher } from '../platform/crypto';
import { loadSecretKey } from '../platform/secret-key';
import { auditCommand } from './commands/audit.command';
import { backupCommand, restoreCommand } from './commands/backup.command';

/**
 * A whole installation backed up and restored, on the database this run uses (PGlite in a data
 * directory, or PostgreSQL when DATABASE_URL is set): applications with their files, a review
 * session to certificates, then the backup — from the running server (the admin route) and from
 * the CLI — restored into a fresh place, where every table holds the same rows, every sequence
 * stands where it stood, every attachment has its bytes, ID numbers decrypt and the audit chain
 * verifies.
 */
const onPostgres = Boolean(process.env.DATABASE_URL);
const key = crypto.randomBytes(32);
let dir: string;
let t: TestApp;
let w: ReviewWorld;
let source: AppConfig;
let certificates: string[];
const targets = restoreTargets(
  () => dir,
  () => source,
);

/** The restored copy against what the source held: rows, sequences, files, keys, the chain. */
async function expectSameAs(
  expected: Awaited<ReturnType<typeof databaseCensus>>,
  files: Record<string, string>,
  target: AppConfig,
) {
  const restored = await openInstallation(target);
  try {
    expect(await databaseCensus(restored.db)).toEqual(expected);
    // With the key the restored installation loads: on PGlite the backup's key file, restored with it.
    const cipher = createFieldCipher(loadSecretKey(target));
    const people = await restored.db.select().from(persons).where(eq(persons.name, '申报人备份'));
    expect(people).toHaveLength(1);
    expect(cipher.decrypt(people[0]!.idNumberCipher)).toMatch(/^\d{17}[\dX]$/);
  } finally {
    await restored.close();
  }
  expect(fileDigests(target.attachmentsDir)).toEqual(files);
  const verified = await runCommand(auditCommand, ['verify'], target);
  expect(verified.code, verified.err).toBe(0);
  expect(verified.out).toContain('审计链完整');
}

beforeAll(async () => {
  ({ dir, t } = await sourceTestApp('zhiping-backup-test-', key, {
    ...STORY_CONFIG,
    sessionIdleMinutes: 60 * 24 * 365,
  }));
  source = t.config;
  w = await buildReviewWorld(t, { experts: 30 });

  // An application filed with two files, one of its own bytes (attachments are stored by content).
  const { session, person } = await w.applicant(w.orgs.employer.id);
  await t.database.db.update(persons).set({ name: '申报人备份' }).where(eq(persons.id, person.id));
  const ownPdf = Buffer.concat([Buffer.from(MINIMAL_PDF), Buffer.from(`%${crypto.randomUUID()}\n`)]);
  await fileWithDocuments(t, session, [
    {
      name: 'education-certificate',
      fileName: '学位证书.pdf',
      contentType: 'application/pdf',
      bytes: ownPdf,
    },
    {
      name: 'title-certificate',
      fileName: '资格证.pdf',
      contentType: 'application/pdf',
      bytes: Buffer.from(MINIMAL_PDF),
    },
  ]);
  certificates = (await conferTitles(t, w, 2, '辽人社〔2026〕301号')).certificates;
  await t.services.sealAudit();
}, 300_000);

afterAll(async () => {
  await t?.close();
  await targets.dropAll();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe(`backup and restore (${onPostgres ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('a running server streams a backup to the administrator; restored into a fresh place, everything is there', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/backup',
      headers: authed(w.sessions.admin),
    });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-type']).toBe('application/x-tar');
    expect(response.headers['content-disposition']).toContain('zhiping-backup-');
    const archive = path.join(dir, 'route.tar');
    fs.writeFileSync(archive, response.rawPayload);
    // Nothing is written between the snapshot and now, so the source still is what was copied.
    const expected = await databaseCensus(t.database.db);
    const files = fileDigests(source.attachmentsDir);
    expect(expected.tables['public.certificates']!.rows).toBe(certificates.length);
    expect(certificates.length).toBeGreaterThan(0);
    expect(expected.tables['public.attachments']!.rows).toBe(2);
    expect(Object.keys(files)).toHaveLength(2);
    expect(expected.tables['public.audit_events']!.rows).toBeGreaterThan(50);

    const target = await targets.fresh('restored-from-route');
    const restored = await runCommand(restoreCommand, [archive], target);
    expect(restored.code, restored.err).toBe(0);
    expect(restored.out).toContain('与备份清单一致');
    expect(restored.out).toContain('2 个附件的SM3均相符');
    await expectSameAs(expected, files, target);
  }, 120_000);

  it('bin/zhiping backup (beside the server on PostgreSQL; once it stopped on PGlite) restores the same way', async () => {
    if (!onPostgres) {
      // The embedded database belongs to one process: the CLI backs it up once the server is gone.
      await t.close();
      t = undefined as unknown as TestApp;
    }
    const archive = path.join(dir, 'cli.tar.gz');
    const backedUp = await runCommand(backupCommand, [archive], source);
    expect(backedUp.code, backedUp.err).toBe(0);
    expect(backedUp.out).toMatch(/数据库快照：\d+ 张表/);
    expect(backedUp.out).toContain('附件：共 2 个');
    expect(backedUp.out).toContain('备份完成');
    expect(
      fs
        .readFileSync(archive)
        .subarray(0, 2)
        .equals(Buffer.from([0x1f, 0x8b])),
    ).toBe(true);
    const again = await runCommand(backupCommand, [archive], source);
    expect(again.code).toBe(2);
    expect(again.err).toContain('已存在');

    const sourceDb = t ? t.database : await openInstallation(source);
    const expected = await databaseCensus(sourceDb.db);
    if (!t) await sourceDb.close();
    const files = fileDigests(source.attachmentsDir);

    const target = await targets.fresh('restored-from-cli');
    const restored = await runCommand(restoreCommand, [archive], target);
    expect(restored.code, restored.err).toBe(0);
    await expectSameAs(expected, files, target);
  }, 120_000);
});
