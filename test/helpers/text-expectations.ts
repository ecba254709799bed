import { expect } from 'vitest';

/** That `text` (a command's output, a page's text) contains each of `parts`; a failure names the part missing. */
export function expectContainsAll(text: string, parts: readonly string[]): void {
  for (const part of parts) expect(text, part).toContain(part);
}
