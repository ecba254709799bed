import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { openDatabase } from '../../db/client';
import {
  findPostgresTools,
  type PostgresTools,
  PostgresToolsError,
  restorePostgres,
} from '../../db/postgres-tools';
import { countTableRows, dataTables } from '../../db/table-census';
import { AppError } from '../../domain/errors';
import type { AppConfig } from '../../platform/config';
import { readTar, type TarEntry, TarFormatError } from '../../platform/tar-archive';
import {
  archiveStream,
  entryAfterTrailer,
  invalid,
  readManifest,
  readSmall,
  readTrailer,
  trailerMissing,
} from './archive-reading';
import {
  attachmentHashOf,
  type BackupManifest,
  type BackupTrailer,
  megabytes,
  POSTGRES_DUMP_ENTRY,
  type Progress,
  pgliteRelativePathOf,
  SECRET_KEY_ENTRY,
  TRAILER_ENTRY,
} from './backup-archive';
import { serverMajorVersion } from './database-server.repository';
import {
  checkDirectoryTarget,
  checkKeyFileTarget,
  checkNotInUse,
  checkSecretKey,
  isInside,
  moveIntoPlace,
  placeKeyFile,
  stagingBeside,
} from './restore-target';

type RestoreConfig = Pick<AppConfig, 'databaseUrl' | 'dataDir' | 'attachmentsDir' | 'secretKeyHex'>;

export interface RestoreSummary {
  database: 'pglite' | 'postgres';
  tables: number;
  rows: number;
  attachments: number;
  /** Directories or files that were renamed aside (only with --force). */
  keptAside: string[];
}

/** Writes an entry's content to `file`, feeding each piece to `see` on the way (for its digest). */
async function extract(entry: TarEntry, file: string, see: (piece: Buffer) => void = () => {}) {
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  await pipeline(
    entry.body(),
    async function* (source: AsyncIterable<Buffer>) {
      for await (const piece of source) {
        see(piece);
        yield piece;
      }
    },
    fs.createWriteStream(file, { mode: 0o600 }),
  );
}

/** Rows per table after the restore against the manifest's; any difference is named. */
function compareCounts(expected: Record<string, number>, actual: Record<string, number>) {
  const names = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  const differences = names
    .filter((t) => expected[t] !== actual[t])
    .map((t) => `${t}：备份 ${expected[t] ?? '无此表'}，恢复后 ${actual[t] ?? '无此表'}`);
  if (differences.length > 0) throw new Error(`恢复后的数据与备份清单不一致：\n${differences.join('\n')}`);
}

/** Where each part of the archive goes while it is read; nothing is in place until all is read and checked. */
interface Staging {
  dataDir: string | null;
  attachmentsDir: string;
  /** The attachments staging lies inside the data staging (the default layout): it moves with it. */
  attachmentsInData: boolean;
  dumpFile: string | null;
  cleanup(): void;
}

function stage(kind: BackupManifest['database']['kind'], config: RestoreConfig): Staging {
  const created: string[] = [];
  const made = (dir: string) => {
    created.push(dir);
    return dir;
  };
  const cleanup = () => {
    for (const dir of created) fs.rmSync(dir, { recursive: true, force: true });
  };
  const dataDir = kind === 'pglite' ? made(stagingBeside(config.dataDir)) : null;
  const attachmentsInData = dataDir !== null && isInside(config.attachmentsDir, config.dataDir);
  const attachmentsDir = attachmentsInData
    ? path.join(dataDir!, path.relative(config.dataDir, config.attachmentsDir))
    : made(stagingBeside(config.attachmentsDir));
  const dumpFile =
    kind === 'postgres'
      ? path.join(made(fs.mkdtempSync(path.join(os.tmpdir(), 'zhiping-restore-'))), 'zhiping.dump')
      : null;
  return { dataDir, attachmentsDir, attachmentsInData, dumpFile, cleanup };
}

/**
 * `bin/zhiping restore FILE`: checks that the target is empty (or `force`), that the key will
 * read the data, then reads the whole archive into staging places — every attachment checked
 * against its SM3 — and only then puts the database in place (PGlite: the directory, opened and
 * counted first; PostgreSQL: pg_restore in one transaction) and checks its rows per table
 * against the manifest, then moves the attachments in.
 */
export async function restoreBackup(options: {
  file: string;
  config: RestoreConfig;
  force: boolean;
  now: Date;
  progress?: Progress;
}): Promise<RestoreSummary> {
  const { config, force } = options;
  const progress = options.progress ?? (() => {});
  if (!fs.existsSync(options.file)) throw invalid(`备份文件 ${options.file} 不存在`);
  const entries = readTar(archiveStream(options.file));
  let staging: Staging | null = null;
  try {
    const first = await entries.next();
    const manifest = await readManifest(first.done ? undefined : first.value, options.file);
    const kind = manifest.database.kind;
    const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
    progress(
      `备份：${kind === 'pglite' ? '内嵌数据库 PGlite' : 'PostgreSQL'} ${manifest.database.serverVersion}，${manifest.createdAt}，${Object.keys(manifest.tables).length} 张表共 ${rows} 行`,
    );
    const { writeKeyFile, tools } = await checkTarget(manifest, config, force, progress);

    staging = stage(kind, config);
    const read = await readRest(entries, manifest, staging, progress);
    const keptAside: string[] = [];
    const keep = (aside: string | null) => aside && keptAside.push(aside);

    if (kind === 'pglite') {
      if (writeKeyFile && read.keyFile)
        fs.writeFileSync(path.join(staging.dataDir!, 'secret.key'), read.keyFile, { mode: 0o600 });
      await checkPgliteCopy(staging.dataDir!, manifest);
      keep(moveIntoPlace(staging.dataDir!, config.dataDir, options.now));
    } else {
      await restoreIntoPostgres(config.databaseUrl!, tools!, staging.dumpFile!, manifest, force, progress);
      if (writeKeyFile && read.keyFile)
        keep(placeKeyFile(path.join(config.dataDir, 'secret.key'), read.keyFile, options.now));
    }
    if (!staging.attachmentsInData)
      keep(moveIntoPlace(staging.attachmentsDir, config.attachmentsDir, options.now));
    for (const aside of keptAside) progress(`原有数据已改名保留：${aside}`);
    progress(
      `核对完成：${Object.keys(manifest.tables).length} 张表共 ${rows} 行与备份清单一致，${read.trailer.attachments} 个附件的SM3均相符`,
    );
    return {
      database: kind,
      tables: Object.keys(manifest.tables).length,
      rows,
      attachments: read.trailer.attachments,
      keptAside,
    };
  } catch (error) {
    if (error instanceof TarFormatError) throw invalid(error.message);
    if (error instanceof PostgresToolsError)
      throw new AppError('unprocessable', 'POSTGRES_TOOLS', error.message);
    throw error;
  } finally {
    staging?.cleanup();
    await entries.return(undefined);
  }
}

/** Everything that makes the restore impossible, found before a byte is written. */
async function checkTarget(
  manifest: BackupManifest,
  config: RestoreConfig,
  force: boolean,
  progress: Progress,
) {
  const kind = manifest.database.kind;
  if (kind === 'pglite' && config.databaseUrl)
    throw new AppError(
      'conflict',
      'RESTORE_WRONG_DATABASE',
      '此备份来自内嵌数据库 PGlite，只能恢复为内嵌数据库：请不设置 DATABASE_URL，并用 ZHIPING_DATA_DIR 指定一个新目录',
    );
  if (kind === 'postgres' && !config.databaseUrl)
    throw new AppError(
      'conflict',
      'RESTORE_WRONG_DATABASE',
      '此备份来自 PostgreSQL，只能恢复到 PostgreSQL：请设置 DATABASE_URL 指向一个空数据库',
    );
  const key = checkSecretKey(manifest, config.secretKeyHex, force, progress);
  let tools: PostgresTools | null = null;
  if (kind === 'pglite') {
    checkNotInUse(config.dataDir);
    checkDirectoryTarget(config.dataDir, '数据目录', force);
  } else {
    const target = await openDatabase({ kind: 'postgres', url: config.databaseUrl!, poolSize: 1 });
    try {
      const tables = await dataTables(target.db);
      if (tables.length > 0 && !force)
        throw new AppError(
          'conflict',
          'RESTORE_TARGET_NOT_EMPTY',
          `目标数据库不是空的（已有 ${tables.length} 张表）：恢复只写入空数据库。确认要用备份替换其中的全部数据，请加 --force`,
        );
      // pg_restore must read the archive (as new as the pg_dump that wrote it) and talk to this server.
      const serverMajor = await serverMajorVersion(target.db);
      const dumpMajor = Number(/\(PostgreSQL\)\s+(\d+)/.exec(manifest.database.dumpTool ?? '')?.[1] ?? 0);
      tools = findPostgresTools(Math.max(serverMajor, dumpMajor));
    } finally {
      await target.close();
    }
    if (key.writeKeyFile) checkKeyFileTarget(path.join(config.dataDir, 'secret.key'), manifest, force);
  }
  if (!isInside(config.attachmentsDir, config.dataDir) || kind === 'postgres')
    checkDirectoryTarget(config.attachmentsDir, '附件目录', force);
  return { ...key, tools };
}

/** Reads every entry after the manifest into the staging places; refuses anything unexpected. */
async function readRest(
  entries: AsyncGenerator<TarEntry>,
  manifest: BackupManifest,
  staging: Staging,
  progress: Progress,
) {
  let keyFile: Buffer | null = null;
  let trailer: BackupTrailer | null = null;
  let databaseFiles = 0;
  let attachments = 0;
  let attachmentBytes = 0;
  let reported = 0;
  for await (const entry of entries) {
    if (trailer) throw entryAfterTrailer(entry.name);
    const sm3 = attachmentHashOf(entry.name);
    const pgliteFile = manifest.database.kind === 'pglite' ? pgliteRelativePathOf(entry.name) : null;
    if (entry.kind === 'directory') {
      if (pgliteFile) fs.mkdirSync(path.join(staging.dataDir!, pgliteFile), { recursive: true, mode: 0o700 });
      continue;
    }
    if (entry.name === SECRET_KEY_ENTRY) keyFile = await readSmall(entry, 1024);
    else if (pgliteFile) {
      await extract(entry, path.join(staging.dataDir!, pgliteFile));
      databaseFiles += 1;
    } else if (entry.name === POSTGRES_DUMP_ENTRY && staging.dumpFile) {
      await extract(entry, staging.dumpFile);
      progress(`已读出数据库导出文件（${megabytes(entry.size)}）`);
    } else if (sm3) {
      const hash = crypto.createHash('sm3');
      await extract(
        entry,
        path.join(staging.attachmentsDir, sm3.slice(0, 2), sm3.slice(2, 4), sm3),
        (piece) => hash.update(piece),
      );
      if (hash.digest('hex') !== sm3) throw invalid(`附件 ${sm3} 的内容与其SM3摘要不符：备份文件已损坏`);
      attachments += 1;
      attachmentBytes += entry.size;
      if (Date.now() - reported > 2000) {
        reported = Date.now();
        progress(`附件：已读出并校验 ${attachments} 个（${megabytes(attachmentBytes)}）`);
      }
    } else if (entry.name === TRAILER_ENTRY) trailer = await readTrailer(entry);
    else throw invalid(`备份文件中有无法识别的条目：${entry.name}`);
  }
  if (!trailer) throw trailerMissing();
  if (manifest.database.kind === 'pglite' && databaseFiles === 0) throw invalid('备份文件中没有数据库文件');
  if (manifest.database.kind === 'postgres' && !fs.existsSync(staging.dumpFile!))
    throw invalid(`备份文件中没有数据库导出文件 ${POSTGRES_DUMP_ENTRY}`);
  if (trailer.attachments !== attachments || trailer.attachmentBytes !== attachmentBytes)
    throw invalid(`备份文件不完整：应有 ${trailer.attachments} 个附件，读到 ${attachments} 个`);
  progress(`附件：${attachments} 个已读出，SM3 均相符（${megabytes(attachmentBytes)}）`);
  return { keyFile, trailer };
}

/** Opens the restored PGlite directory where it was staged and counts its rows. */
async function checkPgliteCopy(dataDir: string, manifest: BackupManifest) {
  let database: Awaited<ReturnType<typeof openDatabase>>;
  try {
    database = await openDatabase({ kind: 'pglite', dataDir });
  } catch (error) {
    throw new Error(
      `无法打开恢复的内嵌数据库（备份来自 PostgreSQL ${manifest.database.serverVersion}，可能与本程序的 PGlite 版本不同）：${(error as Error).message}`,
    );
  }
  try {
    compareCounts(manifest.tables, await countTableRows(database.db));
  } finally {
    await database.close();
  }
}

async function restoreIntoPostgres(
  url: string,
  tools: PostgresTools,
  dumpFile: string,
  manifest: BackupManifest,
  force: boolean,
  progress: Progress,
) {
  const target = await openDatabase({ kind: 'postgres', url, poolSize: 1 });
  try {
    const replace = force && (await dataTables(target.db)).length > 0;
    const total = Object.keys(manifest.tables).length;
    let restored = 0;
    let reported = 0;
    progress(`pg_restore → psql（一个事务）${replace ? '，先删除现有数据' : ''}…`);
    await restorePostgres(tools, url, {
      file: dumpFile,
      replace,
      onTable: () => {
        restored += 1;
        if (Date.now() - reported > 2000 || restored === total) {
          reported = Date.now();
          progress(`pg_restore：${restored}/${total} 张表`);
        }
      },
    });
    compareCounts(manifest.tables, await countTableRows(target.db));
  } finally {
    await target.close();
  }
}
