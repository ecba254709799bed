/** Width of a piece of text, in the unit of the widths passed to {@link wrapText}. */
export type MeasureText = (text: string) => number;

// Punctuation that may not start a line (it hangs on the previous token) and punctuation that
// may not end one (it moves down with the next token): the common subset of GB/T 15834 rules.
const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕〉〗〙”’…—·%‰,.;:?!)]}']);
const NO_LINE_END = new Set([...'（《「『【〔〈〖〘“‘([{']);

/**
 * Whether a line may break before and after this character, as in Chinese typesetting:
 * ideographs, kana, hangul and full-width forms. Everything else (Latin letters, digits, ASCII
 * punctuation) groups into words that are kept whole where they fit.
 */
function isBreakAnywhere(char: string): boolean {
  const c = char.codePointAt(0) ?? 0;
  return (
    (c >= 0x2e80 && c <= 0x9fff) || // radicals, CJK punctuation, kana, ideographs
    (c >= 0xac00 && c <= 0xd7af) || // hangul
    (c >= 0xf900 && c <= 0xfaff) || // compatibility ideographs
    (c >= 0xfe30 && c <= 0xfe4f) || // CJK compatibility forms
    (c >= 0xff00 && c <= 0xffef) || // full-width forms
    (c >= 0x20000 && c <= 0x3ffff) || // ideograph extensions B and later
    c === 0x25a1 // the missing-glyph placeholder □
  );
}

interface Token {
  text: string;
  space: boolean;
}

/** Splits one line of text into the pieces a line may break between. */
function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  let word = '';
  let space = '';
  const flushWord = () => {
    if (word) tokens.push({ text: word, space: false });
    word = '';
  };
  const flushSpace = () => {
    if (space) tokens.push({ text: space, space: true });
    space = '';
  };
  for (const char of line) {
    if (char === ' ' || char === '\u3000') {
      flushWord();
      space += char;
    } else if (
      isBreakAnywhere(char) ||
      (char > '\x7f' && (NO_LINE_START.has(char) || NO_LINE_END.has(char)))
    ) {
      // ASCII punctuation stays inside its word ("3.5%", "ZP-2026-0001", "(A)"); wide
      // punctuation is a token of its own, glued to its neighbour below.
      flushWord();
      flushSpace();
      tokens.push({ text: char, space: false });
    } else {
      flushSpace();
      word += char;
    }
  }
  flushWord();
  flushSpace();
  return glueKinsoku(tokens);
}

/** Attaches closing punctuation to what precedes it and opening punctuation to what follows. */
function glueKinsoku(tokens: Token[]): Token[] {
  const glued: Token[] = [];
  let opening = '';
  for (const token of tokens) {
    const previous = glued[glued.length - 1];
    if (!token.space && NO_LINE_START.has(token.text) && previous && !previous.space && !opening) {
      previous.text += token.text;
    } else if (!token.space && NO_LINE_END.has(token.text)) {
      opening += token.text;
    } else if (opening && !token.space) {
      glued.push({ text: opening + token.text, space: false });
      opening = '';
    } else {
      if (opening) glued.push({ text: opening, space: false });
      opening = '';
      glued.push({ ...token });
    }
  }
  if (opening) glued.push({ text: opening, space: false });
  return glued;
}

/** Breaks a token too wide for any line between its characters. */
function breakToken(text: string, firstWidth: number, restWidth: number, measure: MeasureText): string[] {
  const pieces: string[] = [];
  let piece = '';
  let width = firstWidth;
  for (const char of text) {
    // A piece always takes at least one character, or a narrow column would loop forever.
    if (piece && measure(piece + char) > width) {
      pieces.push(piece);
      piece = '';
      width = restWidth;
    }
    piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * The narrowest and the widest `text` can be set: its widest unbreakable piece, and its widest
 * line when nothing but `\n` breaks it. Tables size their columns from these.
 */
export function contentWidths(text: string, measure: MeasureText): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const hardLine of text.split('\n')) {
    for (const token of tokenize(hardLine)) if (!token.space) min = Math.max(min, measure(token.text));
    max = Math.max(max, measure(hardLine));
  }
  return { min, max };
}

/** Options of {@link wrapText}. */
export interface WrapOptions {
  /** Width of the first line when it differs from the rest, e.g. after a first-line indent. */
  firstLineWidth?: number;
}

/**
 * Wraps text to lines no wider than `maxWidth`, the way Chinese text is set: a break may fall
 * between any two ideographs; Latin words, numbers, dates and codes stay whole unless they are
 * wider than a line; closing punctuation never starts a line and opening punctuation never ends
 * one. `\n` forces a break. Spaces at a break are dropped. Always returns at least one line.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  measure: MeasureText,
  options: WrapOptions = {},
): string[] {
  const lines: string[] = [];
  let limit = options.firstLineWidth ?? maxWidth;
  for (const hardLine of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    let pendingSpace = '';
    const endLine = () => {
      lines.push(line);
      line = '';
      lineWidth = 0;
      pendingSpace = '';
      limit = maxWidth;
    };
    for (const token of tokenize(hardLine)) {
      if (token.space) {
        if (line) pendingSpace = token.text;
        continue;
      }
      const width = measure(token.text);
      const spaceWidth = pendingSpace ? measure(pendingSpace) : 0;
      if (line && lineWidth + spaceWidth + width <= limit + 0.01) {
        line += pendingSpace + token.text;
        lineWidth += spaceWidth + width;
        pendingSpace = '';
        continue;
      }
      if (line) endLine();
      if (width <= limit + 0.01) {
        line = token.text;
        lineWidth = width;
        continue;
      }
      const pieces = breakToken(token.text, limit, maxWidth, measure);
      for (const piece of pieces.slice(0, -1)) {
        line = piece;
        endLine();
      }
      line = pieces[pieces.length - 1] ?? '';
      lineWidth = measure(line);
    }
    endLine();
  }
  return lines;
}
