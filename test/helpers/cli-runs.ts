import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io';
import { exitCodeOf } from '../../src/cli/cli-io';
import { runCli } from '../../src/cli/run-cli';
import type { AppConfig } from '../../src/platform/config';
import { installChineseZodMessages } from '../../src/server/zod-messages';

/** What a run printed, as the terminal shows it, and its exit status. */
export interface CliOutcome {
  code: number;
  out: string;
  err: string;
}

/** `bin/zhiping …argv` run in this process, its output caught instead of printed. */
export async function cli(...argv: string[]): Promise<CliOutcome> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

export type CliCommand = (args: string[], io: CliIo, config: AppConfig) => Promise<number>;

/**
 * One command run against `config` as bin/zhiping runs it: what it throws becomes its exit
 * status and message, as the CLI's entry point reports it.
 */
export async function runCommand(
  command: CliCommand,
  args: string[],
  config: AppConfig,
): Promise<CliOutcome> {
  const out: string[] = [];
  const err: string[] = [];
  let code: number;
  try {
    code = await command(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, config);
  } catch (error) {
    err.push((error as Error).message);
    code = exitCodeOf(error);
  }
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/**
 * Registers, for the calling test file, the CLI against its own embedded database: a temporary
 * directory (`dataDir` below it when given) as ZHIPING_DATA_DIR, no DATABASE_URL, and the
 * Chinese validation messages the CLI installs; the directory is removed after the tests.
 * The handle's `dir` is set once `beforeAll` has run.
 */
export function cliOnOwnDatabase(prefix: string, options: { dataDir?: string } = {}) {
  const handle = { dir: '' };
  beforeAll(() => {
    installChineseZodMessages();
    handle.dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    process.env.ZHIPING_DATA_DIR = options.dataDir ? path.join(handle.dir, options.dataDir) : handle.dir;
    delete process.env.DATABASE_URL;
  });
  afterAll(() => fs.rmSync(handle.dir, { recursive: true, force: true }));
  return handle;
}
