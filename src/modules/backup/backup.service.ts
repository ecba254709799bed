import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Writable } from 'node:stream';
import type { Db } from '../../db/client';
import {
  isPglite,
  pgliteDataDirOf,
  postgresDataFiles,
  withPgliteStandingStill,
} from '../../db/pglite-data-dir';
import {
  dumpPostgres,
  findPostgresTools,
  type PostgresTools,
  PostgresToolsError,
} from '../../db/postgres-tools';
import { countTableRows } from '../../db/table-census';
import { AppError } from '../../domain/errors';
import { attachmentFileOf, storedAttachments } from '../../platform/attachment-store';
import type { Clock } from '../../platform/clock';
import type { AppConfig } from '../../platform/config';
import { loadSecretKey } from '../../platform/secret-key';
import { TarWriter } from '../../platform/tar-archive';
import type { AuditLog } from '../audit';
import {
  ATTACHMENTS_PREFIX,
  type BackupManifest,
  keyFingerprint,
  MANIFEST_ENTRY,
  megabytes,
  PGLITE_PREFIX,
  POSTGRES_DUMP_ENTRY,
  type Progress,
  SECRET_KEY_ENTRY,
  TRAILER_ENTRY,
} from './backup-archive';
import { exportSnapshot, serverMajorVersion, serverVersion } from './database-server.repository';

export interface BackupSummary {
  database: 'pglite' | 'postgres';
  tables: number;
  rows: number;
  attachments: number;
  bytes: number;
}

type BackupConfig = Pick<
  AppConfig,
  'databaseUrl' | 'dataDir' | 'attachmentsDir' | 'secretKeyHex' | 'production'
>;

/** Prints a progress line at most every two seconds, and always the last one. */
function throttled(progress: Progress) {
  let last = 0;
  return (line: string, final = false) => {
    const now = Date.now();
    if (!final && now - last < 2000) return;
    last = now;
    progress(line);
  };
}

/**
 * Backups (`bin/zhiping backup`, `POST /api/v1/admin/backup`): one tar archive with the
 * database as of one moment and every attachment file (see backup-archive.ts for the layout).
 */
export function createBackupService(deps: { db: Db; config: BackupConfig; audit: AuditLog; clock: Clock }) {
  const { db, config, audit } = deps;

  function manifestOf(
    kind: BackupManifest['database']['kind'],
    serverVersion: string,
    dumpTool: string | null,
    tables: Record<string, number>,
    keyIncluded: boolean,
  ): BackupManifest {
    return {
      format: 'zhiping-backup',
      version: 1,
      createdAt: deps.clock.now().toISOString(),
      database: { kind, serverVersion, dumpTool },
      tables,
      secretKey: { fingerprint: keyFingerprint(loadSecretKey(config)), included: keyIncluded },
    };
  }

  /** The key file of a data directory without ZHIPING_SECRET_KEY: without it the data is unreadable. */
  function keyFile(): string | null {
    if (config.secretKeyHex) return null;
    const file = path.join(config.dataDir, 'secret.key');
    return fs.existsSync(file) ? file : null;
  }

  function announce(progress: Progress, tables: Record<string, number>) {
    const rows = Object.values(tables).reduce((a, b) => a + b, 0);
    progress(`数据库快照：${Object.keys(tables).length} 张表，共 ${rows} 行`);
  }

  /** The database as of one moment, in a work directory: what goes into the archive, and its census. */
  interface DatabasePart {
    tables: Record<string, number>;
    serverVersion: string;
    dumpTool: string | null;
    /** Archive entry name → file in the work directory, or null for a directory. */
    files: [string, string | null][];
  }

  /**
   * PGlite: the data files are copied to the work directory while the database stands still
   * (every query of the server waits meanwhile: about a second per 100 MB on a local disk), and
   * archived from there once it runs again, so a slow reader of the archive holds nothing up.
   */
  async function pglitePart(work: string, progress: Progress): Promise<DatabasePart> {
    return withPgliteStandingStill(db, async (tx, dataDir) => {
      const tables = await countTableRows(tx);
      announce(progress, tables);
      const version = await serverVersion(tx);
      const files: DatabasePart['files'] = [];
      const report = throttled(progress);
      let bytes = 0;
      let copied = 0;
      const entries = await postgresDataFiles(dataDir);
      const total = entries.filter((e) => !e.directory).length;
      for (const entry of entries) {
        const copy = path.join(work, 'pgdata', entry.path);
        files.push([`${PGLITE_PREFIX}${entry.path}`, entry.directory ? null : copy]);
        if (entry.directory) {
          await fs.promises.mkdir(copy, { recursive: true });
          continue;
        }
        await fs.promises.mkdir(path.dirname(copy), { recursive: true });
        await fs.promises.copyFile(path.join(dataDir, entry.path), copy);
        bytes += (await fs.promises.stat(copy)).size;
        copied += 1;
        report(`数据库文件：已复制 ${copied}/${total} 个（${megabytes(bytes)}）`, copied === total);
      }
      return { tables, serverVersion: version, dumpTool: null, files };
    });
  }

  /**
   * PostgreSQL: pg_dump from a snapshot exported by a read-only transaction that also counts the
   * rows, so the manifest's counts are exactly the dump's; the server keeps serving meanwhile.
   */
  async function postgresPart(
    work: string,
    progress: Progress,
    url: string,
    tools: PostgresTools,
  ): Promise<DatabasePart> {
    const dumpFile = path.join(work, 'zhiping.dump');
    return db.transaction(
      async (tx) => {
        const snapshot = await exportSnapshot(tx);
        const tables = await countTableRows(tx);
        announce(progress, tables);
        const server = await serverVersion(tx);
        const total = Object.keys(tables).length;
        let dumped = 0;
        const report = throttled(progress);
        await dumpPostgres(tools, url, {
          file: dumpFile,
          snapshot,
          onTable: () => {
            dumped += 1;
            report(`pg_dump：已导出 ${dumped}/${total} 张表`, dumped === total);
          },
        });
        progress(`数据库导出完成（${megabytes(fs.statSync(dumpFile).size)}）`);
        return {
          tables,
          serverVersion: server,
          dumpTool: tools.version,
          files: [[POSTGRES_DUMP_ENTRY, dumpFile]],
        };
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
  }

  /** Every stored attachment, after the database (see backup-archive.ts on why in this order). */
  async function writeAttachments(writer: TarWriter, progress: Progress) {
    const report = throttled(progress);
    let count = 0;
    let bytes = 0;
    for await (const sm3 of storedAttachments(config.attachmentsDir)) {
      bytes += await writer.addFile(
        `${ATTACHMENTS_PREFIX}${sm3.slice(0, 2)}/${sm3.slice(2, 4)}/${sm3}`,
        attachmentFileOf(config.attachmentsDir, sm3),
      );
      count += 1;
      report(`附件：已写入 ${count} 个（${megabytes(bytes)}）`);
    }
    progress(`附件：共 ${count} 个（${megabytes(bytes)}）`);
    return { attachments: count, attachmentBytes: bytes };
  }

  /**
   * What can make a backup impossible is found before anything is written (or audited): an
   * embedded database without a directory, PostgreSQL without its URL or without client tools
   * that can dump this server.
   */
  async function preflight(): Promise<
    { kind: 'pglite' } | { kind: 'postgres'; url: string; tools: PostgresTools }
  > {
    if (isPglite(db)) {
      pgliteDataDirOf(db);
      return { kind: 'pglite' };
    }
    if (!config.databaseUrl)
      throw new AppError('conflict', 'BACKUP_NO_DATABASE_URL', '未设置 DATABASE_URL，无法运行 pg_dump');
    const major = await serverMajorVersion(db);
    try {
      return {
        kind: 'postgres',
        url: config.databaseUrl,
        tools: findPostgresTools(major),
      };
    } catch (error) {
      if (error instanceof PostgresToolsError)
        throw new AppError('unprocessable', 'POSTGRES_TOOLS', error.message);
      throw error;
    }
  }

  return {
    /**
     * Checks that a backup can be made here, records it (who took a copy of everything: an
     * audited event of its own, before the snapshot, so the copy holds it too) and returns a
     * name for the archive and the function that writes it into `out` and ends it. A route so
     * answers a refusal before it starts sending the archive.
     */
    async prepare(options: { actorUserId: string | null }) {
      const target = await preflight();
      await db.transaction((tx) =>
        audit.record(tx, options.actorUserId, {
          action: 'system.backup',
          entityType: 'system',
          entityId: 'backup',
          data: { database: target.kind },
        }),
      );
      const writeTo = async (out: Writable, progress: Progress = () => {}): Promise<BackupSummary> => {
        const work = fs.mkdtempSync(path.join(os.tmpdir(), 'zhiping-backup-'));
        try {
          const part =
            target.kind === 'pglite'
              ? await pglitePart(work, progress)
              : await postgresPart(work, progress, target.url, target.tools);
          const key = keyFile();
          const manifest = manifestOf(target.kind, part.serverVersion, part.dumpTool, part.tables, !!key);
          const writer = new TarWriter(out);
          await writer.addBuffer(MANIFEST_ENTRY, Buffer.from(JSON.stringify(manifest, null, 2)));
          if (key) await writer.addFile(SECRET_KEY_ENTRY, key);
          for (const [name, file] of part.files)
            if (file === null) await writer.addDirectory(name);
            else await writer.addFile(name, file);
          // The copy of the database is no longer needed once archived: the disk it took is freed
          // before the attachments are read.
          fs.rmSync(work, { recursive: true, force: true });
          const trailer = await writeAttachments(writer, progress);
          await writer.addBuffer(TRAILER_ENTRY, Buffer.from(JSON.stringify(trailer)));
          await writer.finish();
          return {
            database: target.kind,
            tables: Object.keys(part.tables).length,
            rows: Object.values(part.tables).reduce((a, b) => a + b, 0),
            attachments: trailer.attachments,
            bytes: writer.bytes,
          };
        } finally {
          fs.rmSync(work, { recursive: true, force: true });
        }
      };
      const stamp = deps.clock.now().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
      return { fileName: `zhiping-backup-${stamp}.tar`, writeTo };
    },
  };
}

export type BackupService = ReturnType<typeof createBackupService>;
