import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Where attachment bytes live, outside the database rows. Content-addressed by SM3, so a
 * file stored twice is kept once and a stored file can be checked against its hash.
 */
export interface AttachmentStore {
  put(sm3: string, bytes: Buffer): Promise<void>;
  read(sm3: string): Promise<Buffer>;
}

const HASH = /^[0-9a-f]{64}$/;

/** Where the local-disk store keeps the file of `sm3`: `<root>/ab/cd/<hash>`. */
export function attachmentFileOf(root: string, sm3: string): string {
  if (!HASH.test(sm3)) throw new Error('附件标识不是SM3摘要');
  return path.join(root, sm3.slice(0, 2), sm3.slice(2, 4), sm3);
}

/**
 * The SM3 of every file stored under `root`, in a stable order (for backups). Anything else
 * there, such as the temporary file of a write that was interrupted, is not a stored file.
 */
export async function* storedAttachments(root: string): AsyncGenerator<string> {
  const sorted = async (dir: string) => {
    try {
      return (await fs.readdir(dir)).sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  };
  for (const first of await sorted(root)) {
    if (!/^[0-9a-f]{2}$/.test(first)) continue;
    for (const second of await sorted(path.join(root, first))) {
      if (!/^[0-9a-f]{2}$/.test(second)) continue;
      for (const name of await sorted(path.join(root, first, second)))
        if (HASH.test(name) && name.startsWith(first + second)) yield name;
    }
  }
}

/** The default adapter: files under a directory, `ab/cd/<hash>`. */
export function localDiskAttachmentStore(root: string): AttachmentStore {
  const fileOf = (sm3: string) => attachmentFileOf(root, sm3);
  /**
   * Hashes this process has seen stored (files are never deleted, so no need to look again),
   * forgotten by the hundred thousand so the memory stays small.
   */
  const stored = new Set<string>();
  const remember = (sm3: string) => {
    if (stored.size >= 100_000) stored.clear();
    stored.add(sm3);
  };
  return {
    async put(sm3, bytes) {
      if (stored.has(sm3)) return;
      const file = fileOf(sm3);
      try {
        await fs.access(file);
        remember(sm3);
        return; // same content already stored
      } catch {
        // not there yet
      }
      await fs.mkdir(path.dirname(file), { recursive: true });
      // Write then rename, so a reader never sees half a file.
      const temp = `${file}.${crypto.randomBytes(6).toString('hex')}.tmp`;
      await fs.writeFile(temp, bytes, { mode: 0o600 });
      await fs.rename(temp, file);
      remember(sm3);
    },
    read(sm3) {
      return fs.readFile(fileOf(sm3));
    },
  };
}
