import { AppError } from '../domain/errors';

/** What a command needs from its surroundings, so commands are testable without a process. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** A usage or input error: printed on stderr, exit status 2. */
export class UsageError extends Error {}

/** Parses `--name value` options and positional arguments. */
export function parseArgs(args: string[]): { positional: string[]; options: Map<string, string> } {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      const value = inline ?? args[i + 1];
      if (value === undefined || (inline === undefined && value.startsWith('--')))
        throw new UsageError(`选项 --${name} 缺少取值`);
      if (inline === undefined) i++;
      options.set(name, value);
    } else {
      positional.push(arg);
    }
  }
  return { positional, options };
}

export function requireOption(options: Map<string, string>, name: string): string {
  const value = options.get(name);
  if (value === undefined) throw new UsageError(`缺少选项 --${name}`);
  return value;
}

/** Exit status for an error: 2 for anything the user can fix, 1 for a fault. */
export function exitCodeOf(error: unknown): number {
  if (error instanceof UsageError) return 2;
  if (error instanceof AppError)
    return error.kind === 'invalid' ||
      error.kind === 'unprocessable' ||
      error.kind === 'not-found' ||
      error.kind === 'conflict'
      ? 2
      : 1;
  return 1;
}
