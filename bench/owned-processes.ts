import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Everything a benchmark starts outside its own process — servers, baselines, throwaway
 * PostgreSQL clusters of a million rows — is registered here, so that it is stopped however
 * the run ends: the benchmark's own `finally` on success or failure, `bench/run.ts` after it
 * (whatever a `finally` missed), a signal (Ctrl-C, a CI timeout's SIGTERM), and, as the last
 * resort when the process is exiting anyway, a synchronous kill.
 */
export interface Owned {
  /** For messages: what it is (e.g. 'PostgreSQL 临时集群'). */
  name: string;
  /** Stops it properly; called at most once. */
  stop(): Promise<void>;
  /** Stops it at once, synchronously, when there is no time left (the process is exiting). */
  kill(): void;
}

/** What is running, each with its once-only stop. */
const owned = new Map<Owned, () => Promise<void>>();

/** Registers something to stop; returns its stop, which also unregisters it (and may be called again). */
export function own(thing: Owned): () => Promise<void> {
  let stopping: Promise<void> | null = null;
  const stop = () => {
    owned.delete(thing);
    stopping ??= thing.stop();
    return stopping;
  };
  owned.set(thing, stop);
  return stop;
}

/** Stops everything still registered, the most recent first; a failure is reported, not thrown. */
export async function stopAll(): Promise<void> {
  for (const [thing, stop] of [...owned].reverse()) {
    try {
      await stop();
    } catch (error) {
      console.error(`停止${thing.name}失败：${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/**
 * Stops a child process: SIGTERM, then SIGKILL if it has not exited within `graceMs`. A child
 * that has already exited — by a code or by a signal — resolves at once: waiting for the
 * `exit` of a process that is gone would wait for ever, which is how `npm run bench -- verify`
 * once ended with status 13 (an unsettled top-level await) and its cluster still running.
 */
export async function stopChild(child: ChildProcess, graceMs = 30_000): Promise<void> {
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  if (gone()) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), graceMs);
  });
  const outcome = await Promise.race([exited, late]);
  clearTimeout(timer);
  if (outcome === 'late' && !gone()) {
    child.kill('SIGKILL');
    await exited;
  }
}

/** A spawned child, registered: stopped with `stopChild`, killed outright if the process exits first. */
export function ownChild(child: ChildProcess, name: string): () => Promise<void> {
  const stop = own({
    name,
    stop: () => stopChild(child),
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  });
  // One that exits by itself needs no stopping later.
  child.once('exit', () => {
    void stop();
  });
  return stop;
}

const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;

/**
 * For bench/run.ts: on a signal, stop everything and exit as the signal would have; on any
 * exit, kill what is somehow still running.
 */
export function stopOwnedOnExit(): void {
  for (const [signal, number] of Object.entries(SIGNALS)) {
    process.once(signal, () => {
      console.error(`收到 ${signal}，正在停止基准测试启动的进程…`);
      void stopAll().finally(() => process.exit(128 + number));
    });
  }
  process.once('exit', () => {
    for (const thing of [...owned.keys()].reverse()) {
      try {
        thing.kill();
      } catch {
        // exiting anyway
      }
    }
  });
}

/** A temporary directory that is removed with everything else (fixtures of a million rows are large). */
export function ownTempDir(prefix: string): { dir: string; remove: () => Promise<void> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const removeNow = () => fs.rmSync(dir, { recursive: true, force: true });
  return { dir, remove: own({ name: `临时目录 ${dir}`, stop: async () => removeNow(), kill: removeNow }) };
}
