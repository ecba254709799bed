import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { dataDirOwner } from '../../db/data-dir-lock';
import { AppError } from '../../domain/errors';
import { type BackupManifest, keyFingerprint, type Progress } from './backup-archive';

/**
 * Where a restore may write, and how it replaces what is there. A restore goes into an empty
 * directory or database; with --force it replaces a non-empty one, but nothing is deleted: an
 * existing directory is renamed aside (`<dir>.before-restore-<time>`) and said so.
 */

/** Whether `dir` is absent or holds nothing. */
export function isEmptyDirectory(dir: string): boolean {
  try {
    return fs.readdirSync(dir).length === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
}

/** Whether `inner` lies inside `outer` (the default attachments directory lies in the data directory). */
export function isInside(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function refuse(code: string, message: string): never {
  throw new AppError('conflict', code, message);
}

/** Refuses a non-empty directory unless forced. */
export function checkDirectoryTarget(dir: string, label: string, force: boolean): void {
  if (force || isEmptyDirectory(dir)) return;
  refuse(
    'RESTORE_TARGET_NOT_EMPTY',
    `${label} ${dir} 不是空目录：恢复只写入新的空目录。确认要用备份替换其中的数据，请加 --force（原目录会改名保留，不会删除）`,
  );
}

/** Refuses a data directory a live process holds, forced or not: it would be replaced under it. */
export function checkNotInUse(dataDir: string): void {
  const owner = dataDirOwner(dataDir);
  if (owner)
    refuse(
      'RESTORE_TARGET_IN_USE',
      `数据目录 ${dataDir} 正被进程 ${owner.pid} 使用${owner.port ? `（服务端口 ${owner.port}）` : ''}：请先停止服务再恢复`,
    );
}

/**
 * Whether the restored data will be readable with the key this installation uses: a key given in
 * ZHIPING_SECRET_KEY must be the one of the backup; without it, the backup must carry its key
 * file. Returns whether to write the backup's key file. Unless forced, a mismatch is refused.
 */
export function checkSecretKey(
  manifest: BackupManifest,
  secretKeyHex: string | null,
  force: boolean,
  progress: Progress,
): { writeKeyFile: boolean } {
  const theirs = manifest.secretKey.fingerprint;
  const problem = (() => {
    if (secretKeyHex) {
      const ours = keyFingerprint(Buffer.from(secretKeyHex, 'hex'));
      return ours === theirs
        ? null
        : `当前 ZHIPING_SECRET_KEY 与备份时的主密钥不同（指纹 ${ours} ≠ ${theirs}），恢复后身份证号等加密数据将无法解密`;
    }
    if (manifest.secretKey.included) return null;
    return `备份时的主密钥来自 ZHIPING_SECRET_KEY（指纹 ${theirs}），备份中没有密钥文件：请设置同一个 ZHIPING_SECRET_KEY 后再恢复`;
  })();
  if (problem && !force) refuse('RESTORE_KEY_MISMATCH', `${problem}。确需继续请加 --force`);
  if (problem) progress(`警告：${problem}（已按 --force 继续）`);
  return { writeKeyFile: !secretKeyHex && manifest.secretKey.included };
}

/** A fresh sibling of `dir` to build the restored copy in: renaming it into place is then atomic. */
export function stagingBeside(dir: string): string {
  const staging = `${dir}.restoring-${crypto.randomBytes(4).toString('hex')}`;
  fs.mkdirSync(staging, { recursive: true, mode: 0o700 });
  return staging;
}

/**
 * Puts `staging` where `dir` is: an empty or absent `dir` is simply replaced; a non-empty one
 * (only with --force, checked before) is renamed aside first. Returns the name it was kept under.
 */
export function moveIntoPlace(staging: string, dir: string, now: Date): string | null {
  let aside: string | null = null;
  if (fs.existsSync(dir)) {
    if (isEmptyDirectory(dir)) fs.rmdirSync(dir);
    else {
      aside = `${dir}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
      fs.renameSync(dir, aside);
    }
  } else fs.mkdirSync(path.dirname(dir), { recursive: true });
  fs.renameSync(staging, dir);
  return aside;
}

/**
 * Refuses, unless forced, to put the backup's key file where a different key already is (the
 * key files are compared by fingerprint, before anything is restored).
 */
export function checkKeyFileTarget(file: string, manifest: BackupManifest, force: boolean): void {
  if (force || !fs.existsSync(file)) return;
  const existing = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
  if (keyFingerprint(existing) === manifest.secretKey.fingerprint) return;
  refuse(
    'RESTORE_KEY_FILE_EXISTS',
    `${file} 中已有另一个主密钥：恢复不会覆盖它。确认要换成备份中的密钥，请加 --force（原文件会改名保留）`,
  );
}

/**
 * Writes the backup's key file (as secret-key.ts reads it) as `file`; a different key already
 * there (only with --force, checked before) is kept aside. Returns the name it was kept under.
 */
export function placeKeyFile(file: string, keyFileContent: Buffer, now: Date): string | null {
  let aside: string | null = null;
  if (fs.existsSync(file)) {
    if (fs.readFileSync(file).equals(keyFileContent)) return null;
    aside = `${file}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    fs.renameSync(file, aside);
  } else fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, keyFileContent, { mode: 0o600 });
  return aside;
}
