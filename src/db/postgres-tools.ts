import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DATA_SCHEMAS } from './table-census';

/**
 * PostgreSQL's own client programs (pg_dump, pg_restore, psql) for backups: a logical dump in
 * custom format is the one copy that any later server version restores. Found on PATH, else
 * under /usr/lib/postgresql/<version>/bin (Debian's layout, where CI installs them).
 */
export interface PostgresTools {
  dir: string;
  /** The tools' major version, e.g. 15. */
  major: number;
  /** As `pg_dump --version` prints it. */
  version: string;
}

const TOOLS = ['pg_dump', 'pg_restore', 'psql'] as const;
const DEBIAN_ROOT = '/usr/lib/postgresql';

/** The tools are missing or too old: something the operator fixes (a tool that fails is a plain Error). */
export class PostgresToolsError extends Error {}

function majorOf(version: string): number {
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(version);
  return match ? Number(match[1]) : 0;
}

/** Directories holding all three tools, PATH first, then the newest Debian version first. */
function candidateDirs(env: NodeJS.ProcessEnv): string[] {
  const fromPath = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  let versions: string[] = [];
  try {
    versions = fs
      .readdirSync(DEBIAN_ROOT)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
  } catch {
    // not a Debian layout
  }
  const dirs = [...fromPath, ...versions.map((v) => path.join(DEBIAN_ROOT, v, 'bin'))];
  return [...new Set(dirs)].filter((dir) => TOOLS.every((tool) => fs.existsSync(path.join(dir, tool))));
}

/**
 * Tools able to work with a server (or an archive) of major version `atLeast`: pg_dump refuses
 * a newer server, and pg_restore a newer archive. Says in Chinese what is missing otherwise.
 */
export function findPostgresTools(atLeast: number, env: NodeJS.ProcessEnv = process.env): PostgresTools {
  const found: PostgresTools[] = [];
  for (const dir of candidateDirs(env)) {
    let version: string;
    try {
      version = execFileSync(path.join(dir, 'pg_dump'), ['--version'], { encoding: 'utf8' }).trim();
    } catch {
      continue;
    }
    const tools = { dir, major: majorOf(version), version };
    if (tools.major >= atLeast) return tools;
    found.push(tools);
  }
  if (found.length === 0)
    throw new PostgresToolsError(
      `找不到 PostgreSQL 客户端程序（${TOOLS.join('、')}）：请安装主版本不低于 ${atLeast} 的 postgresql-client，` +
        `或把它们所在的目录加入 PATH（也会查找 ${DEBIAN_ROOT}/<版本>/bin）`,
    );
  throw new PostgresToolsError(
    `PostgreSQL 客户端程序版本不匹配：需要主版本不低于 ${atLeast}，找到的是 ${found
      .map((t) => `${t.version}（${t.dir}）`)
      .join('、')}。请安装 postgresql-client-${atLeast} 或更新版本`,
  );
}

/**
 * The connection for the tools: the URL without its password, which goes in PGPASSWORD so it
 * is not visible in the process list.
 */
function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return {
    dbname: parsed.toString(),
    env: {
      ...process.env,
      // Messages in English, so progress lines can be recognised; ours are printed in Chinese.
      LC_ALL: 'C',
      LANG: 'C',
      ...(password ? { PGPASSWORD: password } : {}),
    },
  };
}

type LineHandler = (line: string) => void;

/** Progress lines of a verbose pg_dump / pg_restore: not part of an error report. */
const PROGRESS =
  /^\w+: (dumping|processing|reading|identifying|saving|last built-in|finding|flagging|creating|executing|connecting|setting|implied|launching)/;

/**
 * Starts one tool; its stderr goes line by line to `onLine`. `done` fails with the last lines
 * of stderr that were not progress.
 */
function start(
  tools: PostgresTools,
  tool: (typeof TOOLS)[number],
  args: string[],
  env: NodeJS.ProcessEnv,
  onLine: LineHandler = () => {},
  pipes: { stdin?: boolean; stdout?: boolean } = {},
) {
  const child = spawn(path.join(tools.dir, tool), args, {
    env,
    stdio: [pipes.stdin ? 'pipe' : 'ignore', pipes.stdout ? 'pipe' : 'ignore', 'pipe'],
  });
  const tail: string[] = [];
  let partial = '';
  const keep = (line: string) => {
    if (PROGRESS.test(line) || line.trim() === '') return;
    tail.push(line);
    if (tail.length > 12) tail.shift();
  };
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      onLine(line);
      keep(line);
    }
  });
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', (error) => reject(new Error(`无法运行 ${tool}：${error.message}`)));
    child.on('close', (code, signal) => {
      keep(partial);
      if (code === 0) resolve();
      else
        reject(
          new Error(
            `${tool} 失败（${signal ? `信号 ${signal}` : `退出码 ${code}`}）：${tail.join('\n').trim()}`,
          ),
        );
    });
  });
  return { child, done };
}

/** The table a verbose pg_dump / pg_restore line is about, if it is about one. */
function tableOf(line: string): string | null {
  const match = /(?:dumping contents of|processing data for) table "([^"]+)"/.exec(line);
  return match ? match[1]! : null;
}

/**
 * `pg_dump --format=custom` of the whole database into `file`, from the exported snapshot
 * `snapshot` when given (so it holds exactly what the caller counted in that snapshot).
 */
export function dumpPostgres(
  tools: PostgresTools,
  url: string,
  options: { file: string; snapshot?: string; onTable?: (table: string) => void },
): Promise<void> {
  const { dbname, env } = connection(url);
  const args = ['--format=custom', '--verbose', '--no-password', `--file=${options.file}`];
  if (options.snapshot) args.push(`--snapshot=${options.snapshot}`);
  return start(tools, 'pg_dump', [...args, `--dbname=${dbname}`], env, (line) => {
    const table = tableOf(line);
    if (table) options.onTable?.(table);
  }).done;
}

/**
 * Restores a custom-format dump into the database at `url` in ONE transaction (pg_restore
 * writes the script, psql runs it with --single-transaction and stops at the first error), so
 * a failed restore leaves the database as it was. With `replace`, our schemas are dropped
 * first in that same transaction. Owners and grants are left out: the restoring role owns
 * what it restores.
 */
export async function restorePostgres(
  tools: PostgresTools,
  url: string,
  options: { file: string; replace: boolean; onTable?: (table: string) => void },
): Promise<void> {
  const { dbname, env } = connection(url);
  const drop = `${DATA_SCHEMAS.map((s) => `drop schema if exists ${s} cascade;`).join(' ')} create schema public;`;
  const psqlArgs = ['-X', '-q', '--single-transaction', '-v', 'ON_ERROR_STOP=1', '--no-password'];
  if (options.replace) psqlArgs.push('-c', drop);
  psqlArgs.push('-f', '-', `--dbname=${dbname}`);
  const script = start(
    tools,
    'pg_restore',
    ['--no-owner', '--no-privileges', '--verbose', '--file=-', options.file],
    env,
    (line) => {
      const table = tableOf(line);
      if (table) options.onTable?.(table);
    },
    { stdout: true },
  );
  const apply = start(tools, 'psql', psqlArgs, env, () => {}, { stdin: true });
  // psql commits when its input ends, so its input ends only once pg_restore has written the
  // whole script. If pg_restore fails, psql is killed with the transaction still open and
  // PostgreSQL rolls it back; if psql stops first (an SQL error), pg_restore is stopped too.
  apply.child.stdin!.on('error', () => {});
  script.child.stdout!.pipe(apply.child.stdin!, { end: false });
  let scriptEnded = false;
  let psqlStoppedFirst = false;
  apply.child.once('exit', () => {
    if (scriptEnded) return;
    psqlStoppedFirst = true;
    script.child.kill('SIGKILL');
  });
  const scriptFailure = await script.done.then(
    () => null,
    (error: Error) => error,
  );
  scriptEnded = true;
  if (psqlStoppedFirst) {
    await apply.done;
    throw new Error('psql 在恢复脚本结束前退出');
  }
  if (scriptFailure) {
    apply.child.kill('SIGKILL');
    await apply.done.catch(() => {});
    throw scriptFailure;
  }
  apply.child.stdin!.end();
  await apply.done;
}
