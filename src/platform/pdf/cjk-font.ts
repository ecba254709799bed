import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { subsetSafeFontkit } from './fontkit-subset-fix';

/**
 * Noto Sans SC (思源黑体, SIL Open Font License 1.1) from `@expo-google-fonts/noto-sans-sc`.
 * That package ships Google Fonts' static instances as glyf-based .ttf files, the one shape
 * pdf-lib's font engine subsets correctly once patched (see fontkit-subset-fix.ts); the .otf
 * (CFF) builds of the same family and any .ttc collection cannot be subset or embedded.
 */
const FONT_FILES = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;

export type FontWeight = keyof typeof FONT_FILES;

/** One weight's bytes and the code points it has glyphs for. */
interface LoadedFont {
  bytes: Uint8Array;
  codePoints: ReadonlySet<number>;
}

const requireFromHere = createRequire(import.meta.url);
// Each file is ~10 MB: read and index it once per process, however many forms are rendered.
const loaded = new Map<FontWeight, Promise<LoadedFont>>();

function loadFont(weight: FontWeight): Promise<LoadedFont> {
  let font = loaded.get(weight);
  if (!font) {
    font = fs.readFile(requireFromHere.resolve(FONT_FILES[weight])).then((buffer) => {
      const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      const codePoints = new Set(subsetSafeFontkit.create(bytes).characterSet);
      return { bytes, codePoints };
    });
    // A failed read (package missing) must not stay cached: the next render tries again.
    font.catch(() => loaded.delete(weight));
    loaded.set(weight, font);
  }
  return font;
}

/** A font embedded in one document, with what it can draw. */
export interface EmbeddedFont {
  pdfFont: PDFFont;
  codePoints: ReadonlySet<number>;
}

export type CjkFonts = Record<FontWeight, EmbeddedFont>;

/** Embeds the regular and bold CJK fonts in `doc`, as subsets holding only the glyphs drawn. */
export async function embedCjkFonts(doc: PDFDocument): Promise<CjkFonts> {
  doc.registerFontkit(subsetSafeFontkit);
  const [regular, bold] = await Promise.all([loadFont('regular'), loadFont('bold')]);
  return {
    regular: {
      pdfFont: await doc.embedFont(regular.bytes, { subset: true }),
      codePoints: regular.codePoints,
    },
    bold: { pdfFont: await doc.embedFont(bold.bytes, { subset: true }), codePoints: bold.codePoints },
  };
}

/** What a character the font has no glyph for is drawn as: a visible, extractable placeholder. */
export const MISSING_GLYPH = '□';

/**
 * Invisible format characters (zero-width spaces and joiners, variation selectors, BOM) that
 * ride along with emoji and pasted text: dropped, so that one emoji becomes one placeholder.
 */
function isInvisible(c: number): boolean {
  return (
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x2060 && c <= 0x2064) ||
    (c >= 0xfe00 && c <= 0xfe0f) ||
    c === 0xfeff ||
    (c >= 0xe0100 && c <= 0xe01ef)
  );
}

/**
 * Makes `text` drawable with `font`: tabs become spaces, other control characters and invisible
 * format characters go, and every character without a glyph (emoji; ideographs of CJK
 * Extensions B–G beyond the ~200 that 通用规范汉字表 includes; most non-CJK scripts) becomes
 * {@link MISSING_GLYPH}. Without this, pdf-lib
 * would draw the font's .notdef box and the character would vanish from copied text.
 * Line breaks are kept for the wrapper.
 */
export function coverText(text: string, font: EmbeddedFont): string {
  let out = '';
  for (const char of text.replace(/\r\n?|[\u2028\u2029]/g, '\n')) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (char === '\n') out += char;
    else if (char === '\t') out += ' ';
    else if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0) || isInvisible(codePoint)) continue;
    else out += font.codePoints.has(codePoint) ? char : MISSING_GLYPH;
  }
  return out;
}
