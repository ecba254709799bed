import { z } from 'zod';
import { sm3Hex } from '../../platform/crypto';

/**
 * What a backup archive holds, in this order:
 *
 *   zhiping-backup.json        the manifest: database kind and version, rows per table, key fingerprint
 *   secret.key                 the master key file, only when the data directory had one (no ZHIPING_SECRET_KEY)
 *   database/pgdata/…          PGlite: the PostgreSQL files of the data directory
 *   database/zhiping.dump      PostgreSQL: pg_dump in custom format
 *   attachments/ab/cd/<sm3>    every stored attachment, named by its SM3
 *   zhiping-backup.end.json    the trailer: how many attachments; an archive without it is incomplete
 *
 * The database comes before the attachments: files are stored before the rows that name them and
 * are never deleted, so every attachment a dumped row names is on disk when the files are copied.
 */
export const MANIFEST_ENTRY = 'zhiping-backup.json';
export const TRAILER_ENTRY = 'zhiping-backup.end.json';
export const SECRET_KEY_ENTRY = 'secret.key';
export const PGLITE_PREFIX = 'database/pgdata/';
export const POSTGRES_DUMP_ENTRY = 'database/zhiping.dump';
export const ATTACHMENTS_PREFIX = 'attachments/';

export const backupManifest = z.object({
  format: z.literal('zhiping-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  database: z.object({
    kind: z.enum(['pglite', 'postgres']),
    /** `server_version` of the database backed up. */
    serverVersion: z.string(),
    /** `pg_dump --version` for PostgreSQL; restoring needs pg_restore at least as new. */
    dumpTool: z.string().nullable(),
  }),
  /** Rows per table (`schema.table`) in the snapshot the dump was taken from. */
  tables: z.record(z.string(), z.number().int().nonnegative()),
  secretKey: z.object({ fingerprint: z.string(), included: z.boolean() }),
});
export type BackupManifest = z.infer<typeof backupManifest>;

export const backupTrailer = z.object({
  attachments: z.number().int().nonnegative(),
  attachmentBytes: z.number().int().nonnegative(),
});
export type BackupTrailer = z.infer<typeof backupTrailer>;

/**
 * A short fingerprint of the master key: enough to tell whether a restore runs with the key the
 * data was encrypted with, useless for finding the key (SM3 of it under a label of its own).
 */
export function keyFingerprint(key: Buffer): string {
  return sm3Hex(Buffer.concat([Buffer.from('zhiping backup key fingerprint\0'), key])).slice(0, 16);
}

const ATTACHMENT_NAME = /^attachments\/([0-9a-f]{2})\/([0-9a-f]{2})\/([0-9a-f]{64})$/;

/** The SM3 an attachment entry is named by, or null when the name is not one. */
export function attachmentHashOf(name: string): string | null {
  const match = ATTACHMENT_NAME.exec(name);
  if (!match || !match[3]!.startsWith(match[1]! + match[2]!)) return null;
  return match[3]!;
}

/**
 * The data-directory path of a PGlite entry, refused when it could leave the directory (an
 * archive is input: `..` or an absolute path must not write elsewhere).
 */
export function pgliteRelativePathOf(name: string): string | null {
  if (!name.startsWith(PGLITE_PREFIX)) return null;
  const relative = name.slice(PGLITE_PREFIX.length);
  const parts = relative.split('/');
  if (relative === '' || parts.some((p) => p === '' || p === '.' || p === '..' || p.includes('\\')))
    return null;
  return relative;
}

/** Where a long backup or restore reports how far it got (rows, files, megabytes), line by line. */
export type Progress = (line: string) => void;

/** Megabytes with one decimal, for progress lines. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
