import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { dataDirOwner } from '../../db/data-dir-lock';
import { AppError } from '../../domain/errors';
import { megabytes } from '../../modules/backup/backup-archive';
import { restoreBackup } from '../../modules/backup/restore-backup';
import type { AppConfig } from '../../platform/config';
import { openAppContext } from '../../server/bootstrap';
import { type CliIo, parseArgs, UsageError } from '../cli-io';

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
 * `backup FILE [--force]`: the database and every attachment into one tar archive. The archive
 * is written under a temporary name and renamed when complete, so FILE is never a partial one.
 * While a server holds the embedded database, that server makes the backup
 * (`POST /api/v1/admin/backup`); this command says so rather than open the directory twice.
 */
export async function backupCommand(args: string[], io: CliIo, config: AppConfig): Promise<number> {
  const { rest, force } = splitForce(args);
  const file = onlyFile(rest, '用法：zhiping backup 文件.tar [--force]');
  if (fs.existsSync(file) && !force)
    throw new AppError('conflict', 'BACKUP_FILE_EXISTS', `${file} 已存在：换一个文件名，或加 --force 覆盖`);
  if (!config.databaseUrl) {
    const owner = dataDirOwner(config.dataDir);
    if (owner)
      throw new AppError(
        'conflict',
        'BACKUP_SERVER_RUNNING',
        `内嵌数据库 ${config.dataDir} 正由进程 ${owner.pid}${owner.port ? `（端口 ${owner.port}）` : ''} 使用：` +
          `服务运行时请由系统管理员调用 POST /api/v1/admin/backup 下载备份（见 docs/OPERATIONS.md「备份与恢复」），或停止服务后再运行本命令`,
      );
    if (!fs.existsSync(path.join(config.dataDir, 'PG_VERSION')))
      throw new AppError(
        'invalid',
        'BACKUP_NO_DATABASE',
        `数据目录 ${config.dataDir} 中没有数据库，无可备份`,
      );
  }
  const context = await openAppContext(config, undefined, { cacheCertificates: false });
  const partial = `${file}.partial-${process.pid}`;
  const out = fs.createWriteStream(partial, { mode: 0o600 });
  // FILE.tar.gz / .tgz: gzip on the way (database files shrink several times; attachments, mostly
  // PDFs and images, hardly). Restore recognises either form.
  const gzip = /\.(tgz|gz)$/i.test(file) ? zlib.createGzip() : null;
  gzip?.pipe(out);
  const closed = new Promise<void>((resolve, reject) => out.once('close', resolve).once('error', reject));
  closed.catch(() => {}); // awaited below; a failure before that is reported by the writer
  try {
    const backup = await context.services.backup.prepare({ actorUserId: null });
    const summary = await backup.writeTo(gzip ?? out, io.out);
    await closed;
    fs.renameSync(partial, file);
    io.out(
      `备份完成：${file}（${megabytes(fs.statSync(file).size)}；${summary.tables} 张表共 ${summary.rows} 行，附件 ${summary.attachments} 个）`,
    );
    return 0;
  } finally {
    gzip?.destroy();
    out.destroy();
    fs.rmSync(partial, { force: true });
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
