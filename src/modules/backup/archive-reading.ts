import fs from 'node:fs';
import zlib from 'node:zlib';
import { AppError } from '../../domain/errors';
import { readTar, type TarEntry, TarFormatError } from '../../platform/tar-archive';
import {
  attachmentHashOf,
  type BackupManifest,
  type BackupTrailer,
  backupManifest,
  backupTrailer,
  MANIFEST_ENTRY,
  TRAILER_ENTRY,
} from './backup-archive';

/** A backup archive that cannot be used: the operator's input, so a 4xx-kind error. */
export const invalid = (message: string) => new AppError('invalid', 'BACKUP_INVALID', message);

/** The archive's bytes: a `.tar.gz` (gzip's magic bytes) is unpacked on the way. */
export function archiveStream(file: string): AsyncIterable<Buffer> {
  const head = Buffer.alloc(2);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, 2, 0);
  } finally {
    fs.closeSync(fd);
  }
  const raw = fs.createReadStream(file);
  if (head[0] !== 0x1f || head[1] !== 0x8b) return raw;
  const gunzip = zlib.createGunzip();
  raw.on('error', (error) => gunzip.destroy(error));
  return raw.pipe(gunzip);
}

/** An entry's whole content, refused above `limit` bytes (the small entries: manifest, trailer, key). */
export async function readSmall(entry: TarEntry, limit: number): Promise<Buffer> {
  if (entry.size > limit) throw invalid(`备份条目 ${entry.name} 过大`);
  const pieces: Buffer[] = [];
  for await (const piece of entry.body()) pieces.push(piece);
  return Buffer.concat(pieces);
}

/** An entry's JSON, checked against `schema`. */
export async function readJson<T>(
  entry: TarEntry,
  schema: { safeParse(v: unknown): { success: boolean; data?: T } },
): Promise<T> {
  const text = (await readSmall(entry, 16 * 1024 * 1024)).toString('utf8');
  let parsed: { success: boolean; data?: T };
  try {
    parsed = schema.safeParse(JSON.parse(text));
  } catch {
    parsed = { success: false };
  }
  if (!parsed.success) throw invalid(`备份文件中的 ${entry.name} 无法识别（不是本系统的备份，或版本不同）`);
  return parsed.data as T;
}

/**
 * The manifest, which must be the archive's first entry: an archive that starts otherwise is not
 * one of ours. `file`, when given, names the archive in the refusal.
 */
export async function readManifest(first: TarEntry | undefined, file?: string): Promise<BackupManifest> {
  if (first?.name !== MANIFEST_ENTRY)
    throw invalid(`${file ? `${file} ` : ''}不是本系统的备份文件（开头没有 ${MANIFEST_ENTRY}）`);
  return readJson<BackupManifest>(first, backupManifest);
}

/** The trailer: written last, it says what a complete archive holds. */
export function readTrailer(entry: TarEntry): Promise<BackupTrailer> {
  return readJson<BackupTrailer>(entry, backupTrailer);
}

/** The refusals of an archive whose trailer is not last: an entry after it, or no trailer at all. */
export const entryAfterTrailer = (name: string) => invalid(`备份文件在结束标记之后还有条目 ${name}`);
export const trailerMissing = () => invalid(`备份文件不完整：缺少结束标记 ${TRAILER_ENTRY}`);

/**
 * Reads a whole archive without writing anything: it is one of ours, complete (the trailer is
 * there and last, with as many attachments as it says). For an archive that came over the
 * network, before it is kept as a backup.
 */
export async function checkArchive(
  file: string,
): Promise<{ manifest: BackupManifest; trailer: BackupTrailer }> {
  let manifest: BackupManifest | null = null;
  let trailer: BackupTrailer | null = null;
  let attachments = 0;
  try {
    for await (const entry of readTar(archiveStream(file))) {
      if (trailer) throw entryAfterTrailer(entry.name);
      if (!manifest) manifest = await readManifest(entry);
      else if (entry.name === TRAILER_ENTRY) trailer = await readTrailer(entry);
      else if (attachmentHashOf(entry.name)) attachments += 1;
    }
  } catch (error) {
    if (error instanceof TarFormatError) throw invalid(error.message);
    throw error;
  }
  if (!manifest || !trailer) throw trailerMissing();
  if (trailer.attachments !== attachments)
    throw invalid(`备份文件不完整：应有 ${trailer.attachments} 个附件，读到 ${attachments} 个`);
  return { manifest, trailer };
}
