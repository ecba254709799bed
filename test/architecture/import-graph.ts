import fs from 'node:fs';
import path from 'node:path';

/** One import of one source file: the file (repository-relative) and what it names. */
export interface ImportEdge {
  from: string;
  /** A repository-relative file for a relative import; the package name otherwise. */
  to: string;
  /** Whether the target is one of our files (else a package or a node: built-in). */
  local: boolean;
}

const SPECIFIER =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

/** The package an import names: `@scope/name` or `name`, without a subpath. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function resolveLocal(root: string, fromFile: string, specifier: string): string {
  const base = path.resolve(path.dirname(path.join(root, fromFile)), specifier);
  const found = ['']
    .concat(EXTENSIONS)
    .map((ext) => base + ext)
    .find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
  return path
    .relative(root, found ?? base)
    .split(path.sep)
    .join('/');
}

/** The imports of one file's text (static, re-exports, dynamic and side-effect imports). */
export function importsOf(root: string, file: string, text: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const match of text.matchAll(SPECIFIER)) {
    const specifier = match[1] ?? match[2] ?? match[3]!;
    const local = specifier.startsWith('.');
    edges.push({ from: file, to: local ? resolveLocal(root, file, specifier) : packageOf(specifier), local });
  }
  return edges;
}

/** Every .ts/.tsx file under the given folders of the repository, repository-relative. */
export function sourceFiles(root: string, folders: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(rel);
    }
  };
  for (const folder of folders) walk(folder);
  return files.sort();
}

/** The import graph of the given folders. */
export function importGraph(root: string, folders: readonly string[]): ImportEdge[] {
  return sourceFiles(root, folders).flatMap((file) =>
    importsOf(root, file, fs.readFileSync(path.join(root, file), 'utf8')),
  );
}
