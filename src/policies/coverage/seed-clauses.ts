/**
 * The clause ids a seed document's own numbering gives (CONTRACTS §1), read from its text, so
 * the coverage maps can be checked against the documents rather than against themselves.
 * Pure: the caller reads the file.
 */

const NUMERAL = '[一二三四五六七八九十]+';
/** Every seed ends (where it has one) with "对本意见未提及的……按现行国家和我省……执行". */
const CLOSING = /对本意见未提及的[^。\n]*按现行国家和我省/;
export const CLOSING_CLAUSE = '结语';

function withClosing(text: string, ids: string[]): string[] {
  return CLOSING.test(text) ? [...ids, CLOSING_CLAUSE] : ids;
}

function matchesAtLineStart(text: string, pattern: string): string[] {
  return [...text.matchAll(new RegExp(`^[ \\t\\u3000]*${pattern}`, 'gmu'))].map((m) => m[1]!);
}

/** anshan-2023: sections （一）…（十一） with full-width parentheses. */
export function anshanClauses(text: string): string[] {
  return withClosing(text, matchesAtLineStart(text, `（(${NUMERAL})）`));
}

/** liaoyang-2023: sections (一)…(十七) with half-width parentheses. */
export function liaoyangClauses(text: string): string[] {
  return withClosing(text, matchesAtLineStart(text, `\\((${NUMERAL})\\)`));
}

/** liaoning-city-2025-draft: numbered items "1." … "24." (sub-items "（1）" are parts of 22). */
export function draft2025Clauses(text: string): string[] {
  return withClosing(text, matchesAtLineStart(text, '(\\d+)\\.(?!\\d)'));
}

/**
 * jilin-2022: part "一、", section "(一)", item "1." → "一(一)1"; a section with no items is
 * its own clause ("一(三)").
 */
export function jilinClauses(text: string): string[] {
  const ids: string[] = [];
  let part: string | null = null;
  let section: string | null = null;
  let sectionHasItems = false;
  const closeSection = () => {
    if (part && section && !sectionHasItems) ids.push(`${part}(${section})`);
    section = null;
  };
  for (const line of text.split('\n').map((l) => l.trim())) {
    const partMatch = new RegExp(`^(${NUMERAL})、`, 'u').exec(line);
    const sectionMatch = new RegExp(`^\\((${NUMERAL})\\)`, 'u').exec(line);
    const itemMatch = /^(\d+)\.(?!\d)/.exec(line);
    if (partMatch) {
      closeSection();
      part = partMatch[1]!;
    } else if (sectionMatch) {
      closeSection();
      section = sectionMatch[1]!;
      sectionHasItems = false;
    } else if (itemMatch && part && section) {
      sectionHasItems = true;
      ids.push(`${part}(${section})${itemMatch[1]}`);
    }
  }
  closeSection();
  return withClosing(text, ids);
}

/** The extractor of each seed document, by policy-set id, with its file as seeds/README.md names it. */
export const SEED_DOCUMENTS: Readonly<Record<string, { file: string; clauses: (text: string) => string[] }>> =
  {
    'anshan-2023': { file: '000_879b9ca7d9243dfb.txt', clauses: anshanClauses },
    'liaoyang-2023': { file: '001_003a4fc9afa813dc.txt', clauses: liaoyangClauses },
    'liaoning-city-2025-draft': { file: '002_47c839a932f5361d.txt', clauses: draft2025Clauses },
    'jilin-2022': { file: '004_34ed4363bcf71696.txt', clauses: jilinClauses },
  };
