import fs from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { AppError } from '../../domain/errors';
import { checkArchive } from '../../modules/backup/archive-reading';
import { megabytes } from '../../modules/backup/backup-archive';
import { restoreBackup } from '../../modules/backup/restore-backup';
import type { AppConfig } from '../../platform/config';
import { openAppContext } from '../../server/bootstrap';
import { type CliIo, parseArgs, UsageError } from '../cli-io';
import { localServer } from '../local-server';

/** `--force` is a flag (parseArgs reads `--name value` pairs). */
function splitForce(args: string[]): { rest: string[]; force: boolean } {
  return { rest: args.filter((a) => a !== '--force'), force: args.includes('--force') };
}

function onlyFile(args: string[], usage: string): string {
  const { positional, options } = parseArgs(args);
  if (positional.length !== 1 || options.size > 0) throw new UsageError(usage);
  return path.resolve(positional[0]!);
}

/**
 * Writes FILE under a temporary name through `write` and renames it when complete, so FILE is
 * never a partial archive; FILE.tar.gz / .tgz is gzip-compressed on the way (the database's
 * files shrink several times; attachments, mostly PDFs and images, hardly). Restore reads either.
 */
async function writeAtomically<T>(
  file: string,
  write: (out: Writable) => Promise<T>,
): Promise<{ partial: string; result: T }> {
  const partial = `${file}.partial-${process.pid}`;
  const out = fs.createWriteStream(partial, { mode: 0o600 });
  const gzip = /\.(tgz|gz)$/i.test(file) ? zlib.createGzip() : null;
  gzip?.pipe(out);
  const closed = new Promise<void>((resolve, reject) => out.once('close', resolve).once('error', reject));
  closed.catch(() => {}); // awaited below; a failure before that is reported by the writer
  try {
    const result = await write(gzip ?? out);
    await closed;
    return { partial, result };
  } catch (error) {
    gzip?.destroy();
    out.destroy();
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

/**
 * `backup FILE [--force]`: the database and every attachment into one tar archive. Beside a
 * server that holds the embedded database, that server writes it (the operator API) and the
 * archive is checked complete before it is kept; otherwise this process does, on PostgreSQL
 * while the server runs (pg_dump takes a snapshot).
 */
export async function backupCommand(args: string[], io: CliIo, config: AppConfig): Promise<number> {
  const { rest, force } = splitForce(args);
  const file = onlyFile(rest, '用法：zhiping backup 文件.tar [--force]');
  if (fs.existsSync(file) && !force)
    throw new AppError('conflict', 'BACKUP_FILE_EXISTS', `${file} 已存在：换一个文件名，或加 --force 覆盖`);
  const server = localServer(config);
  if (server) {
    io.out(`内嵌数据库由运行中的服务（进程 ${server.pid}）持有：由该服务生成备份…`);
    const { partial } = await writeAtomically(file, (out) =>
      pipeline(server.postForBytes('/api/v1/operator/backup'), out),
    );
    try {
      const { manifest, trailer } = await checkArchive(partial);
      fs.renameSync(partial, file);
      const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
      io.out(
        `备份完成：${file}（${megabytes(fs.statSync(file).size)}；${Object.keys(manifest.tables).length} 张表共 ${rows} 行，附件 ${trailer.attachments} 个）`,
      );
      return 0;
    } finally {
      fs.rmSync(partial, { force: true });
    }
  }
  if (!config.databaseUrl && !fs.existsSync(path.join(config.dataDir, 'PG_VERSION')))
    throw new AppError('invalid', 'BACKUP_NO_DATABASE', `数据目录 ${config.dataDir} 中没有数据库，无可备份`);
  const context = await openAppContext(config, undefined, { cacheCertificates: false });
  try {
    const backup = await context.services.backup.prepare({ actorUserId: null });
    const { partial, result: done } = await writeAtomically(file, (out) => backup.writeTo(out, io.out));
    fs.renameSync(partial, file);
    io.out(
      `备份完成：${file}（${megabytes(fs.statSync(file).size)}；${done.tables} 张表共 ${done.rows} 行，附件 ${done.attachments} 个）`,
    );
    return 0;
  } finally {
    await context.close();
  }
}

/**
 * `restore FILE [--force]`: into an empty data directory (PGlite, ZHIPING_DATA_DIR) or an empty
 * database (DATABASE_URL) and attachment directory; `--force` replaces non-empty ones, keeping
 * the old directories aside. The restored copy is checked against the archive's manifest.
 */
export async function restoreCommand(args: string[], io: CliIo, config: AppConfig): Promise<number> {
  const { rest, force } = splitForce(args);
  const file = onlyFile(rest, '用法：zhiping restore 文件.tar [--force]');
  const summary = await restoreBackup({ file, config, force, now: new Date(), progress: io.out });
  io.out(
    `恢复完成：${summary.database === 'pglite' ? `内嵌数据库 ${config.dataDir}` : 'PostgreSQL'}，附件目录 ${config.attachmentsDir}。` +
      '请运行 bin/zhiping audit verify 校验审计链，再启动服务',
  );
  return 0;
}
