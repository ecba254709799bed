import fs from 'node:fs';
import path from 'node:path';

/**
 * PGlite is one process's database: two processes opening the same directory would
 * corrupt it. The owner writes a lock file with its pid (and, for a server, its port, so
 * the CLI can ask the running server instead).
 */
export interface DataDirOwner {
  pid: number;
  port: number | null;
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

/** The live process holding the directory, if any other than this one. */
export function dataDirOwner(dataDir: string): DataDirOwner | null {
  try {
    const owner = JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_FILE), 'utf8')) as DataDirOwner;
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
  fs.writeFileSync(file, JSON.stringify({ pid: process.pid, port }));
  return () => {
    try {
      const current = JSON.parse(fs.readFileSync(file, 'utf8')) as DataDirOwner;
      if (current.pid === process.pid) fs.rmSync(file);
    } catch {
      // already gone
    }
  };
}

/** Records the port once the server listens, so the CLI can find it. */
export function announcePort(dataDir: string, port: number): void {
  fs.writeFileSync(path.join(dataDir, LOCK_FILE), JSON.stringify({ pid: process.pid, port }));
}
