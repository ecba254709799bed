import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { dataDirOwner } from '../../src/db/data-dir-lock';
import { freePort } from './free-port';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** A server process of a test: the process, all it printed so far, and its exit code once it ends. */
export interface ServerProcess {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

/**
 * The server as `npm start` runs it, in a process of its own on loopback, with `env` over this
 * process's environment; what it prints is collected, for the test to read.
 */
export function startServerProcess(env: Record<string, string>): ServerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr!.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Waits up to `seconds` for `condition`, looking every 100 ms; whether it came true. */
export async function until(condition: () => boolean | Promise<boolean>, seconds: number): Promise<boolean> {
  for (let i = 0; i < seconds * 10; i++) {
    if (await condition()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/**
 * A server process (NODE_ENV test) holding the embedded database in `dataDir`, returned once the
 * directory's lock file names its port; one that ends or is not there within `seconds` fails
 * the set-up with what it printed.
 */
export async function serverHoldingDataDir(dataDir: string, seconds: number) {
  const port = await freePort();
  const server = startServerProcess({ ZHIPING_DATA_DIR: dataDir, PORT: String(port), NODE_ENV: 'test' });
  await until(() => dataDirOwner(dataDir)?.port === port || server.child.exitCode !== null, seconds);
  if (dataDirOwner(dataDir)?.port !== port) throw new Error(`服务未能启动：${server.output()}`);
  return { ...server, port };
}

/** Stops a server process that still runs, with SIGTERM as a supervisor would, and waits until it has ended. */
export async function stopServerProcess(server: ServerProcess | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill('SIGTERM');
  await server.exited;
}
