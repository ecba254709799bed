import fs from 'node:fs';
import path from 'node:path';

/** One import of one source file: the file (repository-relative) and what it names. */
export interface ImportEdge {
  from: string;
  /** A repository-relative file for a relative import; the package name otherwise. */
  to: string;
  /** Whether the target is one of our files (else a package or a node: built-in). */
  local: boolean;
  /** Whether it imports only types (`import type`, or every name `type X`): erased, so never loaded. */
  typeOnly?: boolean;
}

const SPECIFIER =
  /(?:^|[\s;])(?:import|export)\s([^'"]*?)from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;
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

/** Whether an import clause (`type { A }`, `{ type A, type B }`, `{ a }`) names types only. */
function isTypeOnly(clause: string): boolean {
  const text = clause.trim();
  // Whole: the lazy clause of an `export type X = …` could otherwise run on into the next import.
  if (/^type\s*(\{[^}]*\}|\*\s*as\s+\w+|\w+)$/.test(text)) return true;
  const names = /^\{([^}]*)\}$/
    .exec(text)?.[1]
    ?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  return names !== undefined && names.length > 0 && names.every((name) => name.startsWith('type '));
}

/** The imports of one file's text (static, re-exports, dynamic and side-effect imports). */
export function importsOf(root: string, file: string, text: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const match of text.matchAll(SPECIFIER)) {
    const specifier = match[2] ?? match[3] ?? match[4]!;
    const local = specifier.startsWith('.');
    const to = local ? resolveLocal(root, file, specifier) : packageOf(specifier);
    edges.push({ from: file, to, local, typeOnly: match[1] !== undefined && isTypeOnly(match[1]) });
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

/**
 * The load cycles among the edges: groups of files that import one another's values in a ring
 * (Tarjan's strongly connected components of the value imports, each group sorted). Type-only
 * imports are erased, so they close no ring; a ring is harmless until a file in it uses an
 * imported value at load time (a zod `.extend`, a constant), which then reads it uninitialised.
 */
export function loadCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) if (e.local && !e.typeOnly) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const to of next.get(file) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(file, Math.min(low.get(file)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(file, Math.min(low.get(file)!, index.get(to)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    if (group.length > 1) cycles.push(group.sort());
  };
  for (const file of next.keys()) if (!index.has(file)) visit(file);
  return cycles;
}
