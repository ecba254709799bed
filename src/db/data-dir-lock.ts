import fs from 'node:fs';
import path from 'node:path';

/**
 * PGlite is one process's database: two processes opening the same directory would
 * corrupt it. The owner writes a lock file with its pid (and, for a server, its port and
 * its local operator token, so the CLI can ask the running server instead).
 */
export interface DataDirOwner {
  pid: number;
  port: number | null;
  /** The server's local operator token (server/operator-token.ts); only a server that listens has one. */
  operatorToken?: string;
}

const LOCK_FILE = 'zhiping.lock.json';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Replaces the lock file in one step (a reader never sees half of it), readable and writable
 * by the owner only: it may carry the operator token.
 */
function writeLock(dataDir: string, owner: DataDirOwner): void {
  const file = path.join(dataDir, LOCK_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(owner), { mode: 0o600 });
  fs.chmodSync(temporary, 0o600);
  fs.renameSync(temporary, file);
}

/** The live process holding the directory, if any other than this one. */
export function dataDirOwner(dataDir: string): DataDirOwner | null {
  let text: string;
  try {
    text = fs.readFileSync(path.join(dataDir, LOCK_FILE), 'utf8');
  } catch (error) {
    // Someone else's lock file (mode 0600): its owner is another account, whose server this one may not use.
    if ((error as NodeJS.ErrnoException).code === 'EACCES')
      throw new Error(
        `无权读取数据目录 ${dataDir} 的锁文件 ${LOCK_FILE}：该目录由其他系统用户的进程使用，请以运行服务的用户执行`,
      );
    return null;
  }
  try {
    const owner = JSON.parse(text) as DataDirOwner;
    if (owner.pid === process.pid || !isAlive(owner.pid)) return null;
    return owner;
  } catch {
    return null;
  }
}

/** Takes the directory for this process; fails with a clear message when another holds it. */
export function lockDataDir(dataDir: string, port: number | null = null): () => void {
  const owner = dataDirOwner(dataDir);
  if (owner) {
    throw new Error(
      `数据目录 ${dataDir} 正被进程 ${owner.pid} 使用${owner.port ? `（服务端口 ${owner.port}）` : ''}，请先停止该进程`,
    );
  }
  const file = path.join(dataDir, LOCK_FILE);
  fs.mkdirSync(dataDir, { recursive: true });
  writeLock(dataDir, { pid: process.pid, port });
  return () => {
    try {
      const current = JSON.parse(fs.readFileSync(file, 'utf8')) as DataDirOwner;
      if (current.pid === process.pid) fs.rmSync(file);
    } catch {
      // already gone
    }
  };
}

/** Records the port (and the operator token) once the server listens, so the CLI can find and use it. */
export function announcePort(dataDir: string, port: number, operatorToken?: string): void {
  writeLock(dataDir, { pid: process.pid, port, ...(operatorToken ? { operatorToken } : {}) });
}
