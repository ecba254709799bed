import fs from 'node:fs';
import path from 'node:path';

/** The migrations this code carries (drizzle-kit's journal), oldest first. */
export function knownMigrations(): { tag: string; when: number }[] {
  const journal = JSON.parse(
    fs.readFileSync(path.join(import.meta.dirname, 'migrations', 'meta', '_journal.json'), 'utf8'),
  ) as { entries: { tag: string; when: number }[] };
  return journal.entries.map(({ tag, when }) => ({ tag, when }));
}
